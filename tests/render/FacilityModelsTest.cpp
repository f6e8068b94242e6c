// The facility models as drawn in the default scene: landing pad 1 meets the terrain all
// round with no floating edge, the base keeps to its triangle budget, and every label hangs
// above the model it names on screen. Close views of each kind of model are written to
// build/test-output/ for people to look at.
#include "DefaultScene.h"
#include "ImageStatistics.h"

#include "core/Angles.h"
#include "core/LabelDeclutter.h"
#include "export/OffscreenRenderer.h"
#include "scene/FacilityLabels.h"
#include "scene/FacilityModels.h"
#include "scene/FacilityNodes.h"
#include "scene/MeshParts.h"

#include <osg/Geode>
#include <osg/Geometry>
#include <osg/MatrixTransform>
#include <osg/NodeVisitor>
#include <osgText/Text>

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>

using namespace lunar;
using test::defaultScene;
using test::outputPath;

namespace {

osg::MatrixTransform* facilityNode(const scene::LoadedScene& s, const std::string& id)
{
    for (unsigned i = 0; i < s.facilities->getNumChildren(); ++i)
        if (s.facilities->getChild(i)->getName() == id)
            return dynamic_cast<osg::MatrixTransform*>(s.facilities->getChild(i));
    return nullptr;
}

osg::Node* findNamed(osg::Node* root, const std::string& name)
{
    if (root->getName() == name)
        return root;
    if (osg::Group* g = root->asGroup())
        for (unsigned i = 0; i < g->getNumChildren(); ++i)
            if (osg::Node* found = findNamed(g->getChild(i), name))
                return found;
    return nullptr;
}

// Every drawable's bounding box under a node, in world (ENU) coordinates: 8 corners each.
class WorldCorners : public osg::NodeVisitor {
public:
    WorldCorners() : osg::NodeVisitor(TRAVERSE_ACTIVE_CHILDREN) {}
    void apply(osg::Drawable& d) override
    {
        const osg::Matrixd to_world = osg::computeLocalToWorld(getNodePath());
        const osg::BoundingBox& b = d.getBoundingBox();
        for (unsigned i = 0; i < 8; ++i)
            corners.push_back(osg::Vec3d(b.corner(i)) * to_world);
    }
    std::vector<osg::Vec3d> corners;
};

} // namespace

TEST_CASE("Models: landing pad 1's apron runs from the pad's rim to the terrain all round, "
          "with no floating edge", "[render][models][pad]")
{
    const scene::LoadedScene& s = defaultScene();
    osg::MatrixTransform* pad = facilityNode(s, "landing-pad-1");
    REQUIRE(pad);
    auto* apron = dynamic_cast<osg::Geode*>(findNamed(pad, scene::kPadApronName));
    auto* surface = findNamed(pad, scene::kPadSurfaceName);
    REQUIRE(apron);
    REQUIRE(surface);
    const auto* vertices =
        dynamic_cast<const osg::Vec3Array*>(apron->getDrawable(0)->asGeometry()->getVertexArray());
    REQUIRE(vertices);
    // The paved surface's height in the pad's frame, from its drawn geometry.
    WorldCorners paved;
    surface->accept(paved);
    REQUIRE_FALSE(paved.corners.empty());
    const double top_z = paved.corners.front().z(); // the visitor started below the placement
    // Rings of equal size: the first on the pad's rim, the last on the ground.
    const std::size_t ring = 72;
    REQUIRE(vertices->size() % ring == 0);
    double worst_ground = 0.0, worst_rim = 0.0, lowest_rim_above_ground = 1e9;
    for (std::size_t k = 0; k < ring; ++k) {
        const osg::Vec3d inner = osg::Vec3d((*vertices)[k]);
        const osg::Vec3d outer = osg::Vec3d((*vertices)[vertices->size() - ring + k]) * pad->getMatrix();
        const LatLonHeight o = s.frame->selenographicFromEnu({outer.x(), outer.y(), outer.z()});
        worst_ground = std::max(worst_ground, std::fabs(o.height_m - s.terrain.heightAt({o.lat_rad, o.lon_rad})));
        worst_rim = std::max(worst_rim, std::fabs(inner.z() - top_z));
        const osg::Vec3d rim = inner * pad->getMatrix();
        const LatLonHeight r = s.frame->selenographicFromEnu({rim.x(), rim.y(), rim.z()});
        lowest_rim_above_ground = std::min(lowest_rim_above_ground,
                                           r.height_m - s.terrain.heightAt({r.lat_rad, r.lon_rad}));
    }
    CAPTURE(worst_ground, worst_rim, lowest_rim_above_ground, top_z);
    std::printf("landing-pad-1: pad %.2f m above its base; apron outer edge within %.4f m of the "
                "terrain, inner edge within %.6f m of the pad\n", top_z, worst_ground, worst_rim);
    CHECK(worst_ground < 0.02);          // every outer vertex on the terrain
    CHECK(worst_rim < 1e-3);             // every inner vertex on the pad's surface
    CHECK(lowest_rim_above_ground > 0.0); // the terrain never rises through the rim
}

