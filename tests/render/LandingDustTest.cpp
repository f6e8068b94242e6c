// The crewed landing's dust sheet as drawn: rendered a moment before engine cut-off with the
// "dust" layer on and off, the difference must cover a good part of the frame, stay below
// the eye's level (the horizon line), and be brighter looking toward the Sun (forward
// scattering) than looking away from it. Images go to build/test-output/ for people.
#include "DefaultScene.h"
#include "ImageStatistics.h"

#include "export/OffscreenRenderer.h"
#include "mission/DustSheet.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

using namespace lunar;

namespace {

double luminance(const osg::Image& image, int x, int y)
{
    const unsigned char* p = image.data(x, y);
    return 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
}

struct DustDifference {
    double changed_share = 0.0;   // of all pixels, luminance changed by more than 4/255
    double span_share = 0.0;      // of the width, from the leftmost to the rightmost changed column
    double over_horizon_share = 0.0; // of the changed pixels, those above the eye's level
    double mean_change = 0.0;     // mean luminance change over the changed pixels
};

// `horizon_row`: the eye's level in the image (rows from the bottom); the sheet, a few metres
// high, must stay below it. Also writes the changed pixels for people: white above that
// level, grey below.
DustDifference compare(const osg::Image& with, const osg::Image& without, double horizon_row,
                       const std::string& name)
{
    osg::ref_ptr<osg::Image> mask = new osg::Image;
    mask->allocateImage(with.s(), with.t(), 1, GL_RGBA, GL_UNSIGNED_BYTE);
    std::fill(mask->data(), mask->data() + mask->getTotalSizeInBytes(), 0);
    DustDifference d;
    int changed = 0, over_horizon = 0, left = with.s(), right = -1;
    double sum = 0.0;
    for (int y = 0; y < with.t(); ++y)
        for (int x = 0; x < with.s(); ++x) {
            const double change = luminance(with, x, y) - luminance(without, x, y);
            if (std::fabs(change) <= 4.0)
                continue;
            ++changed;
            sum += change;
            unsigned char* m = mask->data(x, y);
            m[0] = m[1] = m[2] = y > horizon_row ? 255 : 90;
            m[3] = 255;
            left = std::min(left, x);
            right = std::max(right, x);
            if (y > horizon_row)
                ++over_horizon;
        }
    test::writePngForPeople(*mask, name + "_changed.png");
    const double pixels = static_cast<double>(with.s()) * with.t();
    d.changed_share = changed / pixels;
    d.span_share = right >= left ? (right - left + 1.0) / with.s() : 0.0;
    d.over_horizon_share = changed ? static_cast<double>(over_horizon) / changed : 0.0;
    d.mean_change = changed ? sum / changed : 0.0;
    return d;
}

} // namespace

TEST_CASE("Landing dust: the crewed landing's sheet spans the frame below the horizon and is "
          "brighter toward the Sun", "[render][dust]")
{
    scene::LoadedScene& s = test::defaultScene();
    const UtcTime before = s.clock->now();
    const LanderFlight& flight = s.landerFlight("crewed-landing");
    const DustSheet sheet(*flight.trajectory, flight.mission_id);
    REQUIRE_FALSE(std::isnan(sheet.cutoff_s()));
    const UtcTime moment = flight.start.plusSeconds(sheet.cutoff_s() - 1.5);
    REQUIRE(sheet.at(sheet.cutoff_s() - 1.5).active);
    s.clock->seek(moment);
    s.clock->holdSky(std::nullopt);
    s.light->update();
    const LanderPose landed = landerPoseAt(flight, *s.frame, flight.start.plusSeconds(1e4));
    const Vec3d ground = landed.position_enu;
    const Vec3d sun = s.light->current().sun_direction_enu;
    const Vec3d toward_sun = Vec3d{sun.x, sun.y, 0.0}.normalized();

    constexpr int kWidth = 480, kHeight = 270;
    exporting::OffscreenRenderer renderer({kWidth, kHeight, 4});
    renderer.setScene(s.root.get());
    // The row of the eye's level: a point far off along the horizontal through the eye.
    auto horizonRow = [&](const CameraPose& pose) {
        renderer.setPose(pose);
        const Vec3d along = pose.target_enu - pose.eye_enu;
        const Vec3d far = pose.eye_enu + Vec3d{along.x, along.y, 0.0}.normalized() * 1.0e4;
        return renderer.project(osg::Vec3d(far.x, far.y, far.z)).y();
    };
    auto render = [&](const CameraPose& pose, bool dust, const char* name) {
        s.layers->landing_effects = dust;
        renderer.setPose(pose);
        osg::ref_ptr<osg::Image> image = renderer.render();
        test::writePngForPeople(*image, name);
        return image;
    };
    // The tour's view of this landing: 84 m off, 12 m up, south-west of the lander.
    CameraPose tour;
    tour.eye_enu = ground + Vec3d{-45.0, -70.0, 12.0};
    tour.target_enu = ground + Vec3d{0.0, 0.0, 3.0};
    tour.fov_y_deg = 38.0;
    const DustDifference seen = compare(*render(tour, true, "dust_tour_view.png"),
                                        *render(tour, false, "dust_tour_view_off.png"), horizonRow(tour), "dust_tour_view");
    // Looking toward the Sun across the lander, and away from it, from as far off.
    CameraPose into_sun = tour, sun_behind = tour;
    into_sun.eye_enu = ground - toward_sun * 80.0 + Vec3d{0.0, 0.0, 12.0};
    sun_behind.eye_enu = ground + toward_sun * 80.0 + Vec3d{0.0, 0.0, 12.0};
    const DustDifference forward = compare(*render(into_sun, true, "dust_into_sun.png"),
                                           *render(into_sun, false, "dust_into_sun_off.png"), horizonRow(into_sun), "dust_into_sun");
    const DustDifference backward = compare(*render(sun_behind, true, "dust_sun_behind.png"),
                                            *render(sun_behind, false, "dust_sun_behind_off.png"), horizonRow(sun_behind), "dust_sun_behind");
    // For people: the lander and its plume's glow from 25 m, against the sheet.
    CameraPose close = tour;
    const LanderPose hovering = landerPoseAt(flight, *s.frame, moment);
    close.eye_enu = hovering.position_enu + Vec3d{-15.0, -20.0, 1.0};
    close.target_enu = hovering.position_enu + Vec3d{0.0, 0.0, 0.5};
    close.fov_y_deg = 30.0;
    render(close, true, "dust_close.png");
    s.layers->landing_effects = true;
    s.clock->seek(before);
    std::printf("landing dust: tour view changed %.1f %% of pixels over %.0f %% of the width "
                "(%.2f %% above the eye's level), mean +%.1f; into the Sun +%.1f over %.1f %%, Sun behind "
                "+%.1f over %.1f %%\n",
                100.0 * seen.changed_share, 100.0 * seen.span_share, 100.0 * seen.over_horizon_share,
                seen.mean_change, forward.mean_change, 100.0 * forward.changed_share,
                backward.mean_change, 100.0 * backward.changed_share);
    CAPTURE(seen.changed_share, seen.span_share, seen.over_horizon_share, forward.over_horizon_share,
            backward.over_horizon_share, forward.mean_change,
            backward.mean_change);
    CHECK(seen.changed_share > 0.10);   // a sheet, not a speck
    CHECK(seen.span_share > 0.5);       // across at least half the frame
    CHECK(seen.over_horizon_share == 0.0); // none above the horizon
    CHECK(forward.over_horizon_share == 0.0);
    CHECK(backward.over_horizon_share == 0.0);
    CHECK(forward.changed_share > 0.05);
    CHECK(backward.changed_share > 0.05);
    // Forward scattering: toward the Sun the sheet brightens the view, away from it (where
    // the regolith's opposition surge makes the ground bright) it dims it.
    CHECK(forward.mean_change > 10.0);
    CHECK(forward.mean_change > backward.mean_change + 20.0);
}

