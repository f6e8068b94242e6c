// Boulders as drawn (scene/BoulderNodes): looking straight down from 150 m on sunlit open
// ground near the base, the "boulders" layer adds lit rocks and dark shadows, and the
// shadows lie on the side of the rocks away from the Sun. Images go to build/test-output/.
#include "DefaultScene.h"
#include "ImageStatistics.h"

#include "core/LatLon.h"
#include "export/OffscreenRenderer.h"
#include "io/LunarDem.h"
#include "scene/LoadedScene.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <optional>

using namespace lunar;

namespace {

double luminance(const osg::Image& image, int x, int y)
{
    const unsigned char* p = image.data(x, y);
    return 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
}

} // namespace

TEST_CASE("Boulders: lit rocks whose shadows fall away from the Sun", "[render][boulders]")
{
    scene::LoadedScene& s = test::defaultScene();
    const UtcTime before = s.clock->now();
    // Open ground three finest tiles east of the base origin.
    const LatLon origin{s.frame->origin().lat_rad, s.frame->origin().lon_rad};
    double col = 0.0, row = 0.0;
    s.dem_geo.pixelFromMap(s.dem->projection()->toMap(origin), col, row);
    col = std::round(col) + 3.5 * 64.0;
    row = std::round(row) + 20.0;
    const LatLon ground_ll = s.dem->projection()->toLatLon(s.dem_geo.mapFromPixel(col + 0.5, row + 0.5));
    const Vec3d ground = s.frame->enuFromSelenographic({ground_ll.lat_rad, ground_ll.lon_rad,
                                                        s.terrain.heightAt(ground_ll)});
    // A sky within a month in which the whole Sun is up there, some 1-3 degrees high.
    const std::optional<UtcTime> lit =
        test::firstSunAt(s, ground_ll, before, [](double visible) { return visible == 1.0; });
    REQUIRE(lit);
    s.clock->seek(*lit);
    s.light->update();
    const Vec3d sun = s.light->current().sun_direction_enu;
    const Vec3d toward_sun = Vec3d{sun.x, sun.y, 0.0}.normalized();

    constexpr int kWidth = 640, kHeight = 480;
    exporting::OffscreenRenderer renderer({kWidth, kHeight, 4});
    renderer.setScene(s.root.get());
    CameraPose pose;
    pose.target_enu = ground;
    pose.eye_enu = ground + Vec3d{0.0, 0.0, 150.0};
    pose.up_enu = Vec3d{0.0, 1.0, 0.0};
    pose.fov_y_deg = 40.0;
    renderer.setPose(pose);
    const bool labels = s.layers->labels;
    s.layers->labels = false;
    auto render = [&](bool boulders, const char* name) {
        s.layers->boulders = boulders;
        osg::ref_ptr<osg::Image> image = renderer.render();
        test::writePngForPeople(*image, name);
        return image;
    };
    const osg::ref_ptr<osg::Image> with = render(true, "boulders_nadir.png");
    const osg::ref_ptr<osg::Image> without = render(false, "boulders_nadir_off.png");
    s.layers->boulders = true;
    s.layers->labels = labels;
    // The Sun's direction on screen.
    const osg::Vec3d a = renderer.project({ground.x, ground.y, ground.z});
    const Vec3d sunward = ground + toward_sun * 10.0;
    const osg::Vec3d b = renderer.project({sunward.x, sunward.y, sunward.z});
    osg::Vec2d to_sun(b.x() - a.x(), b.y() - a.y());
    to_sun.normalize();
    s.clock->seek(before);
    s.light->update();

    // Rocks: pixels the layer brightens; shadows: pixels it darkens.
    int rock_pixels = 0, shadow_pixels = 0, away = 0, toward = 0;
    auto darkened = [&](int x, int y) {
        return x >= 0 && y >= 0 && x < kWidth && y < kHeight &&
               luminance(*with, x, y) < luminance(*without, x, y) - 12.0;
    };
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x) {
            const double change = luminance(*with, x, y) - luminance(*without, x, y);
            shadow_pixels += change < -12.0 ? 1 : 0;
            if (change <= 12.0)
                continue;
            ++rock_pixels;
            // Look a few pixels to either side along the Sun's direction on screen.
            for (int k = 3; k <= 12; k += 3) {
                away += darkened(static_cast<int>(std::lround(x - k * to_sun.x())),
                                 static_cast<int>(std::lround(y - k * to_sun.y()))) ? 1 : 0;
                toward += darkened(static_cast<int>(std::lround(x + k * to_sun.x())),
                                   static_cast<int>(std::lround(y + k * to_sun.y()))) ? 1 : 0;
            }
        }
    const double pixels = static_cast<double>(kWidth) * kHeight;
    std::printf("boulders from 150 m: %.2f %% of pixels brightened (rocks), %.2f %% darkened "
                "(shadows); shadow samples away from the Sun %d, toward it %d\n",
                100.0 * rock_pixels / pixels, 100.0 * shadow_pixels / pixels, away, toward);
    CAPTURE(rock_pixels, shadow_pixels, away, toward, to_sun.x(), to_sun.y());
    CHECK(rock_pixels > 20);                 // rocks show, lit
    CHECK(shadow_pixels > 4 * rock_pixels);  // their shadows are long at a low Sun
    CHECK(shadow_pixels < 0.25 * pixels);    // but they do not black out the ground
    CHECK(away > 5 * toward);                // and they lie away from the Sun
}
