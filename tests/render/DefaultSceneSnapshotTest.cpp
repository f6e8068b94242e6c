// Rendering tests: the built-in scenario rendered offscreen (Xvfb + Mesa llvmpipe in CI), the
// images checked by numbers. PNGs are kept in build/test-output/ for people to look at.
#include "DefaultScene.h"
#include "ImageStatistics.h"

#include "core/Angles.h"
#include "export/OffscreenRenderer.h"
#include "io/LunarDem.h"
#include "mission/LanderCameras.h"
#include "mission/LayoutEditor.h"
#include "scene/FacilityModels.h"
#include "scene/GlobeNode.h"
#include "scene/LanderNodes.h"
#include "scene/LoadedScene.h"
#include "scene/SkyNode.h"
#include "ui/FacilityPicker.h"

#include <osg/MatrixTransform>
#include <osg/NodeVisitor>
#include <osgUtil/IntersectionVisitor>
#include <osgUtil/LineSegmentIntersector>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <catch2/catch.hpp>

#include <osgText/Text>

#include <cstring>
#include <optional>
#include <fstream>
#include <filesystem>

using namespace lunar;
using test::defaultScene;
using test::outputPath;

namespace {


// One offscreen render of the default scene from a pose.
osg::ref_ptr<osg::Image> renderPose(const CameraPose& pose, int width, int height,
                                    const osg::Vec4& clear = osg::Vec4(0, 0, 0, 1))
{
    exporting::OffscreenRenderer renderer({width, height, 4});
    renderer.viewer().getCamera()->setClearColor(clear);
    renderer.setScene(defaultScene().root.get());
    renderer.setPose(pose);
    return renderer.render();
}

osg::Vec3d enuOf(const scene::LoadedScene& s, double lat_deg, double lon_deg)
{
    const LatLon ll{degToRad(lat_deg), degToRad(lon_deg)};
    const Vec3d p = s.frame->enuFromSelenographic({ll.lat_rad, ll.lon_rad, s.terrain.heightAt(ll)});
    return {p.x, p.y, p.z};
}

} // namespace

TEST_CASE("Snapshot: the default scene covers the view with terrain, not the clear colour",
          "[render]")
{
    const scene::LoadedScene& s = defaultScene();
    // A clear colour no lit or shadowed regolith can have, so "not clear" means "drawn".
    const osg::ref_ptr<osg::Image> image =
        renderPose(s.pose("shackleton"), 640, 360, osg::Vec4(1.0f, 0.0f, 1.0f, 1.0f));
    REQUIRE(image->s() == 640);
    REQUIRE(image->t() == 360);
    std::size_t magenta = 0;
    for (int y = 0; y < image->t(); ++y)
        for (int x = 0; x < image->s(); ++x) {
            const unsigned char* p = image->data(x, y);
            magenta += (p[0] > 250 && p[1] < 5 && p[2] > 250) ? 1 : 0;
        }
    const double drawn = 1.0 - static_cast<double>(magenta) / (640.0 * 360.0);
    CAPTURE(drawn);
    CHECK(drawn > 0.9); // looking down at Shackleton: terrain fills the frame
}

namespace {
// Brightest 3x3 window, walking radially across Shackleton along `axis` (horizontal, ENU)
// from `from_radii` to `to_radii` crater radii from its centre.
double brightestAlongAxis(const scene::LoadedScene& s, exporting::OffscreenRenderer& renderer,
                          const osg::Image& image, const osg::Vec3d& axis, double from_radii,
                          double to_radii)
{
    const osg::Vec3d centre = enuOf(s, -89.67, 129.78);
    const double radius_m = 10460.0;
    double best = 0.0;
    for (int i = 0; i <= 20; ++i) {
        const double along = from_radii + (to_radii - from_radii) * i / 20.0;
        osg::Vec3d p = centre + axis * (along * radius_m);
        const LatLonHeight ll = s.frame->selenographicFromEnu({p.x(), p.y(), p.z()});
        p = enuOf(s, radToDeg(ll.lat_rad), radToDeg(ll.lon_rad));
        const osg::Vec3d px = renderer.project(p);
        REQUIRE(px.x() > 2);
        REQUIRE(px.x() < image.s() - 3);
        REQUIRE(px.y() > 2);
        REQUIRE(px.y() < image.t() - 3);
        best = std::max(best, test::meanLuminance(image, static_cast<int>(px.x()),
                                                  static_cast<int>(px.y()), 1));
    }
    return best;
}

// Renders Shackleton at `time` (the shared scene's clock is put back afterwards).
osg::ref_ptr<osg::Image> renderShackletonAt(const UtcTime& time,
                                            exporting::OffscreenRenderer& renderer,
                                            const std::string& file)
{
    const scene::LoadedScene& s = defaultScene();
    const UtcTime before = s.clock->now();
    s.clock->seek(time);
    s.light->update();
    renderer.setScene(s.root.get());
    renderer.setPose(s.pose("shackleton"));
    osg::ref_ptr<osg::Image> image = renderer.render();
    exporting::writePng(*image, outputPath(file));
    s.clock->seek(before);
    s.light->update();
    return image;
}
} // namespace

