#pragma once
// The loaded site, with no GL context: the scenario, the local frame at its origin, the DEM
// opened, an overview of the whole DEM and full-resolution heights around the base (each with
// its horizon map, for shadows at any date), the playback clock, the layers the panels chose
// and the landers' flights. The scene graph, the panels and the exporters all read this; the
// panels command it and the scene follows.
#include "core/EnuFrame.h"
#include "io/LunarDem.h"
#include "mission/CameraPose.h"
#include "mission/Film.h"
#include "mission/LanderFlight.h"
#include "mission/LayerVisibility.h"
#include "mission/PlaybackClock.h"
#include "mission/Scenario.h"
#include "mission/ScenarioOnDem.h"
#include "site/SiteRequest.h"
#include "terrain/TerrainLayer.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lunar::site {

struct SiteModel {
    Scenario scenario;
    std::string dem_path;                  // as given (without the cached overviews' VRT)
    std::optional<std::string> assume_crs; // the CRS given for a DEM that has none
    std::unique_ptr<io::LunarDem> dem;     // open, with overviews where it needed them
    std::unique_ptr<EnuFrame> frame;
    std::unique_ptr<TerrainLayer> coarse;  // whole DEM overview (far-field shadows, bounds)
    std::unique_ptr<TerrainLayer> detail;  // full resolution around the origin, or null
    // The same two grids as the DEM has them, holes NaN rather than filled for drawing:
    // measurements and rover routes read these, so a hole is reported, never crossed.
    std::unique_ptr<TerrainGrid> coarse_as_read;
    std::unique_ptr<TerrainGrid> detail_as_read; // null without a detail layer
    TerrainStack terrain;                        // finest-first lookups: placing things
    GeoTransform dem_geo;
    std::unique_ptr<PlaybackClock> clock;
    std::shared_ptr<LayerVisibility> layers = std::make_shared<LayerVisibility>();
    std::vector<LanderFlight> lander_flights; // missions that land on the terrain
    std::vector<LanderFlight> globe_flights;  // the others, on the reference sphere
    // What was left out of the scenario (or re-centred) to show it on a DEM given by the user
    // instead of its own; its note is empty when the whole scenario stands on that DEM.
    DemFit dem_fit;
    double vertical_exaggeration = 1.0;

    // The flight of a mission landing on the terrain; throws LunarError naming the known ones.
    const LanderFlight& landerFlight(const std::string& mission_id) const;
    // Pose of a named camera; throws LunarError listing the known names.
    CameraPose pose(const std::string& camera_name) const;
    // The first camera of the scenario, or a view from above the origin if it has none.
    CameraPose defaultPose() const;
    // A camera path ready to film; throws LunarError listing the known paths.
    Film film(const std::string& path_name) const;
    // Checks and sets the exaggeration (1..10); throws LunarError outside that range.
    void setModelExaggeration(double factor);
};

// Reads the scenario and its DEM (or the one the request names), fits the scenario to it,
// reads the grids and their horizon maps (cached per DEM window) and plans the flights.
// Throws LunarError naming the file and problem for any bad input.
std::unique_ptr<SiteModel> loadSiteModel(const SiteRequest& request);

} // namespace lunar::site
