// Films on the default site with no display: keys that follow a lander (a frame of such a
// film is rendered in the render tests).
#include "DefaultSite.h"

#include "mission/CameraNavigator.h"
#include "mission/Film.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lunar;

TEST_CASE("Film: keys that follow a lander carry the camera along its descent", "[site][film]")
{
    const site::SiteModel& s = test::defaultSite();
    const LanderFlight& flight = s.landerFlight("ilrs-1");
    const UtcTime landing = UtcTime::parseIso("2031-05-15T00:00:00Z");
    CameraPathSpec spec;
    spec.name = "ride";
    for (double t : {0.0, 10.0}) {
        CameraPathKeySpec k;
        k.video_s = t;
        k.follow = "ilrs-1";
        k.eye_offset_m = {-40.0, -40.0, 15.0};
        k.target_offset_m = {0.0, 0.0, 2.0};
        k.view.fov_y_deg = 40.0;
        spec.keys.push_back(k);
    }
    spec.time = {{0.0, landing.plusSeconds(-100.0), TimeSteps::continuous, std::nullopt},
                 {10.0, landing.plusSeconds(-5.0), TimeSteps::continuous, std::nullopt}};
    const Film film = filmFor(spec, s.terrain, *s.frame, s.lander_flights);
    // Offsets are east, north, up at the lander's site: 0.9 km from the base origin, 8.5 km
    // from the pole, its axes are turned some degrees from the base's.
    const EnuFrame site(flight.site);
    const auto fromSite = [&](const Vec3d& v) {
        return s.frame->directionToEnu(site.directionToMoonFixed(v));
    };
    CHECK((fromSite({-40.0, -40.0, 15.0}) - Vec3d{-40.0, -40.0, 15.0}).length() > 0.5);
    double previous_height = 1e9;
    for (double t : {1.0, 5.0, 9.0}) {
        const CameraPose pose =
            film.poseAboveGround(t, *s.frame, s.terrain, s.vertical_exaggeration);
        const Vec3d lander = landerPoseAt(flight, *s.frame, film.time.at(t)).position_enu;
        CAPTURE(t);
        CHECK((pose.target_enu - (lander + fromSite({0.0, 0.0, 2.0}))).length() < 1e-6);
        CHECK((pose.eye_enu - (lander + fromSite({-40.0, -40.0, 15.0}))).length() < 1e-6);
        CHECK(lander.z < previous_height); // coming down
        previous_height = lander.z;
    }
    // A key following a mission that does not land on the terrain is named.
    spec.keys[1].follow = "change-6";
    CHECK_THROWS_WITH(filmFor(spec, s.terrain, *s.frame, s.lander_flights),
                      Catch::Contains("follows \"change-6\", which does not land on the terrain"));
}

TEST_CASE("Film: a filmed eye never goes below the viewer's clearance over the ground",
          "[site][film]")
{
    const site::SiteModel& s = test::defaultSite();
    const Film film = s.film("tour");
    for (double t = 0.0; t <= film.path.duration_s(); t += 0.5) {
        const CameraPose pose =
            film.poseAboveGround(t, *s.frame, s.terrain, s.vertical_exaggeration);
        const LatLonHeight eye = s.frame->selenographicFromEnu(pose.eye_enu);
        const double ground = s.terrain.heightAt({eye.lat_rad, eye.lon_rad});
        CAPTURE(t);
        if (std::isfinite(ground))
            CHECK(eye.height_m >= ground + CameraNavigator::kClearance_m - 1e-6);
    }
}