TEST_CASE("Snapshot: at a low Sun Shackleton's Sun-facing inner wall is lit and its floor "
          "dark; half a month later the light is reversed", "[render]")
{
    const scene::LoadedScene& s = defaultScene();
    exporting::OffscreenRenderer renderer({960, 540, 4});
    const UtcTime t0 = UtcTime::parseIso("2036-05-24T00:00:00Z");
    const UtcTime t1 = t0.plusSeconds(14.765 * 86400.0); // half a synodic month

    s.clock->seek(t0);
    s.light->update();
    const Vec3d sun = s.light->current().sun_direction_enu;
    s.clock->seek(s.scenario.initial_time);
    s.light->update();
    CHECK(std::asin(sun.z) > degToRad(1.0)); // a low Sun, 1.7 deg
    CHECK(std::asin(sun.z) < degToRad(1.8));
    const osg::Vec3d toward_sun = osg::Vec3d(sun.x, sun.y, 0.0) / std::hypot(sun.x, sun.y);

    // The inner wall on the far side from the Sun faces it (its upper part, above the shadow
    // of the near rim, is lit); the inner wall on the Sun's side faces away, in shadow; the
    // floor (a permanently shadowed region) is dark.
    const osg::ref_ptr<osg::Image> first = renderShackletonAt(t0, renderer, "shackleton.png");
    const double lit = brightestAlongAxis(s, renderer, *first, toward_sun, -1.0, -0.85);
    const double dark = brightestAlongAxis(s, renderer, *first, toward_sun, 0.55, 0.9);
    const double floor = brightestAlongAxis(s, renderer, *first, toward_sun, -0.2, 0.2);
    CAPTURE(lit, dark, floor);
    CHECK(lit > 120.0);
    CHECK(dark < 15.0);
    CHECK(floor < 15.0);
    CHECK(lit > 4.0 * (dark + 1.0));

    // Half a month later the Sun stands on the other side: the walls swap.
    const osg::ref_ptr<osg::Image> second =
        renderShackletonAt(t1, renderer, "shackleton_half_month_later.png");
    const double lit_later = brightestAlongAxis(s, renderer, *second, toward_sun, 0.85, 1.0);
    const double dark_later = brightestAlongAxis(s, renderer, *second, toward_sun, -0.9, -0.55);
    const double floor_later = brightestAlongAxis(s, renderer, *second, toward_sun, -0.2, 0.2);
    CAPTURE(lit_later, dark_later, floor_later);
    CHECK(lit_later > 120.0);
    CHECK(dark_later < 15.0);
    CHECK(floor_later < 15.0);
}

