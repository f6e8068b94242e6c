#pragma once
// Options shared by the commands that show a scenario (view, snapshot, render).
#include "scene/LoadedScene.h"

#include <CLI/CLI.hpp>

namespace lunar::cli {

struct SceneOptions {
    std::string scenario;
    std::string dem;            // --dem
    std::string dem_positional; // the DEM given as the command's argument
    std::string assume_crs;
    std::string time;
    double exaggeration = 1.0;
    int horizon_directions = 64;
    double max_slope_deg = 15.0;
    std::string shading = "sunlit";
    std::string photometry;          // --photometry; empty: the saved one, else Hapke
    std::optional<double> exposure_ev; // --exposure: fixed, not metered
    std::vector<std::string> layers; // overlay switches, see applyLayerSwitch

    void addTo(CLI::App& sub);
    // The DEM asked for (the argument or --dem; a catalogue name resolved to its file), or
    // empty for the scenario's own. LunarError if both are given and differ.
    std::string demPath() const;
    scene::SceneRequest request() const;
    // The scenario as the scene will show it, read without loading the scene: on a DEM of
    // the user's, what stands on it (see mission/ScenarioOnDem). For checks made before the
    // long load (a film's path name, say).
    Scenario scenarioShown() const;
    // The shading, photometric model and layer switches chosen on the command line
    // (LunarError if unknown).
    void applyLayers(LayerVisibility& visibility) const;
};

} // namespace lunar::cli
