// Films: a frame of `lunarviz render` is the path's camera at the frame's film time, with
// the scenario clock at the film's time map there.
#include "DefaultScene.h"

#include "export/FilmFrames.h"

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