TEST_CASE("Snapshot: the Earth hangs over the horizon at its ephemeris place, lit on the "
          "Sun's side, among catalogue stars", "[render]")
{
    const scene::LoadedScene& s = defaultScene();
    exporting::OffscreenRenderer renderer({960, 540, 4});
    const UtcTime before = s.clock->now();
    s.clock->seek(UtcTime::parseIso("2036-07-01T00:00:00Z")); // Earth 5 deg up, half lit
    s.light->update();
    const astro::BaseLighting light = s.light->current();
    renderer.setScene(s.root.get());
    const CameraPose pose = s.pose("earth");
    renderer.setPose(pose);
    const osg::ref_ptr<osg::Image> image = renderer.render();
    exporting::writePng(*image, outputPath("earth.png"));
    s.clock->seek(before);
    s.light->update();

    // The Earth's centre on screen, and one apparent radius toward / away from the Sun.
    const auto onScreen = [&](const Vec3d& direction) {
        const Vec3d p = pose.eye_enu + direction.normalized() * 1.0e5;
        return renderer.project({p.x, p.y, p.z});
    };
    const Vec3d earth = light.earth_direction_enu;
    const Vec3d to_sun = (light.sun_direction_enu - earth * dot(light.sun_direction_enu, earth))
                             .normalized();
    const double r = std::tan(degToRad(light.earth_radius_deg));
    const osg::Vec3d centre = onScreen(earth);
    const osg::Vec3d sunward = onScreen(earth + to_sun * r) - centre; // one radius on screen
    const double radius_px = sunward.length();
    REQUIRE(radius_px > 10.0); // ~1.9 deg in a 30 deg field: ~17 px
    // Brightest pixel of each half of the disc (inner 85 %), split by the terminator.
    double day = 0.0, night = 0.0;
    for (int y = static_cast<int>(centre.y() - radius_px); y <= centre.y() + radius_px; ++y)
        for (int x = static_cast<int>(centre.x() - radius_px); x <= centre.x() + radius_px; ++x) {
            const osg::Vec3d d(x - centre.x(), y - centre.y(), 0.0);
            if (d.length() > 0.85 * radius_px)
                continue;
            const double along = d * sunward / (radius_px * radius_px);
            const double l = test::meanLuminance(*image, x, y, 0);
            if (along > 0.15)
                day = std::max(day, l);
            else if (along < -0.15)
                night = std::max(night, l);
        }
    const osg::Vec3d beside = onScreen(earth + cross(to_sun, earth).normalized() * (2.0 * r));
    const double sky = test::meanLuminance(*image, static_cast<int>(beside.x()),
                                           static_cast<int>(beside.y()), 1);
    CAPTURE(centre.x(), centre.y(), radius_px, day, night, sky);
    CHECK(radius_px == Approx(540.0 / 2.0 / std::tan(degToRad(15.0)) * r).epsilon(0.03));
    CHECK(day > 60.0);  // the sunlit half: clouds and land
    CHECK(night < 5.0); // the night half
    CHECK(sky < 10.0);  // the sky around it
    // Stars: the catalogue's, above the horizon in the upper part of the frame.
    REQUIRE(scene::skyStarCount(*s.root->getChild(1)) > 9000); // children: shadowed, sky, ...
    std::size_t star_pixels = 0;
    for (int y = image->t() - 120; y < image->t(); ++y)
        for (int x = 0; x < image->s(); ++x)
            star_pixels += test::meanLuminance(*image, x, y, 0) > 3.0 ? 1 : 0;
    CAPTURE(star_pixels);
    CHECK(star_pixels > 20);
}

TEST_CASE("Snapshot: a solar array casts its long shadow on the ground behind it", "[render]")
{
    // Power array A: 40 m long, 14 m tall, heading 45 deg; the Sun at azimuth 315, 1.7 deg
    // up: a shadow ~40 m wide reaching ~470 m toward azimuth 135.
    const scene::LoadedScene& s = defaultScene();
    const auto array = std::find_if(s.scenario.facilities.begin(), s.scenario.facilities.end(),
                                    [](const Facility& f) { return f.id == "power-array-a"; });
    REQUIRE(array != s.scenario.facilities.end());
    const osg::Vec3d base = enuOf(s, array->lat_deg, array->lon_deg);
    const Vec3d sun = s.light->current().sun_direction_enu;
    const osg::Vec3d away = -osg::Vec3d(sun.x, sun.y, 0.0) / std::hypot(sun.x, sun.y);
    const osg::Vec3d side(-away.y(), away.x(), 0.0);
    CameraPose pose;
    pose.eye_enu = {base.x() + away.x() * 200.0, base.y() + away.y() * 200.0, base.z() + 900.0};
    pose.target_enu = {base.x() + away.x() * 200.0, base.y() + away.y() * 200.0, base.z()};
    pose.up_enu = {away.x(), away.y(), 0.0};
    pose.fov_y_deg = 50.0;
    exporting::OffscreenRenderer renderer({800, 800, 4});
    renderer.setScene(s.root.get());
    renderer.setPose(pose);
    const osg::ref_ptr<osg::Image> image = renderer.render();
    exporting::writePng(*image, outputPath("array_shadow.png"));
    const auto groundLuminance = [&](double along_m, double aside_m) {
        const osg::Vec3d p = base + away * along_m + side * aside_m;
        const LatLonHeight ll = s.frame->selenographicFromEnu({p.x(), p.y(), p.z()});
        const osg::Vec3d px = renderer.project(enuOf(s, radToDeg(ll.lat_rad), radToDeg(ll.lon_rad)));
        return test::meanLuminance(*image, static_cast<int>(px.x()), static_cast<int>(px.y()), 1);
    };
    double in_shadow = 0.0, beside = 0.0;
    for (double along : {80.0, 160.0, 240.0, 320.0}) {
        in_shadow += groundLuminance(along, 0.0) / 4.0;
        beside += 0.5 * (groundLuminance(along, 70.0) + groundLuminance(along, -70.0)) / 4.0;
    }
    CAPTURE(in_shadow, beside);
    CHECK(beside > 30.0);
    CHECK(in_shadow < 0.3 * beside);
}

