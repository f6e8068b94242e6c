// The globe without the albedo map (Debian's stellarium-data is optional): lit and grey,
// never black. Run in a process of its own with LUNARVIZ_MOON_ALBEDO_MAP=none, so the
// scene is built as on a machine without the map, whatever this one has installed.
#include "DefaultScene.h"
#include "ImageStatistics.h"

#include "export/OffscreenRenderer.h"
#include "scene/GlobeNode.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>

using namespace lunar;

TEST_CASE("Globe: without the albedo map the whole Moon is drawn lit and grey, never black",
          "[plain-globe]")
{
    REQUIRE(std::getenv("LUNARVIZ_MOON_ALBEDO_MAP") != nullptr); // set by CTest for this run
    REQUIRE(scene::albedoMapInUse(scene::GlobeOptions{}.albedo_map).empty());
    const scene::LoadedScene& s = test::defaultScene();
    s.clock->seek(UtcTime::parseIso("2036-07-01T00:00:00Z"));
    exporting::OffscreenRenderer renderer({640, 360, 4});
    renderer.setScene(s.root.get());
    renderer.setPose(s.pose("moon"));
    const osg::ref_ptr<osg::Image> image = renderer.render();
    test::writePngForPeople(*image, "moon_plain_globe.png");
    std::size_t lit = 0;
    double sum = 0.0, colour_error = 0.0, neighbour_step = 0.0;
    // The lower left of the disc, clear of the site labels (y counts from the bottom row).
    for (int y = 10; y < 140; ++y)
        for (int x = 180; x < 330; ++x) {
            const double l = test::meanLuminance(*image, x, y, 0);
            if (l <= 40.0)
                continue;
            ++lit;
            sum += l;
            const unsigned char* p = image->data(x, y);
            colour_error += std::fabs(double(p[0]) - p[1]) + std::fabs(double(p[1]) - p[2]);
            neighbour_step += std::fabs(l - test::meanLuminance(*image, x - 1, y, 0));
        }
    const double share = static_cast<double>(lit) / (130.0 * 150.0);
    const double n = static_cast<double>(std::max<std::size_t>(lit, 1));
    CAPTURE(share, sum / n, colour_error / n, neighbour_step / n);
    CHECK(share > 0.6);           // the sunlit disc fills the window (0 when black)
    CHECK(sum / n > 70.0);        // and is plainly lit
    CHECK(colour_error / n < 3.0); // grey
    CHECK(neighbour_step / n < 1.0); // smooth: no map sampled (an unbound one reads black)
}
