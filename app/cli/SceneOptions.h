#pragma once
// Options shared by the commands that show a scenario (view, snapshot).
#include "scene/LoadedScene.h"

#include <CLI/CLI.hpp>

namespace lunar::cli {

struct SceneOptions {
    std::string scenario;
    std::string dem;
    std::string assume_crs;
    std::string time;
    double exaggeration = 1.0;
    int horizon_directions = 64;
    double max_slope_deg = 15.0;
    std::string shading = "sunlit";
    std::vector<std::string> layers; // overlay switches, see applyLayerSwitch

    void addTo(CLI::App& sub);
    scene::SceneRequest request() const;
    // The shading and layer switches chosen on the command line (LunarError if unknown).
    void applyLayers(LayerVisibility& visibility) const;
};

} // namespace lunar::cli