namespace {
// World (ENU) matrix of the first node named `name` under `root` and of its "tracking" child.
struct Found {
    osg::Matrixd placement;
    osg::Matrixd tracking;
    bool ok = false;
};
Found findTracking(osg::Node* root, const std::string& name)
{
    class Finder : public osg::NodeVisitor {
    public:
        explicit Finder(std::string n) : osg::NodeVisitor(TRAVERSE_ALL_CHILDREN), name_(std::move(n)) {}
        void apply(osg::MatrixTransform& t) override
        {
            if (t.getName() == name_ && !found.ok) {
                found.placement = t.getMatrix();
                for (unsigned i = 0; i < t.getNumChildren(); ++i)
                    if (auto* group = t.getChild(i)->asGroup())
                        for (unsigned j = 0; j < group->getNumChildren(); ++j)
                            if (auto* m = dynamic_cast<osg::MatrixTransform*>(group->getChild(j)))
                                if (m->getName() == scene::kTrackingNodeName) {
                                    found.tracking = m->getMatrix();
                                    found.ok = true;
                                }
            }
            traverse(t);
        }
        Found found;

    private:
        std::string name_;
    };
    Finder finder(name);
    root->accept(finder);
    return finder.found;
}
} // namespace

TEST_CASE("Models: solar arrays turn their cells to the Sun and the dish points at the Earth",
          "[render]")
{
    const scene::LoadedScene& s = defaultScene();
    const UtcTime before = s.clock->now();
    for (const char* time : {"2036-05-24T00:00:00Z", "2036-06-02T00:00:00Z"}) {
        CAPTURE(time);
        s.clock->seek(UtcTime::parseIso(time));
        renderPose(s.pose("core"), 320, 180); // runs the update traversal at that time
        const astro::BaseLighting light = s.light->current();
        // The array's cells face its local +y after the tracking turn.
        const Found array = findTracking(s.root.get(), "power-array-a");
        REQUIRE(array.ok);
        const osg::Vec3d cells = osg::Matrixd::transform3x3(
            osg::Matrixd::transform3x3(osg::Vec3d(0, 1, 0), array.tracking), array.placement);
        const Vec3d sun = light.sun_direction_enu;
        const osg::Vec3d sun_h = osg::Vec3d(sun.x, sun.y, 0.0) / std::hypot(sun.x, sun.y);
        const osg::Vec3d cells_h = osg::Vec3d(cells.x(), cells.y(), 0.0) /
                                   std::hypot(cells.x(), cells.y());
        CHECK(cells_h * sun_h > std::cos(degToRad(2.0)));
        // The dish's axis (its local +y after azimuth and elevation) on the Earth.
        const Found dish = findTracking(s.root.get(), "earth-dish");
        REQUIRE(dish.ok);
        osg::Vec3d axis = osg::Matrixd::transform3x3(
            osg::Matrixd::transform3x3(osg::Vec3d(0, 1, 0), dish.tracking), dish.placement);
        axis.normalize();
        const Vec3d e = light.earth_direction_enu;
        CHECK(axis * osg::Vec3d(e.x, e.y, e.z) > std::cos(degToRad(1.0)));
    }
    s.clock->seek(before);
    s.light->update();
}

TEST_CASE("Layout editing: a click on a habitat picks it; moved 100 m it is redrawn there, "
          "and undo brings it back", "[render][layout]")
{
    scene::LoadedScene& s = const_cast<scene::LoadedScene&>(defaultScene());
    LayoutEditor editor(s.scenario);
    // A ray straight down through the habitat picks it.
    const Facility* habitat = nullptr;
    for (const Facility& f : s.scenario.facilities)
        if (f.id == "habitat-1")
            habitat = &f;
    REQUIRE(habitat);
    const osg::Vec3d top = enuOf(s, habitat->lat_deg, habitat->lon_deg);
    osg::ref_ptr<osgUtil::LineSegmentIntersector> ray = new osgUtil::LineSegmentIntersector(
        top + osg::Vec3d(0, 0, 200), top - osg::Vec3d(0, 0, 50));
    osgUtil::IntersectionVisitor visitor(ray.get());
    s.facilities->accept(visitor);
    REQUIRE(ui::selectFacilityHit(ray->getIntersections(), editor));
    CHECK(editor.selected()->id == "habitat-1");

    const auto placement = [&] {
        for (unsigned i = 0; i < s.facilities->getNumChildren(); ++i)
            if (s.facilities->getChild(i)->getName() == "habitat-1")
                return static_cast<osg::MatrixTransform*>(s.facilities->getChild(i))
                    ->getMatrix()
                    .getTrans();
        return osg::Vec3d();
    };
    const osg::Vec3d before = placement();
    editor.moveBy(100.0, 0.0);
    s.rebuildFacility(editor.lastChanged());
    const osg::Vec3d after = placement();
    CHECK((after - before).x() == Approx(100.0).margin(1.0));
    CHECK(std::fabs((after - before).y()) < 1.0);
    CHECK(editor.undo());
    s.rebuildFacility(editor.lastChanged());
    CHECK((placement() - before).length() < 1e-6);
}