TEST_CASE("Landing dust: where the horizon maps put the landing point in shadow the sheet "
          "scatters no sunlight", "[render][dust]")
{
    scene::LoadedScene& s = test::defaultScene();
    const UtcTime before = s.clock->now();
    const LanderFlight& flight = s.landerFlight("crewed-landing");
    const DustSheet sheet(*flight.trajectory, flight.mission_id);
    const UtcTime moment = flight.start.plusSeconds(sheet.cutoff_s() - 1.5);
    // A sky, within a month of the landing, in which the terrain hides the whole Sun from the
    // landing point (the dust keeps its own time: the sky is held apart).
    const LatLon site{flight.site.lat_rad, flight.site.lon_rad};
    const std::optional<UtcTime> dark_sky =
        test::firstSunAt(s, site, moment, [](double visible) { return visible == 0.0; });
    REQUIRE(dark_sky);
    s.clock->seek(moment);
    s.clock->holdSky(*dark_sky);
    s.light->update();
    const Vec3d ground = landerPoseAt(flight, *s.frame, flight.start.plusSeconds(1e4)).position_enu;
    const Vec3d sun = s.light->current().sun_direction_enu;
    const Vec3d toward_sun = Vec3d{sun.x, sun.y, 0.0}.normalized();
    exporting::OffscreenRenderer renderer({480, 270, 4});
    renderer.setScene(s.root.get());
    CameraPose into_sun;
    into_sun.eye_enu = ground - toward_sun * 80.0 + Vec3d{0.0, 0.0, 12.0};
    into_sun.target_enu = ground + Vec3d{0.0, 0.0, 3.0};
    into_sun.fov_y_deg = 38.0;
    renderer.setPose(into_sun);
    s.layers->landing_effects = true;
    osg::ref_ptr<osg::Image> with = renderer.render();
    test::writePngForPeople(*with, "dust_in_shadow.png");
    s.layers->landing_effects = false;
    osg::ref_ptr<osg::Image> without = renderer.render();
    s.layers->landing_effects = true;
    s.clock->holdSky(std::nullopt);
    s.clock->seek(before);
    // Lit, this view gains some 45 levels over half the frame (the test above); in shadow only
    // earthshine is left to scatter.
    double brightened = 0.0;
    for (int y = 0; y < with->t(); ++y)
        for (int x = 0; x < with->s(); ++x)
            brightened += std::max(0.0, luminance(*with, x, y) - luminance(*without, x, y));
    const double mean_gain = brightened / (with->s() * with->t());
    std::printf("landing dust in the terrain's shadow (sky of %s): mean gain %.2f levels\n",
                dark_sky->toIso().c_str(), mean_gain);
    CAPTURE(mean_gain);
    CHECK(mean_gain < 2.0);
}