TEST_CASE("Models: the base and its landers draw under 150,000 triangles", "[render][models]")
{
    const scene::LoadedScene& s = defaultScene();
    unsigned total = 0;
    for (unsigned i = 0; i < s.facilities->getNumChildren(); ++i) {
        const unsigned n = scene::triangleCount(*s.facilities->getChild(i));
        const osg::BoundingBox* box = scene::facilityModelBox(*s.facilities->getChild(i));
        std::printf("triangles: %-20s %6u  box %.1f x %.1f x %.1f m (z %.1f..%.1f)\n",
                    s.facilities->getChild(i)->getName().c_str(), n, box ? box->xMax() - box->xMin() : 0.0f,
                    box ? box->yMax() - box->yMin() : 0.0f, box ? box->zMax() - box->zMin() : 0.0f,
                    box ? box->zMin() : 0.0f, box ? box->zMax() : 0.0f);
        CHECK(n > 100); // a model, not a placeholder block
        total += n;
    }
    const unsigned landers = scene::triangleCount(*s.landers);
    std::printf("triangles: facilities %u, landers %u (%u each)\n", total, landers,
                s.landers->getNumChildren() ? landers / s.landers->getNumChildren() : 0u);
    CHECK(total + landers < 150000);
}

TEST_CASE("Labels: on screen each label hangs above the box of the model it names and "
          "covers none of it", "[render][labels]")
{
    const scene::LoadedScene& s = defaultScene();
    const char* camera = GENERATE("base", "core");
    CAPTURE(camera);
    constexpr int kWidth = 960, kHeight = 540;
    exporting::OffscreenRenderer renderer({kWidth, kHeight, 4});
    renderer.setScene(s.root.get());
    renderer.setPose(s.pose(camera));
    s.layers->labels = false;
    const osg::ref_ptr<osg::Image> bare = renderer.render();
    s.layers->labels = true;
    const osg::ref_ptr<osg::Image> labelled = renderer.render();
    exporting::writePng(*labelled, outputPath(std::string("labels_") + camera + ".png"));
    std::vector<ScreenLabel> labels;
    std::vector<ScreenBox> models;
    for (unsigned i = 0; i < s.facilities->getNumChildren(); ++i) {
        osg::Node* node = s.facilities->getChild(i);
        auto* text = dynamic_cast<osgText::Text*>(s.labels->getChild(i)->asGeode()->getDrawable(0));
        REQUIRE(text);
        WorldCorners corners;
        node->accept(corners); // only what is shown: facilities not yet arrived have none
        ScreenBox box{1e30, 1e30, -1e30, -1e30};
        bool in_view = !corners.corners.empty();
        for (const osg::Vec3d& c : corners.corners) {
            const osg::Vec3d px = renderer.project(c);
            in_view = in_view && px.z() > 0.0 && px.z() < 1.0;
            box = {std::min(box.x_min_px, px.x()), std::min(box.y_min_px, px.y()),
                   std::max(box.x_max_px, px.x()), std::max(box.y_max_px, px.y())};
        }
        const bool on_screen = box.x_max_px > 0 && box.x_min_px < kWidth && box.y_max_px > 0 &&
                               box.y_min_px < kHeight;
        if (!in_view || !on_screen)
            continue;
        const osg::Vec3d anchor = renderer.project(osg::Vec3d(text->getPosition()));
        ScreenLabel l;
        l.x_px = anchor.x();
        l.y_px = anchor.y();
        l.width_px = 0.5 * 15.0 * static_cast<double>(text->getText().size());
        l.height_px = 15.0;
        CAPTURE(node->getName(), box.x_min_px, box.y_min_px, box.x_max_px, box.y_max_px, l.x_px, l.y_px);
        CHECK_FALSE(labelCoversBox(l, box));
        CHECK(l.y_px >= box.y_max_px); // above the top, not beside it
        labels.push_back(l);
        models.push_back(box);
    }
    CHECK(labels.size() >= 5);
    // In the pixels: no label's letters inside the box of its own model.
    for (std::size_t i = 0; i < labels.size(); ++i) {
        int letters = 0;
        const ScreenBox& b = models[i];
        for (int y = std::max(0, static_cast<int>(b.y_min_px)); y < std::min(kHeight, static_cast<int>(b.y_max_px)); ++y)
            for (int x = std::max(0, static_cast<int>(b.x_min_px)); x < std::min(kWidth, static_cast<int>(b.x_max_px)); ++x) {
                bool other_label = false; // another label may pass in front of this model
                for (std::size_t j = 0; j < labels.size(); ++j)
                    other_label = other_label ||
                                  (j != i && std::fabs(x - labels[j].x_px) < 0.5 * labels[j].width_px + 4 &&
                                   y > labels[j].y_px - 4 && y < labels[j].y_px + labels[j].height_px + 4);
                if (!other_label && std::fabs(test::meanLuminance(*labelled, x, y, 0) -
                                              test::meanLuminance(*bare, x, y, 0)) > 40.0)
                    ++letters;
            }
        CAPTURE(i, letters);
        CHECK(letters < 3);
    }
}