TEST_CASE("Timeline: a facility is drawn only from its arrival date, and again after "
          "scrubbing back and forth, and only while its phase is shown", "[render][layout]")
{
    const scene::LoadedScene& s = defaultScene();
    const UtcTime before = s.clock->now();
    const auto habitatShown = [&](const char* time) {
        s.clock->seek(UtcTime::parseIso(time));
        renderPose(s.pose("core"), 160, 90); // an update traversal at that time
        for (unsigned i = 0; i < s.facilities->getNumChildren(); ++i)
            if (s.facilities->getChild(i)->getName() == "habitat-1") // arrives 2036-03-01
                return s.facilities->getChild(i)->asGroup()->getChild(0)->getNodeMask() != 0u;
        FAIL("no habitat-1 node");
        return false;
    };
    CHECK(habitatShown("2037-01-01T00:00:00Z"));
    CHECK_FALSE(habitatShown("2036-02-28T00:00:00Z"));
    CHECK(habitatShown("2036-03-01T00:00:00Z"));
    CHECK_FALSE(habitatShown("2030-01-01T00:00:00Z"));
    CHECK(habitatShown("2040-01-01T00:00:00Z"));
    // Its phase switched off in the layers, it is not drawn; back on, it is.
    s.layers->showPhase("utilization", false);
    CHECK_FALSE(habitatShown("2040-01-01T00:00:00Z"));
    s.layers->showPhase("utilization", true);
    CHECK(habitatShown("2040-01-01T00:00:00Z"));
    s.clock->seek(before);
    s.light->update();
}

TEST_CASE("Models: a facility may be drawn from a model file; a missing one is named",
          "[layout]")
{
    const std::string dir = outputPath("");
    {
        std::ofstream obj(dir + "/tetra.obj");
        obj << "v 0 0 0\nv 4 0 0\nv 0 4 0\nv 0 0 4\nf 1 3 2\nf 1 2 4\nf 1 4 3\nf 2 3 4\n";
    }
    Facility f;
    f.id = "custom";
    f.category = "science";
    f.model_file = "tetra.obj";
    scene::FacilityModelContext context;
    context.scenario_dir = dir;
    context.scenario_file = dir + "/site.json";
    const osg::ref_ptr<osg::Node> model = scene::buildFacilityModel(f, context);
    REQUIRE(model);
    CHECK(model->getBound().radius() == Approx(std::sqrt(3.0) * 2.0).epsilon(0.3));
    f.model_file = "missing.obj";
    CHECK_THROWS_WITH(scene::buildFacilityModel(f, context),
                      Catch::Contains("facility custom: model_file") &&
                          Catch::Contains("missing.obj cannot be read"));
}

TEST_CASE("Landers: the scene's ILRS-1 node stands where its flight is at the hover time "
          "(the flight itself: tests/site/LanderFlightTest.cpp)", "[render][descent]")
{
    const scene::LoadedScene& s = defaultScene();
    const LanderFlight& ilrs1 = s.landerFlight("ilrs-1");
    const UtcTime hovering = ilrs1.phaseStart(DescentPhase::Hover).plusSeconds(5.0);

    // The scene's lander node follows: after an update at the hover time it is there.
    const UtcTime was = s.clock->now();
    s.clock->seek(hovering);
    renderPose(s.pose("core"), 160, 90);
    osg::Node* node = nullptr;
    for (unsigned k = 0; k < s.landers->getNumChildren(); ++k)
        if (s.landers->getChild(k)->getName() == "ilrs-1")
            node = s.landers->getChild(k);
    REQUIRE(node);
    const LanderPose hover = landerPoseAt(ilrs1, *s.frame, hovering);
    const osg::Vec3d at = static_cast<osg::MatrixTransform*>(node)->getMatrix().getTrans();
    CHECK((Vec3d{at.x(), at.y(), at.z()} - hover.position_enu).length() < 0.01);
    s.clock->seek(was);
    s.light->update();
}

TEST_CASE("Lander cameras: the ground observer and the chase camera keep a hovering lander "
          "in the middle of the picture", "[render][descent]")
{
    const scene::LoadedScene& s = defaultScene();
    const LanderFlight& flight = s.landerFlight("ilrs-1");
    const UtcTime hovering = flight.phaseStart(DescentPhase::Hover).plusSeconds(5.0);
    const LanderPose pose = landerPoseAt(flight, *s.frame, hovering);
    for (const auto mode : {LanderCameraMode::Ground, LanderCameraMode::Chase,
                            LanderCameraMode::Follow}) {
        const CameraPose camera =
            landerCameraPose(flight, *s.frame, s.terrain, hovering, mode);
        exporting::OffscreenRenderer renderer({320, 180, 0});
        renderer.setScene(s.root.get());
        renderer.setPose(camera);
        const Vec3d middle = pose.position_enu + pose.axis_enu * 2.0;
        const osg::Vec3d px = renderer.project({middle.x, middle.y, middle.z});
        CAPTURE(static_cast<int>(mode), px.x(), px.y());
        CHECK(px.x() == Approx(160.0).margin(3.0));
        CHECK(px.y() == Approx(90.0).margin(3.0));
        CHECK((camera.eye_enu - pose.position_enu).length() > 30.0); // not inside it
    }
    CHECK_THROWS_WITH(s.landerFlight("change-6"), Catch::Contains("no mission \"change-6\""));
}

