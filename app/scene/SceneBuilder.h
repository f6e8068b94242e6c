#pragma once
// Assembles the whole scene for a scenario: the terrain node, facility placeholders standing
// on the terrain, the horizon maps for shadows and the light that follows the clock.
#include "core/EnuFrame.h"
#include "mission/CameraExposure.h"
#include "mission/Scenario.h"
#include "scene/FacilityNodes.h"
#include "scene/LanderNodes.h"
#include "scene/SceneGraph.h"
#include "scene/SceneLight.h"
#include "scene/TerrainNode.h"
#include "terrain/TerrainLayer.h"

#include <osg/Group>

namespace lunar::scene {

struct LightSettings {
    double exposure_ev = kDefaultExposureEv; // until a meter sets it (mission/CameraExposure)
    float albedo = 0.12f;             // normal albedo of highland regolith
    float vertical_exaggeration = 1.0f; // heights above the sphere drawn this many times
    float dem_edge_band = 0.08f; // share of the DEM's shorter side over which the terrain
                                 // fades into the globe at the DEM's edge
};

struct SceneInputs {
    const Scenario* scenario = nullptr;
    const EnuFrame* frame = nullptr;
    const TerrainStack* terrain = nullptr;       // for placing things and facility shadows
    const TerrainLayer* coarse = nullptr;        // whole-DEM layer with its horizon map
    const TerrainLayer* detail = nullptr;        // around the base, or null
    const GeoTransform* dem_geo = nullptr;       // what the tiles' DEM pixels refer to
    osg::ref_ptr<osg::Node> terrain_node;        // what draws the terrain
    LightSettings light;
    TimeSource now;
    TimeSource sky_now; // the light's (Sun, Earth, stars) time; empty: `now`
    std::shared_ptr<const LayerVisibility> layers; // what the panels chose to show
    const std::vector<LanderFlight>* lander_flights = nullptr; // landing on the terrain
    const std::vector<LanderFlight>* globe_flights = nullptr;  // landing elsewhere
};

// Fills `graph`'s root, light, facilities, labels, landers and facility context (its paged
// terrain source is the caller's: `inputs.terrain_node` draws from it).
void buildScene(const SceneInputs& inputs, SceneGraph& graph);

} // namespace lunar::scene
