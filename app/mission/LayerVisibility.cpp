#include "mission/LayerVisibility.h"

#include "core/LunarError.h"

namespace lunar {

const std::vector<std::string>& terrainShadingNames()
{
    static const std::vector<std::string> names = {"sunlit", "hillshade", "elevation", "slope"};
    return names;
}

bool terrainShadingNamed(const std::string& name, TerrainShading& out)
{
    const std::vector<std::string>& names = terrainShadingNames();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) {
            out = static_cast<TerrainShading>(i);
            return true;
        }
    return false;
}

void applyLayerSwitch(LayerVisibility& layers, const std::string& name)
{
    const bool off = name.rfind("no-", 0) == 0;
    const std::string layer = off ? name.substr(3) : name;
    bool* target = layer == "grid"           ? &layers.grid
                   : layer == "keep-out"     ? &layers.keep_out
                   : layer == "trajectories" ? &layers.trajectories
                   : layer == "labels"       ? &layers.labels
                   : layer == "stars"        ? &layers.stars
                   : layer == "detail"       ? &layers.detail
                   : layer == "boulders"     ? &layers.boulders
                   : layer == "dust"         ? &layers.landing_effects
                                             : nullptr;
    if (!target)
        throw LunarError("--layers", "\"" + name + "\" is not a layer (grid, keep-out, "
                                     "trajectories, labels, stars, detail, boulders, dust; no-NAME turns one off)");
    *target = !off;
}

} // namespace lunar