TEST_CASE("Globe: from 3,000 km the whole Moon is drawn with its albedo map, lit on the "
          "Sun's side", "[render][globe]")
{
    const scene::LoadedScene& s = defaultScene();
    const UtcTime was = s.clock->now();
    s.clock->seek(UtcTime::parseIso("2036-07-01T00:00:00Z"));
    const osg::ref_ptr<osg::Image> image = renderPose(s.pose("moon"), 640, 360);
    exporting::writePng(*image, outputPath("moon.png"));
    // The lower left of the disc, clear of the site labels (rows counted from the bottom).
    const test::WindowTexture disc = test::windowTexture(*image, 180, 10, 330, 140);
    CAPTURE(disc.lit_share, disc.mean_luminance, disc.neighbour_step);
    CHECK(disc.lit_share > 0.6); // the sunlit side fills it, with or without the map
    if (!scene::albedoMapInUse(scene::GlobeOptions{}.albedo_map).empty())
        CHECK(disc.neighbour_step > 2.0); // maria and craters: the map, not a smooth grey ball
    else
        WARN("albedo map absent (Debian's stellarium-data, optional): its detail is not "
             "checked here; the plain globe has its own test");
    s.clock->seek(was);
    s.light->update();
}

namespace {
// The first MatrixTransform named `name` under `root` (null if none).
osg::MatrixTransform* findTransform(osg::Node* root, const std::string& name)
{
    class Find : public osg::NodeVisitor {
    public:
        explicit Find(std::string n) : osg::NodeVisitor(TRAVERSE_ALL_CHILDREN), name_(std::move(n)) {}
        void apply(osg::MatrixTransform& m) override
        {
            if (!found && m.getName() == name_)
                found = &m;
            traverse(m);
        }
        osg::MatrixTransform* found = nullptr;

    private:
        std::string name_;
    } find(name);
    root->accept(find);
    return find.found;
}
} // namespace

TEST_CASE("Globe: Chang'e-6 flies its descent onto its real site as a marker", "[render][globe]")
{
    const scene::LoadedScene& s = defaultScene();
    const auto elsewhere = planLanderFlights(s.scenario, s.terrain, false);
    const auto ce6 = std::find_if(elsewhere.begin(), elsewhere.end(),
                                  [](const auto& f) { return f.mission_id == "change-6"; });
    REQUIRE(ce6 != elsewhere.end());
    const UtcTime was = s.clock->now();
    const auto markerAt = [&](const UtcTime& t) -> std::optional<osg::Vec3d> {
        s.clock->seek(t);
        renderPose(s.pose("moon"), 64, 36);
        osg::MatrixTransform* marker = findTransform(s.root.get(), "change-6 lander");
        REQUIRE(marker);
        if (marker->getChild(0)->getNodeMask() == 0u)
            return std::nullopt;
        return marker->getMatrix().getTrans();
    };
    const UtcTime landing = UtcTime::parseIso("2024-06-01T22:23:00Z");
    CHECK_FALSE(markerAt(landing.plusSeconds(-3600.0)));  // before its descent
    const auto braking = markerAt(landing.plusSeconds(-300.0));
    REQUIRE(braking);
    const LanderPose pose = landerPoseAt(*ce6, *s.frame, landing.plusSeconds(-300.0));
    CHECK((*braking - osg::Vec3d(pose.position_enu.x, pose.position_enu.y, pose.position_enu.z))
              .length() < 1.0);
    const auto landed = markerAt(landing.plusSeconds(60.0));
    REQUIRE(landed);
    const Vec3d site = s.frame->enuFromSelenographic(ce6->site);
    CHECK((*landed - osg::Vec3d(site.x, site.y, site.z)).length() < 2.0);
    CHECK_FALSE(markerAt(landing.plusSeconds(3 * 86400.0))); // the site label stays, not it
    s.clock->seek(was);
    s.light->update();
}

