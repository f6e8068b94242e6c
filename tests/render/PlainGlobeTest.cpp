// The globe without the albedo map (Debian's stellarium-data is optional): lit and grey,
// never black. Run in a process of its own with LUNARVIZ_MOON_ALBEDO_MAP=none, so the
// scene is built as on a machine without the map, whatever this one has installed.
#include "DefaultScene.h"
#include "ImageStatistics.h"

#include "export/OffscreenRenderer.h"
#include "scene/GlobeNode.h"

#include <catch2/catch.hpp>

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
    // The lower left of the disc, clear of the site labels (rows counted from the bottom).
    const test::WindowTexture disc = test::windowTexture(*image, 180, 10, 330, 140);
    CAPTURE(disc.lit_share, disc.mean_luminance, disc.colour_error, disc.neighbour_step);
    CHECK(disc.lit_share > 0.6);        // the sunlit disc fills the window (0 when black)
    CHECK(disc.mean_luminance > 70.0);  // and is plainly lit
    CHECK(disc.colour_error < 3.0);     // grey
    CHECK(disc.neighbour_step < 1.0);   // smooth: no map sampled (an unbound one reads black)
}
