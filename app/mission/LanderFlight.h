#pragma once
// The landers of the missions that land on the terrain, flying their generated descents
// (mission/DescentGenerator) so that they touch down at the catalogue's landing time. Before
// its descent a lander is not there; after touchdown it stands where it landed, its legs
// settled on the ground. Pure: the scene draws these flights, cameras and films ride them.
#include "core/EnuFrame.h"
#include "mission/DescentTrajectory.h"
#include "mission/Scenario.h"
#include "terrain/TerrainLayer.h"

#include <memory>
#include <string>
#include <vector>

namespace lunar {

// One lander's flight: which mission, its trajectory, when it starts, and where its site is.
struct LanderFlight {
    std::string mission_id;
    std::shared_ptr<const DescentTrajectory> trajectory;
    UtcTime start;               // landing time minus the descent's duration
    LatLonHeight site;           // ground at the site (the trajectory's ENU origin)
    // After touchdown the legs settle on the ground: the plane through the ground under the
    // four footpads gives the lander's axis and the height of its base (site ENU).
    Vec3d settled_axis_site{0.0, 0.0, 1.0};
    double settled_base_m = 0.0;

    // When the flight enters a phase of its descent (for cues, cameras and tests).
    UtcTime phaseStart(DescentPhase phase) const
    {
        return start.plusSeconds(trajectory->phaseStart_s(phase));
    }
};

// Radius of the footpads from the lander's axis (Chang'e-class, metres).
constexpr double kFootpadRadius_m = 2.4;

// Whether a mission's lander is drawn on the terrain: it lands at the base, or where the
// DEM covers its site (Chang'e-7 on the default south-polar DEM). Others fly on the globe.
bool landsOnTerrain(const Mission& mission, const TerrainStack& terrain);

// The flights of the missions landing on the terrain (or, with on_terrain false, of those
// landing elsewhere, whose site height is 0 on the reference sphere).
std::vector<LanderFlight> planLanderFlights(const Scenario& scenario, const TerrainStack& terrain,
                                            bool on_terrain = true);

// A flight's state in the base ENU frame at a scenario time (for cameras and tests).
struct LanderPose {
    bool visible = false;
    Vec3d position_enu;    // the lander's base (between its footpads)
    Vec3d axis_enu;        // up along the lander (the thrust direction)
    double throttle = 0.0; // 0..1
    double height_m = 0.0; // above the site's ground
};
LanderPose landerPoseAt(const LanderFlight& flight, const EnuFrame& frame, const UtcTime& now);

} // namespace lunar