TEST_CASE("Globe: Queqiao-2 flies its orbit with the scenario time", "[render][globe][relay]")
{
    const scene::LoadedScene& s = defaultScene();
    REQUIRE(s.scenario.relays.size() == 1);
    const RelayOrbit& q = s.scenario.relays.front();
    CHECK(q.id == "queqiao-2");
    const UtcTime was = s.clock->now();
    for (const char* time : {"2030-01-01T00:00:00Z", "2030-01-01T06:00:00Z"}) {
        s.clock->seek(UtcTime::parseIso(time));
        renderPose(s.pose("moon"), 64, 36);
        osg::MatrixTransform* satellite = findTransform(s.root.get(), "queqiao-2 satellite");
        REQUIRE(satellite);
        const Vec3d expected = s.frame->toEnu(q.positionMoonFixed(UtcTime::parseIso(time)));
        const osg::Vec3d at = satellite->getMatrix().getTrans();
        CHECK((Vec3d{at.x(), at.y(), at.z()} - expected).length() < 1.0);
    }
    s.clock->seek(was);
    s.light->update();
}

TEST_CASE("Snapshot: the base view shows lit terrain with long shadows", "[render]")
{
    const scene::LoadedScene& s = defaultScene();
    const osg::ref_ptr<osg::Image> image = renderPose(s.pose("base"), 960, 540);
    exporting::writePng(*image, outputPath("base.png"));
    const double mean = test::meanLuminance(*image);
    CAPTURE(mean);
    CHECK(mean > 8.0);   // not black: the Sun lights slopes
    CHECK(mean < 200.0); // not blown out
    // Both light and shadow are present: a low Sun.
    std::size_t bright = 0, black = 0;
    for (int y = 0; y < image->t(); ++y)
        for (int x = 0; x < image->s(); ++x) {
            const double l = test::meanLuminance(*image, x, y, 0);
            bright += l > 100.0 ? 1 : 0;
            black += l < 5.0 ? 1 : 0;
        }
    CHECK(bright > 1000);
    CHECK(black > 1000);
}

TEST_CASE("Labels: a 4K frame draws them twice as tall in pixels as a 1080p one, so a film "
          "reads the same at both sizes", "[render][labels]")
{
    scene::LoadedScene& s = defaultScene();
    const auto labelHeight_px = [&](int width, int height) {
        exporting::OffscreenRenderer renderer({width, height, 0});
        renderer.setScene(s.root.get());
        renderer.setPose(s.pose("core"));
        renderer.render();
        // Every label gets the size of the viewport it was last culled for.
        auto* geode = s.labels->getChild(0)->asGeode();
        return static_cast<const osgText::Text*>(geode->getDrawable(0))->getCharacterHeight();
    };
    CHECK(labelHeight_px(1280, 720) == Approx(15.0f));
    CHECK(labelHeight_px(1920, 1080) == Approx(15.0f));
    CHECK(labelHeight_px(3840, 2160) == Approx(30.0f));
    CHECK(labelHeight_px(960, 540) == Approx(15.0f)); // and back: never smaller than at 1080
}

TEST_CASE("Snapshot: any size renders at exactly that size", "[render]")
{
    const scene::LoadedScene& s = defaultScene();
    const auto [w, h] = GENERATE(table<int, int>({{320, 200}, {1280, 720}, {1001, 333}}));
    const osg::ref_ptr<osg::Image> image = renderPose(s.defaultPose(), w, h);
    CHECK(image->s() == w);
    CHECK(image->t() == h);
}

namespace {
// Levels of the terrain tiles currently loaded in a scene graph.
class LoadedTiles : public osg::NodeVisitor {
public:
    LoadedTiles() : osg::NodeVisitor(TRAVERSE_ALL_CHILDREN) {}
    void apply(osg::Group& group) override
    {
        int level = 0, x = 0, y = 0;
        if (std::sscanf(group.getName().c_str(), "tile %d/%d/%d", &level, &x, &y) == 3)
            keys.push_back({level, x, y});
        traverse(group);
    }
    std::vector<TileKey> keys;
};
} // namespace

