// Light for film: frames of a view facing mostly shadow are exposed up by the meter, the
// DEM's edge shows no step against the globe from the region camera, and the Sun's glare
// shows where the Sun does.
#include "DefaultScene.h"
#include "ImageStatistics.h"

#include "core/SelenographicFrame.h"
#include "export/ExposureMeter.h"
#include "export/FilmFrames.h"
#include "scene/SkyNode.h"
#include "scene/SunGlare.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace lunar;

namespace {

// A still camera behind Chang'e-7 on its ridge just after it lands (2026-10-08), looking
// along the ground that the ridge shadows: lit only by earthshine and a far sunlit crest.
Film darkFilm(const scene::LoadedScene& s)
{
    CameraPathSpec spec;
    spec.name = "dark";
    for (double t : {0.0, 2.0}) {
        CameraPathKeySpec key;
        key.video_s = t;
        key.follow = "change-7";
        key.eye_offset_m = {-30.0, -40.0, 6.0};
        key.target_offset_m = {0.0, 0.0, 2.0};
        key.view.fov_y_deg = 35.0;
        key.tension = 1.0;
        spec.keys.push_back(key);
    }
    spec.time = {TimeStop(0.0, UtcTime::parseIso("2026-10-08T12:00:10Z")),
                 TimeStop(2.0, UtcTime::parseIso("2026-10-08T12:00:11Z"))};
    return filmFor(spec, s.terrain, *s.frame, s.lander_flights, s.vertical_exaggeration);
}

} // namespace

TEST_CASE("Exposure: a film facing mostly shadow is exposed up by the meter, not near-black",
          "[render][exposure]")
{
    scene::LoadedScene& s = test::defaultScene();
    const Film film = darkFilm(s);
    const ExposureSettings metered = s.exposure_settings;
    // At the old fixed exposure the view is dim: what this test is about.
    s.exposure_settings.fixed_ev = kDefaultExposureEv;
    double fixed_mean = 0.0;
    {
        exporting::FilmFrames frames(s, film, {320, 180, 4}, 4.0);
        const osg::ref_ptr<osg::Image> image = frames.render(4);
        test::writePngForPeople(*image, "exposure_dark_fixed.png");
        fixed_mean = test::meanLuminance(*image);
    }
    s.exposure_settings = metered;
    exporting::FilmFrames frames(s, film, {320, 180, 4}, 4.0);
    const double ev = frames.exposureEvAt(1.0);
    const osg::ref_ptr<osg::Image> image = frames.render(4);
    test::writePngForPeople(*image, "exposure_dark_metered.png");
    const double mean = test::meanLuminance(*image);
    CAPTURE(fixed_mean, mean, ev);
    REQUIRE(fixed_mean < 40.0);               // a dim view at the old fixed exposure
    CHECK(mean > 20.0);                       // never near-black
    CHECK(mean > 1.5 * fixed_mean);           // exposed up
    CHECK(mean < 160.0);                      // nor washed out
    CHECK(ev < kDefaultExposureEv - 1.0);     // by a longer exposure
    CHECK(ev >= s.exposure_settings.min_ev);  // within the camera's limits
    // Every frame of the still film has the same EV, frame by frame or alone.
    exporting::FilmFrames again(s, film, {320, 180, 4}, 4.0);
    CHECK(again.exposureEvAt(1.0) == ev);
}

