// Films: a frame of `lunarviz render` is the path's camera at the frame's film time, with
// the scenario clock at the film's time map there.
#include "DefaultScene.h"

#include "export/FilmFrames.h"
#include "scene/LanderNodes.h"

#include <catch2/catch.hpp>

#include <cstring>

using namespace lunar;

TEST_CASE("Film: a frame mid-path shows the interpolated camera at the mapped scenario time",
          "[render][film]")
{
    scene::LoadedScene& s = test::defaultScene();
    const Film film = s.film("tour");
    constexpr double kFps = 2.0;
    exporting::FilmFrames frames(s, film, {320, 180, 4}, kFps);
    CHECK(frames.frameCount() == static_cast<std::size_t>(film.path.duration_s() * kFps) + 1);
    const std::size_t frame = 13; // 6.5 s: between the keys at 6 s and 9 s
    const double t = frames.videoTimeOf(frame);
    REQUIRE(t == 6.5);
    const CameraPose pose = frames.poseAt(t);
    for (const CameraKey& k : film.path.keys())
        CHECK((pose.eye_enu - k.pose.eye_enu).length() > 10.0); // truly between keys
    const osg::ref_ptr<osg::Image> filmed = frames.render(frame);
    const UtcTime filmed_at = s.clock->now();
    CHECK(filmed_at.secondsSince(film.time.at(t)) == Approx(0.0).margin(1e-3));
    test::writePngForPeople(*filmed, "film_tour_frame13.png");

    // The same view set up by hand: the interpolated camera (its following keys where their
    // lander is at that moment), the mapped time.
    exporting::OffscreenRenderer by_hand({320, 180, 4});
    by_hand.setScene(s.root.get());
    s.clock->seek(film.time.at(t));
    s.clock->holdSky(film.time.skyHeldAt(t));
    by_hand.setPose(film.poseAt(t, *s.frame));
    const osg::ref_ptr<osg::Image> expected = by_hand.render();
    std::size_t differing = 0;
    for (int y = 0; y < 180; ++y)
        for (int x = 0; x < 320; ++x)
            differing += std::memcmp(filmed->data(x, y), expected->data(x, y), 3) != 0;
    CHECK(differing == 0);
    s.clock->seek(s.scenario.initial_time);
}

TEST_CASE("Film: keys that follow a lander carry the camera along its descent",
          "[render][film]")
{
    scene::LoadedScene& s = test::defaultScene();
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
    exporting::FilmFrames frames(s, film, {320, 180, 4}, 1.0);
    // Offsets are east, north, up at the lander's site: 0.9 km from the base origin, 8.5 km
    // from the pole, its axes are turned some degrees from the base's.
    const EnuFrame site(flight.site);
    const auto fromSite = [&](const Vec3d& v) {
        return s.frame->directionToEnu(site.directionToMoonFixed(v));
    };
    CHECK((fromSite({-40.0, -40.0, 15.0}) - Vec3d{-40.0, -40.0, 15.0}).length() > 0.5);
    double previous_height = 1e9;
    for (double t : {1.0, 5.0, 9.0}) {
        const CameraPose pose = frames.poseAt(t);
        const Vec3d lander = landerPoseAt(flight, *s.frame, film.time.at(t)).position_enu;
        CAPTURE(t);
        CHECK((pose.target_enu - (lander + fromSite({0.0, 0.0, 2.0}))).length() < 1e-6);
        CHECK((pose.eye_enu - (lander + fromSite({-40.0, -40.0, 15.0}))).length() < 1e-6);
        CHECK(lander.z < previous_height); // coming down
        previous_height = lander.z;
    }
    test::writePngForPeople(*frames.render(5), "film_ride_ilrs1.png");
    // A key following a mission that does not land on the terrain is named.
    spec.keys[1].follow = "change-6";
    CHECK_THROWS_WITH(filmFor(spec, s.terrain, *s.frame, s.lander_flights),
                      Catch::Contains("follows \"change-6\", which does not land on the terrain"));
    s.clock->seek(s.scenario.initial_time);
}