TEST_CASE("Terrain LOD: full-resolution tiles are paged in under the base, coarse ones afar",
          "[render][lod]")
{
    const scene::LoadedScene& s = defaultScene();
    renderPose(s.pose("base"), 960, 540); // tiles stay in the scene graph afterwards
    LoadedTiles tiles;
    s.root->accept(tiles);
    const TilePyramid& pyramid = s.paged_terrain->pyramid;
    int finest = 0, coarsest = pyramid.maxLevel();
    for (const TileKey& k : tiles.keys) {
        finest = std::max(finest, k.level);
        coarsest = std::min(coarsest, k.level);
    }
    CAPTURE(tiles.keys.size(), finest, coarsest);
    CHECK(finest == pyramid.maxLevel()); // the DEM's own 20 m pixels near the camera
    CHECK(coarsest == 0);                // the root is always there
    // The finest tiles are those under the base: the tile holding the origin is loaded.
    double col = 0.0, row = 0.0;
    const LatLon origin{degToRad(s.scenario.origin_lat_deg), degToRad(s.scenario.origin_lon_deg)};
    const GeoTransform g = io::LunarDem::open(s.dem_path).geoTransform();
    g.pixelFromMap(s.paged_terrain->projection->toMap(origin), col, row);
    const double span = pyramid.tileQuads() * pyramid.stepPx(pyramid.maxLevel());
    const TileKey under{pyramid.maxLevel(), static_cast<int>((col - 0.5) / span),
                        static_cast<int>((row - 0.5) / span)};
    CHECK(std::find(tiles.keys.begin(), tiles.keys.end(), under) != tiles.keys.end());
    // Memory stays bounded: a small fraction of all finest tiles is loaded.
    const double all_finest = std::pow(pyramid.tilesPerSide(pyramid.maxLevel()), 2);
    CHECK(static_cast<double>(tiles.keys.size()) < 0.1 * all_finest);
}

TEST_CASE("Vertical exaggeration raises the terrain above its horizon", "[render][exaggeration]")
{
    scene::LoadedScene& s = const_cast<scene::LoadedScene&>(defaultScene());
    const osg::Vec4 magenta(1.0f, 0.0f, 1.0f, 1.0f);
    auto drawnFraction = [&](double factor) {
        s.setVerticalExaggeration(factor);
        const osg::ref_ptr<osg::Image> image = renderPose(s.pose("region"), 640, 360, magenta);
        std::size_t drawn = 0;
        for (int y = 0; y < image->t(); ++y)
            for (int x = 0; x < image->s(); ++x) {
                const unsigned char* p = image->data(x, y);
                drawn += (p[0] > 250 && p[1] < 5 && p[2] > 250) ? 0 : 1;
            }
        return static_cast<double>(drawn) / (640.0 * 360.0);
    };
    const double flat = drawnFraction(1.0);
    const double tall = drawnFraction(3.0);
    s.setVerticalExaggeration(1.0); // the scene is shared by the other tests
    CAPTURE(flat, tall);
    CHECK(tall > flat + 0.02);
    CHECK_THROWS_WITH(s.setVerticalExaggeration(0.5), Catch::Contains("outside 1..10"));
}

TEST_CASE("Precision: a full-resolution tile 50 km from the origin keeps millimetres",
          "[render][precision]")
{
    // Float vertices relative to each tile's double-precision centre: what a camera 2 m
    // above the ground there sees has no jitter. Rebuild a tile near the DEM's edge and check
    // its vertices against the DEM computed in double precision.
    const scene::LoadedScene& s = defaultScene();
    const scene::PagedTerrainSource& source = *s.paged_terrain;
    const TileKey key{source.pyramid.maxLevel(), 66, 23}; // around map (35 km, 20 km)
    const osg::ref_ptr<osg::Node> tile = scene::buildTerrainTile(source, key);
    REQUIRE(tile);
    const auto* group = tile->asGroup();
    REQUIRE(group);
    const auto* transform = dynamic_cast<const osg::MatrixTransform*>(group->getChild(0));
    REQUIRE(transform);
    const auto* geode = transform->getChild(0)->asGeode();
    const auto* vertices =
        dynamic_cast<const osg::Vec3Array*>(geode->getDrawable(0)->asGeometry()->getVertexArray());
    REQUIRE(vertices);
    const osg::Vec3d centre = transform->getMatrix().getTrans();

    const io::LunarDem dem = io::LunarDem::open(s.dem_path);
    const TileWindow w = source.pyramid.window(key);
    double worst_m = 0.0, distance_m = 0.0;
    for (const auto& [i, j] : {std::pair{0, 0}, std::pair{64, 0}, std::pair{17, 40}, std::pair{64, 64}}) {
        const int col = static_cast<int>(w.col0) + i, row = static_cast<int>(w.row0) + j;
        const float h = dem.readHeights(col, row, 1, 1, 1, 1).at(0, 0);
        const LatLon ll = dem.projection()->toLatLon(dem.geoTransform().mapFromPixel(col + 0.5, row + 0.5));
        const Vec3d expected = s.frame->enuFromSelenographic({ll.lat_rad, ll.lon_rad, h});
        const osg::Vec3d drawn = centre + osg::Vec3d((*vertices)[static_cast<std::size_t>(j * 65 + i)]);
        worst_m = std::max(worst_m, (drawn - osg::Vec3d(expected.x, expected.y, expected.z)).length());
        distance_m = std::max(distance_m, std::hypot(expected.x, expected.y));
    }
    CAPTURE(worst_m, distance_m);
    CHECK(distance_m > 45000.0);
    CHECK(worst_m < 0.001);
}