TEST_CASE("Models: close views of each kind, for people to look at (and their render time)",
          "[render][models][views]")
{
    const scene::LoadedScene& s = defaultScene();
    struct View {
        const char* file;
        const char* facility;
        double distance_m, azimuth_deg, up_m; // eye from the facility, above the ground there
        double fov_deg;
    };
    // From the west-south-west, a little above: the Sun (north-west on the scenario's first
    // day) lights the models from the left and behind. From 60 m or more with a long lens:
    // the view's near plane (OSG's near/far ratio over a 70 km far plane) clips what is
    // closer than about 35 m.
    const View views[] = {
        {"model_habitat.png", "habitat-1", 60.0, 250.0, 14.0, 0.0},
        {"model_command.png", "command-centre", 60.0, 250.0, 14.0, 0.0},
        {"model_array.png", "power-array-a", 90.0, 250.0, 16.0, 0.0},
        {"model_dish.png", "earth-dish", 60.0, 250.0, 12.0, 0.0},
        {"model_mast.png", "comms-mast", 70.0, 250.0, 10.0, 0.0},
        {"model_pad.png", "landing-pad-1", 130.0, 250.0, 35.0, 0.0},
        {"model_isru.png", "isru-plant", 70.0, 250.0, 16.0, 0.0},
        {"model_hopper.png", "hopper-station", 60.0, 250.0, 10.0, 0.0},
        {"model_rovers.png", "long-range-rover", 60.0, 250.0, 10.0, 0.0},
        {"model_lab.png", "research-lab", 60.0, 250.0, 12.0, 0.0},
        {"model_reactor.png", "fission-reactor", 60.0, 250.0, 12.0, 0.0},
        {"model_telescope.png", "astronomy-station", 60.0, 250.0, 12.0, 0.0},
    };
    for (const View& v : views) {
        const osg::MatrixTransform* node = facilityNode(s, v.facility);
        REQUIRE(node);
        const osg::BoundingSphere bound = node->getChild(0)->getBound();
        const osg::Vec3d centre = osg::Vec3d(bound.center()) * node->getMatrix();
        const double a = v.azimuth_deg * kPi / 180.0;
        const osg::Vec3d beside = centre + osg::Vec3d(std::sin(a), std::cos(a), 0.0) * v.distance_m;
        const LatLonHeight eye_ll = s.frame->selenographicFromEnu({beside.x(), beside.y(), beside.z()});
        const Vec3d eye = s.frame->enuFromSelenographic(
            {eye_ll.lat_rad, eye_ll.lon_rad, s.terrain.heightAt({eye_ll.lat_rad, eye_ll.lon_rad}) + v.up_m});
        CameraPose pose;
        pose.eye_enu = eye;
        pose.target_enu = {centre.x(), centre.y(), centre.z()};
        // Framed: the model's bounding sphere fills most of the frame's height.
        pose.fov_y_deg = v.fov_deg > 0.0 ? v.fov_deg
                                         : 2.0 * std::atan(1.1 * bound.radius() / v.distance_m) * 180.0 / kPi;
        exporting::OffscreenRenderer renderer({960, 540, 4});
        renderer.setScene(s.root.get());
        renderer.setPose(pose);
        renderer.render(); // compiles what this view pages in
        const auto start = std::chrono::steady_clock::now();
        const osg::ref_ptr<osg::Image> image = renderer.render();
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        std::printf("%s: %.0f ms a frame at 960x540 (eye %.0f m from the model's centre)\n", v.file, ms,
                    (osg::Vec3d(eye.x, eye.y, eye.z) - centre).length());
        exporting::writePng(*image, outputPath(v.file));
        // The model is drawn there: hidden, the middle of the frame changes.
        auto* shown = const_cast<osg::MatrixTransform*>(node); // its update shows its children
        shown->setNodeMask(0u);
        const osg::ref_ptr<osg::Image> without = renderer.render();
        shown->setNodeMask(~0u);
        int changed = 0;
        for (int y = 135; y < 405; y += 3)
            for (int x = 240; x < 720; x += 3)
                changed += std::fabs(test::meanLuminance(*image, x, y, 0) -
                                     test::meanLuminance(*without, x, y, 0)) > 10.0 ? 1 : 0;
        CAPTURE(v.file, changed);
        CHECK(changed > 50); // of 14,400 samples (a lattice mast covers few)
    }
}
