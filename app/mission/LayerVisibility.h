#pragma once
// What the viewer shows of the scenario: how the terrain is shaded, the overlays drawn on
// it, and which programme phases' facilities are drawn. Panels command it; the scene reads
// it each frame; the viewer keeps it across runs.
#include "terrain/PhotometricModel.h"

#include <set>
#include <string>
#include <vector>

namespace lunar {

enum class TerrainShading {
    Sunlit,    // the Sun and earthshine at the scenario date, with horizon shadows
    Hillshade, // a fixed light from the north-west, 45 deg up, no shadows: relief for review
    Elevation, // colour by height, over the hillshade
    Slope,     // colour by slope (green flat .. red steep), over the hillshade
};

// Names in the order of the enum ("sunlit", "hillshade", "elevation", "slope").
const std::vector<std::string>& terrainShadingNames();
// The shading of a name; false if unknown.
bool terrainShadingNamed(const std::string& name, TerrainShading& out);

struct LayerVisibility;
// Switches one overlay by name: "grid", "keep-out", "trajectories", "labels", "stars",
// "detail", "boulders", "dust" (landing plumes and dust), or with a "no-" prefix off. Throws LunarError naming the unknown switch and the known ones.
void applyLayerSwitch(LayerVisibility& layers, const std::string& name);

struct LayerVisibility {
    std::set<std::string> hidden_phases; // facilities of these phases are not drawn
    bool labels = true;
    TerrainShading shading = TerrainShading::Sunlit;
    PhotometricModel photometry = PhotometricModel::Hapke; // the sunlit regolith's law
    bool grid = false;         // a kilometre grid in the base frame (10 km, 100 km afar)
    bool stars = true;
    bool keep_out = false;     // keep-out circles of the facilities present
    bool trajectories = false; // descent paths of the landers arriving at the base
    bool detail = true;        // craters below the DEM's resolution, drawn near the camera
    bool boulders = true;      // rocks below the DEM's resolution and their shadows
    bool landing_effects = true; // landers' engine glow and the dust sheets their plumes raise
    std::string analysis_map;       // an analysis GeoTIFF draped over the terrain ("": none)
    float analysis_opacity = 0.75f; // share of the map's colour over the terrain's shading

    bool phaseShown(const std::string& phase) const { return hidden_phases.count(phase) == 0; }
    void showPhase(const std::string& phase, bool shown)
    {
        if (shown)
            hidden_phases.erase(phase);
        else
            hidden_phases.insert(phase);
    }
};

} // namespace lunar