TEST_CASE("Globe: from the region camera the DEM's edge has no step in luminance",
          "[render][globe][exposure]")
{
    const scene::LoadedScene& s = test::defaultScene();
    exporting::OffscreenRenderer renderer({480, 270, 4});
    renderer.setScene(s.root.get());
    renderer.setPose(s.pose("region"));
    const osg::ref_ptr<osg::Image> image = renderer.render();
    test::writePngForPeople(*image, "region_dem_edge.png");
    // Points along the DEM's four edges, projected; across each, the ground just inside
    // (toward the DEM's centre on screen) against just outside.
    const TerrainGrid& grid = s.coarse->grid;
    const int w = grid.heights().width(), h = grid.heights().height();
    const auto screen = [&](double col, double row) {
        const LatLonHeight p = grid.positionAt(col, row);
        const Vec3d enu = s.frame->toEnu(moonFixedFromSelenographic(p));
        return renderer.project(osg::Vec3d(enu.x, enu.y, enu.z));
    };
    const osg::Vec3d centre = screen(0.5 * (w - 1), 0.5 * (h - 1));
    double step_sum = 0.0, inside_sum = 0.0;
    int crossings = 0;
    for (int k = 1; k < 40; ++k) {
        const double f = k / 40.0;
        for (const auto& [col, row] : {std::pair{f * (w - 1), 0.0}, std::pair{f * (w - 1), h - 1.0},
                                       std::pair{0.0, f * (h - 1)}, std::pair{w - 1.0, f * (h - 1)}}) {
            const osg::Vec3d edge = screen(col, row);
            osg::Vec3d toward = centre - edge;
            toward.z() = 0.0;
            if (edge.z() <= 0.0 || edge.z() >= 1.0 || toward.length() < 1.0)
                continue;
            toward.normalize();
            const auto at = [&](double px) {
                const osg::Vec3d q = edge + toward * px;
                return test::meanLuminance(*image, static_cast<int>(q.x()), static_cast<int>(q.y()), 2);
            };
            const osg::Vec3d in = edge + toward * 12.0, out = edge - toward * 12.0;
            if (std::min({in.x(), out.x(), in.y(), out.y()}) < 4.0 || std::max(in.x(), out.x()) > 475.0 ||
                std::max(in.y(), out.y()) > 225.0) // clear of the frame's borders and the sky
                continue;
            const double outside = at(-6.0);
            if (outside < 1.0) // beyond the edge is sky here, not globe
                continue;
            step_sum += std::abs(at(6.0) - outside);
            inside_sum += std::abs(at(18.0) - at(6.0)); // the same distance apart, both inside
            ++crossings;
        }
    }
    CAPTURE(crossings, step_sum / std::max(crossings, 1), inside_sum / std::max(crossings, 1));
    REQUIRE(crossings >= 10);
    // Across the edge the picture changes no more than it does across as much ground inside.
    CHECK(step_sum / crossings < std::max(6.0, 1.5 * inside_sum / crossings));
}

TEST_CASE("Sun glare: around the Sun when it shows, none when the terrain hides it",
          "[render][glare]")
{
    scene::LoadedScene& s = test::defaultScene();
    const UtcTime before = s.clock->now();
    s.clock->seek(UtcTime::parseIso("2026-10-08T12:00:00Z"));
    s.clock->holdSky(std::nullopt);
    s.light->update();
    // Looking at the Sun from high above the base, where it clears every horizon.
    const Vec3d sun = s.light->current().sun_direction_enu;
    exporting::OffscreenRenderer renderer({320, 180, 4});
    renderer.setScene(s.root.get());
    const osg::Node* glare = nullptr;
    for (unsigned i = 0; i < s.root->getNumChildren(); ++i)
        if (s.root->getChild(i)->getName() == "sky")
            for (unsigned j = 0; j < s.root->getChild(i)->asGroup()->getNumChildren(); ++j)
                if (s.root->getChild(i)->asGroup()->getChild(j)->getName() == "sun glare")
                    glare = s.root->getChild(i)->asGroup()->getChild(j);
    REQUIRE(glare);
    CameraPose high;
    high.eye_enu = {0.0, 0.0, 60000.0};
    high.target_enu = high.eye_enu + sun * 1000.0;
    high.fov_y_deg = 30.0;
    renderer.setPose(high);
    const osg::ref_ptr<osg::Image> image = renderer.render();
    test::writePngForPeople(*image, "sun_glare.png");
    const float shown = scene::sunVisibleShare(*glare);
    // The glare brightens the black sky 1.5 deg from the Sun's centre (the disc: 0.27 deg).
    const osg::Vec3d sun_px = renderer.project(osg::Vec3d(high.target_enu.x, high.target_enu.y,
                                                          high.target_enu.z));
    const double px_per_deg = 180.0 / 30.0;
    const double near_sun = test::meanLuminance(*image, static_cast<int>(sun_px.x() + 1.5 * px_per_deg),
                                                static_cast<int>(sun_px.y()), 1);
    CAPTURE(shown, near_sun);
    CHECK(shown > 0.9f);
    CHECK(near_sun > 25.0);

    // From 5000 km beyond the Moon's far side from the Sun, the Moon hides it.
    CameraPose hidden = high;
    const Vec3d moon_centre = s.frame->toEnu({0.0, 0.0, 0.0});
    hidden.eye_enu = moon_centre - sun * 5.0e6;
    hidden.target_enu = moon_centre;
    renderer.setPose(hidden);
    renderer.render();
    CHECK(scene::sunVisibleShare(*glare) == 0.0f);
    s.clock->seek(before);
}
