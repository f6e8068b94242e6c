#pragma once
// Everything a view or a snapshot needs, prepared from a scenario: the scenario itself, its
// DEM opened and resampled into a coarse layer over the whole DEM and a full-resolution
// detail patch around the base, shading for the fixed Sun, the playback clock and the OSG
// scene graph that follows it.
#include "core/EnuFrame.h"
#include "mission/PlaybackClock.h"
#include "mission/Scenario.h"
#include "scene/CameraPose.h"
#include "terrain/TerrainLayer.h"

#include <osg/Group>

#include <memory>
#include <optional>
#include <string>

namespace lunar::scene {

struct SceneRequest {
    std::optional<std::string> scenario_path; // empty: the built-in ILRS concept
    std::optional<std::string> dem_path;      // overrides the scenario's DEM
    std::optional<std::string> assume_crs;    // CRS for a DEM that has none
    std::optional<std::string> time_iso;      // overrides the scenario's initial time
    int mesh_side = 1024;                     // coarse mesh vertices along the longer side
    int shading_side = 2048;                  // coarse shading texels along the longer side
    double detail_half_size_m = 6000.0;       // detail patch reach from the origin (0: none)
};

struct LoadedScene {
    Scenario scenario;
    std::string dem_path;
    std::unique_ptr<EnuFrame> frame;
    std::unique_ptr<TerrainLayer> coarse;     // whole DEM at shading resolution
    std::unique_ptr<TerrainLayer> detail;     // full resolution around the origin, or null
    Raster<Vec3d> coarse_mesh;                // coarse mesh vertices (ENU)
    TerrainStack terrain;                     // finest-first lookups over the layers
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
