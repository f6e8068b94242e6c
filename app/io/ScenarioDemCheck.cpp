#include "io/ScenarioDemCheck.h"

#include "core/LunarError.h"
#include "core/PolarStereographic.h"
#include "io/DemRecipeLoader.h"
#include "io/ScenarioLoader.h"
#include "terrain/ProceduralDem.h"

#include <memory>
#include <optional>

namespace lunar::io {

DemExtent demExtentOf(const LunarDem& dem)
{
    return {dem.projection(), dem.geoTransform(), dem.width(), dem.height()};
}

void requireSitesOnDem(const Scenario& scenario, const DemExtent& dem,
                       const std::string& dem_label)
{
    if (const auto off = firstSiteOffDem(scenario, dem))
        throw LunarError(scenario.file, *off + " " + dem_label);
}

void requireSitesOnScenarioDem(const Scenario& scenario, const std::string& scenario_path)
{
    if (scenario.dem == kDefaultDemName) {
        const DemRecipe recipe = defaultDemRecipe();
        const DemExtent extent{
            std::make_shared<PolarStereographic>(PolarStereographic::Pole::South),
            proceduralDemGeoTransform(recipe), recipe.size_px, recipe.size_px};
        requireSitesOnDem(scenario, extent, std::string("(the built-in ") + kDefaultDemName + ")");
        return;
    }
    const std::string path = scenarioDemPath(scenario, scenario_path); // names the scenario itself
    std::optional<LunarDem> dem;
    try {
        dem.emplace(LunarDem::open(path));
    } catch (const LunarError& e) { // the DEM's own message, placed in the scenario
        throw LunarError(scenario.file, std::string("dem: ") + e.what());
    }
    requireSitesOnDem(scenario, demExtentOf(*dem), dem->path());
}

DemFit fitScenarioToDemFile(Scenario& scenario, const std::string& dem_path,
                            const DemOpenOptions& open, const std::optional<UtcTime>& date_asked)
{
    return fitScenarioToDem(scenario, demExtentOf(LunarDem::open(dem_path, open)), dem_path, date_asked);
}

} // namespace lunar::io
