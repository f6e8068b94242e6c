// A user's own DEM shown with the built-in scenario, made for another place: the real 1 m
// site DEM at 83.9 S (../shared/data/lunar/ldem_6_cut.tif) opens centred on itself, framed,
// in daylight, without the base's facilities; LOLA's global LDEM_4 holds the base and shows
// it. Both skip with a message where the shared data is absent.
#include "DefaultScene.h"
#include "ImageStatistics.h"

#include "core/Angles.h"
#include "export/OffscreenRenderer.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <memory>

using namespace lunar;

namespace {

// The built-in scenario's scene on ../shared/data/lunar/<name> given as the user's DEM, or
// null (with a message) where that file is absent.
std::unique_ptr<scene::LoadedScene> sceneOnSharedDem(const std::string& name)
{
    const std::string path = std::string(LUNAR_SHARED_DATA) + "/lunar/" + name;
    if (!std::filesystem::exists(path)) {
        WARN("skipped: ../shared/data/lunar/" + name + " is not present");
        return nullptr;
    }
    scene::SceneRequest request;
    request.dem_path = path;
    return scene::loadScene(request);
}

osg::ref_ptr<osg::Image> render(const scene::LoadedScene& s, const CameraPose& pose)
{
    exporting::OffscreenRenderer renderer({640, 360, 4});
    renderer.setScene(s.root.get());
    renderer.setPose(pose);
    return renderer.render();
}

} // namespace

TEST_CASE("User DEM: a site DEM far from the base opens centred on it, framed and lit", "[user-dem]")
{
    const auto s = sceneOnSharedDem("ldem_6_cut.tif");
    if (!s)
        return;
    CHECK(s->dem_fit.recentred);
    CHECK(s->dem_fit.moved_to_daylight); // 2036-05-24 is night there
    CHECK(s->scenario.facilities.empty());
    CHECK(s->facilities->getNumChildren() == 0);
    CHECK(radToDeg(s->frame->origin().lat_rad) == Approx(-83.892).margin(0.001));
    CHECK(radToDeg(s->frame->origin().lon_rad) == Approx(59.174).margin(0.001));
    s->light->update();
    CHECK(radToDeg(std::asin(s->light->current().sun_direction_enu.z)) > 4.0); // up, at its centre
    const osg::ref_ptr<osg::Image> image = render(*s, s->defaultPose());
    test::writePngForPeople(*image, "user_dem_ldem_6_cut.png");
    // The DEM fills the middle of the frame (framed, not lost), and the Sun lights it.
    int lit_centre = 0, centre = 0;
    for (int y = 120; y < 240; y += 4)
        for (int x = 200; x < 440; x += 4, ++centre)
            if (test::meanLuminance(*image, x, y, 1) > 60.0)
                ++lit_centre;
    CAPTURE(lit_centre, centre, test::meanLuminance(*image));
    CHECK(lit_centre > centre / 5);
    CHECK(test::coverage(*image) > 0.5); // terrain and the grey globe beyond its edge, not black
    CHECK_NOTHROW(s->film("orbit"));
    CHECK_THROWS_WITH(s->film("tour"), Catch::Contains("orbit"));
}

TEST_CASE("User DEM: LOLA's global LDEM_4 holds the base and shows its layout", "[user-dem]")
{
    const auto s = sceneOnSharedDem("LDEM_4.LBL");
    if (!s)
        return;
    CHECK_FALSE(s->dem_fit.recentred);
    CHECK(s->dem_fit.left_out.empty());
    CHECK(s->facilities->getNumChildren() == s->scenario.facilities.size());
    CHECK(s->scenario.facilities.size() > 10);
    s->clock->seek(UtcTime::parseIso("2036-07-01T00:00:00Z"));
    const osg::ref_ptr<osg::Image> image = render(*s, s->pose("moon"));
    test::writePngForPeople(*image, "user_dem_ldem_4_moon.png");
    CHECK(test::coverage(*image) > 0.12); // the Moon half lit
}
