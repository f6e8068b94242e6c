#pragma once
// Everything a view or a snapshot needs, prepared from a scenario: the scenario itself, its
// DEM opened and resampled, the base ENU frame, terrain shading for the fixed Sun, the
// playback clock and the OSG scene graph that follows it.
#include "core/EnuFrame.h"
#include "mission/PlaybackClock.h"
#include "mission/Scenario.h"
#include "scene/CameraPose.h"
#include "scene/TerrainNode.h"
#include "terrain/TerrainGrid.h"

#include <osg/Group>

#include <memory>
#include <optional>
#include <string>

namespace lunar::scene {

struct SceneRequest {
    std::optional<std::string> scenario_path; // empty: the built-in ILRS concept
    std::optional<std::string> dem_path;      // overrides the scenario's DEM
    std::optional<std::string> time_iso;      // overrides the scenario's initial time
    int mesh_side = 1024;                     // mesh vertices along the DEM's longer side
    int shading_side = 2048;                  // shading texels along the longer side
};

struct LoadedScene {
    Scenario scenario;
    std::string dem_path;
    std::unique_ptr<EnuFrame> frame;
    std::unique_ptr<TerrainGrid> terrain; // shading-resolution heights (holes filled)
    Raster<Vec3d> mesh_positions;
    TerrainShading shading;
    Vec3d sun_direction_enu;
    std::unique_ptr<PlaybackClock> clock;
    osg::ref_ptr<osg::Group> root;

    // Pose of a named camera; throws LunarError listing the known names.
    CameraPose pose(const std::string& camera_name) const;
    // The first camera of the scenario, or a view from above the origin if it has none.
    CameraPose defaultPose() const;
};

// Throws LunarError naming the file and problem for any bad input.
std::unique_ptr<LoadedScene> loadScene(const SceneRequest& request);

} // namespace lunar::scene
