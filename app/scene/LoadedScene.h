#pragma once
// Everything a view or a snapshot needs, prepared from a scenario: the scenario itself, its
// DEM opened (drawn as paged LOD tiles), an overview of the whole DEM and full-resolution
// heights around the base, horizon maps for shadows at any date, the playback clock and
// the OSG scene graph and light that follow it.
#include "core/EnuFrame.h"
#include "mission/PlaybackClock.h"
#include "mission/Scenario.h"
#include "mission/ScenarioOnDem.h"
#include "mission/CameraPose.h"
#include "mission/Film.h"
#include "scene/PagedTerrain.h"
#include "scene/FacilityNodes.h"
#include "scene/LanderNodes.h"
#include "scene/SceneLight.h"
#include "terrain/TerrainLayer.h"

#include <osg/Group>

#include <memory>
#include <optional>
#include <string>

namespace lunar::scene {

struct SceneRequest {
    std::optional<std::string> scenario_path; // empty: the built-in ILRS concept
    std::optional<std::string> dem_path;      // overrides the scenario's DEM (what of the
                                              // scenario is not on it is left out)
    std::optional<std::string> assume_crs;    // CRS for a DEM that has none
    std::optional<std::string> time_iso;      // overrides the scenario's initial time
    int shading_side = 1024;                  // whole-DEM overview: its horizon map, bounds
    double detail_half_size_m = 6000.0;       // full-resolution heights around the origin
    double max_error_px = 2.0;                // terrain LOD: allowed screen-space error
    double vertical_exaggeration = 1.0;       // heights drawn this many times (1..10)
    int horizon_directions = 64;              // horizon map azimuths (64..1024)
    double max_slope_deg = 15.0;              // steeper footprints are reported
};

struct LoadedScene {
    Scenario scenario;
    std::string dem_path;
    std::optional<std::string> assume_crs; // the CRS given for a DEM that has none
    std::unique_ptr<EnuFrame> frame;
    std::unique_ptr<TerrainLayer> coarse;     // whole DEM overview (far-field shadows, bounds)
    std::unique_ptr<TerrainLayer> detail;     // full resolution around the origin, or null
    // The same two grids as the DEM has them, holes NaN rather than filled for drawing:
    // measurements and rover routes read these, so a hole is reported, never crossed.
    std::unique_ptr<TerrainGrid> coarse_as_read;
    std::unique_ptr<TerrainGrid> detail_as_read; // null without a detail layer
    TerrainStack terrain;                     // finest-first lookups: placing things
    std::shared_ptr<PagedTerrainSource> paged_terrain; // what the drawn LOD tiles come from
    GeoTransform dem_geo;
    std::unique_ptr<PlaybackClock> clock;
    osg::ref_ptr<osg::Group> root;
    osg::ref_ptr<SceneLight> light; // Sun and Earth at the clock's time
    std::shared_ptr<LayerVisibility> layers = std::make_shared<LayerVisibility>();
    osg::ref_ptr<osg::Group> facilities; // one child per facility, named by its id
    osg::ref_ptr<osg::Group> labels;
    FacilityNodeContext facility_context;
    std::vector<LanderFlight> lander_flights; // missions that land on the terrain
    // What was left out of the scenario (or re-centred) to show it on a DEM given by the user
    // instead of its own; its note is empty when the whole scenario stands on that DEM.
    DemFit dem_fit;

    // The flight of a mission landing on the terrain; throws LunarError naming the known ones.
    const LanderFlight& landerFlight(const std::string& mission_id) const;

    double vertical_exaggeration = 1.0;

    // Redraws a facility where the scenario now has it (after a layout edit): its model,
    // pad and label. Throws LunarError if its footprint left the DEM.
    void rebuildFacility(const std::string& id);

    // Changes the exaggeration of the drawn terrain and facilities (1..10).
    void setVerticalExaggeration(double factor);

    // Pose of a named camera; throws LunarError listing the known names.
    CameraPose pose(const std::string& camera_name) const;
    // The first camera of the scenario, or a view from above the origin if it has none.
    CameraPose defaultPose() const;
    // A camera path ready to film; throws LunarError listing the known paths.
    Film film(const std::string& path_name) const;
};

// Throws LunarError naming the file and problem for any bad input.
std::unique_ptr<LoadedScene> loadScene(const SceneRequest& request);

} // namespace lunar::scene
