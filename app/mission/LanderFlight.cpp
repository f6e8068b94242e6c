#include "mission/LanderFlight.h"

#include "core/Angles.h"
#include "mission/DescentGenerator.h"
#include "mission/PadGrading.h"

#include <cmath>
#include <utility>

namespace lunar {

namespace {

// The plane z = a + b x + c y through the ground under the four footpads (site ENU; the
// pads sit symmetrically at 45, 135, 225 and 315 degrees, which makes the fit closed-form).
void settleLegs(LanderFlight& flight, const GroundHeight& ground)
{
    const EnuFrame site(flight.site);
    const double d = kFootpadRadius_m / std::sqrt(2.0);
    double a = 0.0, b = 0.0, c = 0.0;
    for (const auto& [x, y] : {std::pair{d, d}, std::pair{-d, d}, std::pair{-d, -d}, std::pair{d, -d}}) {
        const LatLonHeight p = site.selenographicFromEnu({x, y, 0.0});
        double h = ground({p.lat_rad, p.lon_rad});
        if (std::isnan(h))
            h = flight.site.height_m;
        const double z = h - flight.site.height_m; // above the site's ground
        a += z / 4.0;
        b += z * x / (4.0 * d * d);
        c += z * y / (4.0 * d * d);
    }
    flight.settled_axis_site = Vec3d{-b, -c, 1.0}.normalized();
    flight.settled_base_m = a;
}

} // namespace

bool landsOnTerrain(const Mission& mission, const TerrainStack& terrain)
{
    return mission.at_base || !std::isnan(terrain.heightAt({degToRad(mission.site_lat_deg),
                                                            degToRad(mission.site_lon_deg)}));
}

std::vector<LanderFlight> planLanderFlights(const Scenario& scenario, const TerrainStack& terrain,
                                            bool on_terrain)
{
    std::vector<LanderFlight> flights;
    // A lander touching down on a graded pad stands on its paved surface, not the ground
    // under the fill.
    const GroundHeight ground = gradedGround(
        scenario.facilities, [&terrain](const LatLon& p) { return terrain.heightAt(p); });
    for (const Mission& m : scenario.missions) {
        if (landsOnTerrain(m, terrain) != on_terrain || !m.landing)
            continue;
        const LatLon site{degToRad(m.site_lat_deg), degToRad(m.site_lon_deg)};
        double ground_m = ground(site);
        if (std::isnan(ground_m))
            ground_m = 0.0;
        DescentPlan plan;
        plan.profile = m.profile;
        plan.approach_azimuth_deg = m.approach_azimuth_deg;
        plan.site_height_m = ground_m;
        auto trajectory = std::make_shared<const DescentTrajectory>(generateDescent(plan));
        const UtcTime start = m.landing->plusSeconds(-trajectory->duration_s());
        LanderFlight flight{m.id, trajectory, start, {site.lat_rad, site.lon_rad, ground_m}};
        settleLegs(flight, ground);
        flights.push_back(flight);
    }
    return flights;
}

LanderPose landerPoseAt(const LanderFlight& flight, const EnuFrame& frame, const UtcTime& now)
{
    LanderPose pose;
    const double t = now.secondsSince(flight.start);
    if (t < 0.0)
        return pose;
    const DescentState s = flight.trajectory->at(t);
    const EnuFrame site(flight.site);
    pose.visible = true;
    const bool landed = t >= flight.trajectory->duration_s();
    const Vec3d position = landed ? Vec3d{0.0, 0.0, flight.settled_base_m} : s.position_enu_m;
    const Vec3d axis = landed ? flight.settled_axis_site : s.thrust_direction;
    pose.position_enu = frame.toEnu(site.toMoonFixed(position));
    pose.axis_enu = frame.directionToEnu(site.directionToMoonFixed(axis)).normalized();
    pose.throttle = s.thrust_N / flight.trajectory->maxThrust_N();
    pose.height_m = s.position_enu_m.z;
    return pose;
}

} // namespace lunar
