// Communications: the Earth-link dish on its alt-azimuth mount (pedestal, turning yoke,
// paraboloid with a feed on four struts) and the surface-network relay: a lattice mast with
// sector antennas, a small dish and its equipment cabinet.
#include "scene/MeshParts.h"
#include "scene/ModelBuilders.h"
#include "scene/ModelParts.h"

#include <algorithm>
#include <cmath>

namespace lunar::scene {

osg::ref_ptr<osg::Group> earthDish(const Facility& f, const FacilityModelContext& c)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float d = f32(param(f, "dish_diameter_m", 0.8 * std::min(f.length_m, f.width_m)));
    const float pivot_h = std::max(1.0f, f32(f.height_m) - 0.5f * d);
    const float r = 0.5f * d;
    g->addChild(part(box(0, 0, 0.2f, 0.7f * d, 0.7f * d, 0.4f), kRegolithBrick)); // footing
    g->addChild(part(column(0, 0, 0.4f, pivot_h - 0.45f * r, 0.07f * d + 0.1f), kWhitePaint));
    // The yoke turns in azimuth only (its own tracker); the head also in elevation.
    osg::ref_ptr<osg::MatrixTransform> yoke = tracker(c, true, false, osg::Vec3(0, 0, 0), "azimuth");
    yoke->addChild(part(column(0, 0, pivot_h - 0.45f * r, pivot_h - 0.35f * r, 0.18f * d), kStructure));
    for (float side : {-1.0f, 1.0f})
        yoke->addChild(part(box(side * 0.32f * r, 0, pivot_h - 0.18f * r, 0.1f * r, 0.22f * r, 0.4f * r),
                            kStructure));
    g->addChild(yoke);
    osg::ref_ptr<osg::MatrixTransform> head = tracker(c, true, true, osg::Vec3(0, 0, pivot_h));
    // Paraboloid z = r^2 / 4F (F = 0.4 d) opening toward +y (the Earth), seen from both sides.
    const float focal = 0.4f * d;
    std::vector<ProfilePoint> bowl;
    for (int i = 8; i >= 0; --i) {
        const float x = r * static_cast<float>(i) / 8.0f;
        bowl.push_back({x, x * x / (4.0f * focal)});
    }
    const osg::Matrix to_y = alongAxis({0, -0.1f * r, 0}, {0, 1, 0});
    head->addChild(part(lathe(bowl, 32, to_y), kWhitePaint));
    head->addChild(part(ring(osg::Vec3(0, r * r / (4.0f * focal), 0) * to_y, {0, 1, 0}, r, 0.04f * r, 32),
                        kStructure));
    head->addChild(part(lathe({{0.0f, -0.25f * r}, {0.22f * r, -0.25f * r}, {0.22f * r, 0.02f}}, 16, to_y),
                        kStructure)); // hub behind the dish
    head->addChild(part(lying(0, -0.05f * r, 0, 0.05f * r, 0.8f * r), kDarkMetal)); // counterweight arm
    head->addChild(part(new osg::Cylinder(osg::Vec3(0, -0.1f * r, 0), 0.05f * r, 0.75f * r), kStructure));
    auto* axle = new osg::Cylinder(osg::Vec3(0, 0, 0), 0.06f * r, 0.7f * r); // elevation axle
    axle->setRotation(osg::Quat(osg::PI_2, osg::Vec3(0, 1, 0)));
    head->addChild(part(axle, kDarkMetal));
    const osg::Vec3 feed = osg::Vec3(0, focal, 0) * to_y;
    for (int i = 0; i < 4; ++i) { // feed struts from the rim
        const float a = osg::PI_4f + static_cast<float>(i) * osg::PI_2f;
        const osg::Vec3 rim = osg::Vec3(0.92f * r * std::cos(a), 0.92f * r * std::sin(a),
                                        0.85f * r * r / (4.0f * focal)) * to_y;
        head->addChild(part(strut(rim, feed, 0.012f * d + 0.01f), kStructure));
    }
    head->addChild(part(lathe({{0.03f * d, 0.0f}, {0.06f * d, 0.12f * d}, {0.06f * d, 0.12f * d},
                               {0.0f, 0.12f * d}}, 12, alongAxis(feed + osg::Vec3(0, 0.06f * d, 0), {0, -1, 0})),
                        kGoldFoil)); // feed horn, facing the dish
    g->addChild(head);
    return g;
}

osg::ref_ptr<osg::Group> relayMast(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float h = f32(f.height_m);
    const float side = std::min(1.2f, 0.8f * f32(std::min(f.length_m, f.width_m)));
    const float leg_r = 0.58f * side; // legs of a triangular lattice
    osg::Vec3 leg[3];
    for (int i = 0; i < 3; ++i) {
        const float a = 2.0f * osg::PIf * static_cast<float>(i) / 3.0f;
        leg[i] = osg::Vec3(leg_r * std::sin(a), leg_r * std::cos(a), 0);
        g->addChild(part(strut(leg[i], leg[i] + osg::Vec3(0, 0, h), 0.06f), kStructure));
    }
    const int bays = std::max(2, static_cast<int>(h / 1.8f));
    const float bay = h / static_cast<float>(bays);
    for (int b = 0; b < bays; ++b) // a zig-zag brace on each face, a horizontal at each bay
        for (int i = 0; i < 3; ++i) {
            const osg::Vec3 lo = leg[i] + osg::Vec3(0, 0, bay * static_cast<float>(b));
            const osg::Vec3 hi = leg[(i + 1) % 3] + osg::Vec3(0, 0, bay * static_cast<float>(b + 1));
            g->addChild(part(strut(lo, hi, 0.025f, 4), kStructure));
            g->addChild(part(strut(lo, leg[(i + 1) % 3] + osg::Vec3(0, 0, bay * static_cast<float>(b)),
                                   0.025f, 4), kStructure));
        }
    for (int i = 0; i < 3; ++i) { // sector antennas near the top, one per face
        const float a = 2.0f * osg::PIf * (static_cast<float>(i) + 0.5f) / 3.0f;
        auto* panel = box((leg_r + 0.25f) * std::sin(a), (leg_r + 0.25f) * std::cos(a), h - 1.4f,
                          0.45f, 0.12f, 2.2f);
        panel->setRotation(osg::Quat(-a, osg::Vec3(0, 0, 1)));
        g->addChild(part(panel, kWhitePaint));
    }
    g->addChild(part(lathe({{0.0f, 0.0f}, {0.55f, 0.14f}}, 16,
                           alongAxis({0, leg_r + 0.3f, h - 4.0f}, {0, 1, 0.1f})),
                     kWhitePaint)); // a small dish to the next relay
    g->addChild(part(column(0, 0, h, h + 0.9f, 0.05f), kStructure)); // lightning rod / omni
    g->addChild(part(new osg::Sphere(osg::Vec3(0, 0, h + 0.9f), 0.12f), kSignalLamp));
    g->addChild(part(box(1.4f, 0, 0.7f, 1.4f, 1.2f, 1.4f), kWhitePaint)); // equipment cabinet
    g->addChild(part(box(1.4f, 0, 1.45f, 1.5f, 1.3f, 0.1f), kRadiator));
    return g;
}

} // namespace lunar::scene
