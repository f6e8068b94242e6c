// Lander flights and the cameras that watch them, on the default site with no display (the
// scene's lander nodes that follow these poses are checked in the render tests).
#include "DefaultSite.h"

#include "core/Angles.h"
#include "mission/LanderCameras.h"
#include "mission/LanderFlight.h"
#include "mission/PadGrading.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace lunar;

TEST_CASE("Landers: ILRS-1 hovers 100 m over the pad a minute before landing, stands on it "
          "after, and is not there before its descent", "[site][descent]")
{
    const site::SiteModel& s = test::defaultSite();
    const auto flights = planLanderFlights(s.scenario, s.terrain);
    const auto ilrs1 = std::find_if(flights.begin(), flights.end(),
                                    [](const auto& f) { return f.mission_id == "ilrs-1"; });
    REQUIRE(ilrs1 != flights.end());
    const UtcTime landing = UtcTime::parseIso("2031-05-15T00:00:00Z");
    const UtcTime hovering = ilrs1->phaseStart(DescentPhase::Hover).plusSeconds(5.0);
    const Vec3d site = s.frame->enuFromSelenographic(ilrs1->site);

    const LanderPose before = landerPoseAt(*ilrs1, *s.frame, ilrs1->start.plusSeconds(-1.0));
    CHECK_FALSE(before.visible);
    const LanderPose hover = landerPoseAt(*ilrs1, *s.frame, hovering);
    CHECK(hover.visible);
    CHECK(hover.height_m == Approx(100.0).margin(2.0));
    CHECK((hover.position_enu - site).length() == Approx(std::hypot(100.0, 15.0)).margin(3.0));
    CHECK(hover.throttle > 0.2);
    const LanderPose landed = landerPoseAt(*ilrs1, *s.frame, landing.plusSeconds(3600.0));
    CHECK(landed.visible);
    CHECK((landed.position_enu - site).length() < 1.0);
    CHECK(landed.throttle == 0.0);
    // Settled: each footpad on the ground under it, within the DEM's interpolation; ILRS-1
    // lands on landing pad 1, whose paved surface is levelled above the ground.
    const GroundHeight ground = gradedGround(
        s.scenario.facilities, [&s](const LatLon& p) { return s.terrain.heightAt(p); });
    const Vec3d up = (site - s.frame->toEnu({0, 0, 0})).normalized();
    const Vec3d x_axis = cross(landed.axis_enu, up).length() > 1e-9
                             ? cross(landed.axis_enu, up).normalized()
                             : cross(Vec3d{0, 1, 0}, landed.axis_enu).normalized();
    const Vec3d y_axis = cross(landed.axis_enu, x_axis);
    for (int i = 0; i < 4; ++i) {
        const double a = kPi / 4.0 + i * kPi / 2.0;
        const Vec3d pad = landed.position_enu + (x_axis * std::cos(a) + y_axis * std::sin(a)) *
                                                    kFootpadRadius_m;
        const LatLonHeight ll = s.frame->selenographicFromEnu(pad);
        CAPTURE(i, ll.height_m, ground({ll.lat_rad, ll.lon_rad}));
        CHECK(ll.height_m == Approx(ground({ll.lat_rad, ll.lon_rad})).margin(0.15));
        CHECK(ll.height_m > s.terrain.heightAt({ll.lat_rad, ll.lon_rad})); // on the pad, not in it
    }
    CHECK(ilrs1->start.plusSeconds(ilrs1->trajectory->duration_s()).secondsSince(landing) ==
          Approx(0.0).margin(1e-3));
}

TEST_CASE("Lander cameras: each looks at the hovering lander's middle from outside it",
          "[site][descent]")
{
    const site::SiteModel& s = test::defaultSite();
    const LanderFlight& flight = s.landerFlight("ilrs-1");
    const UtcTime hovering = flight.phaseStart(DescentPhase::Hover).plusSeconds(5.0);
    const LanderPose pose = landerPoseAt(flight, *s.frame, hovering);
    const Vec3d middle = pose.position_enu + pose.axis_enu * 2.0;
    for (const auto mode : {LanderCameraMode::Ground, LanderCameraMode::Chase,
                            LanderCameraMode::Follow}) {
        const CameraPose camera = landerCameraPose(flight, *s.frame, s.terrain, hovering, mode);
        CAPTURE(static_cast<int>(mode));
        // Within 0.5 degrees of the line of sight, as seen from the eye.
        const Vec3d look = (camera.target_enu - camera.eye_enu).normalized();
        const Vec3d to_lander = (middle - camera.eye_enu).normalized();
        CHECK(radToDeg(std::acos(std::min(1.0, dot(look, to_lander)))) < 0.5);
        CHECK((camera.eye_enu - pose.position_enu).length() > 30.0); // not inside it
    }
    CHECK_THROWS_WITH(landerCameraModeNamed("orbit"), Catch::Contains("ground, chase, follow"));
}
