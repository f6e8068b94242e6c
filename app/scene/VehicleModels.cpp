// Mobility: six-wheeled rovers (the unpressurised long-range one with a foiled body, deck
// cells and a camera mast; the pressurised one with a white cabin, windows and a rear
// docking hatch) and the hopper, a small four-legged lander.
#include "scene/MeshParts.h"
#include "scene/ModelBuilders.h"
#include "scene/ModelParts.h"

#include <algorithm>
#include <cmath>

namespace lunar::scene {

namespace {

// A wheel across x at `hub`: a tyre (dark) with a lighter hub and a tread ring.
void wheel(osg::Group& g, const osg::Vec3& hub, float radius, float width)
{
    const osg::Vec3 axis(1, 0, 0);
    g.addChild(part(lathe({{0.0f, -0.5f * width}, {radius, -0.5f * width}, {radius, -0.5f * width},
                           {radius, 0.5f * width}, {radius, 0.5f * width}, {0.0f, 0.5f * width}},
                          18, alongAxis(hub, axis)),
                    kDarkMetal));
    g.addChild(part(lathe({{0.35f * radius, 0.5f * width + 0.02f}, {0.0f, 0.5f * width + 0.05f}}, 10,
                          alongAxis(hub, hub.x() > 0 ? axis : -axis)),
                    kStructure));
}

} // namespace

osg::ref_ptr<osg::Group> rover(const Facility& f, bool pressurized)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float w = f32(f.width_m), l = f32(f.length_m), h = f32(f.height_m);
    const float wheel_r = std::max(0.25f, 0.17f * h), wheel_w = 0.2f * wheel_r + 0.12f;
    for (float side : {-1.0f, 1.0f}) {
        for (int axle = -1; axle <= 1; ++axle)
            wheel(*g, {side * (0.5f * w - 0.5f * wheel_w), static_cast<float>(axle) * 0.36f * l, wheel_r},
                  wheel_r, wheel_w);
        // Rocker-bogie links from the body to the hubs.
        const float x = side * (0.5f * w - wheel_w - 0.08f);
        const osg::Vec3 pivot(x, 0, 2.0f * wheel_r);
        for (int axle = -1; axle <= 1; ++axle)
            g->addChild(part(strut(pivot, {x, static_cast<float>(axle) * 0.36f * l, wheel_r}, 0.05f), kStructure));
    }
    const float body_z0 = 1.7f * wheel_r;
    g->addChild(part(box(0, 0, body_z0 + 0.05f, w - 2.0f * wheel_w - 0.3f, 0.85f * l, 0.1f), kStructure)); // chassis
    if (pressurized) {
        const float r = 0.5f * std::min(w - 2.0f * wheel_w - 0.2f, h - body_z0 - 0.1f);
        const float z = body_z0 + 0.1f + r, len = 0.92f * l;
        g->addChild(part(capsule({0, 0, z}, {0, 1, 0}, r, len - 2.0f * r, 24), kWhitePaint));
        // Windows: a dark band round the front dome and a side row.
        g->addChild(part(lathe({{0.93f * r, 0.0f}, {0.75f * r, 0.32f * r}}, 16,
                               alongAxis({0, 0.5f * len - r + 0.35f * r, z + 0.15f * r}, {0, 1, 0.45f})),
                         kGlass));
        for (float side : {-1.0f, 1.0f})
            g->addChild(part(box(side * 0.98f * r, 0.15f * l, z + 0.25f * r, 0.05f, 0.3f * l, 0.25f * r), kGlass));
        g->addChild(part(ring({0, -0.5f * len + 0.35f * r, z}, {0, 1, 0}, 0.55f * r, 0.06f, 16), kDarkMetal)); // hatch
        g->addChild(part(ring({0, 0, z}, {0, 1, 0}, r + 0.03f, 0.05f, 24), kStructure));
        g->addChild(cellPanel(box(0, -0.1f * l, z + r + 0.12f, 1.2f * r, 0.45f * l, 0.05f), kSolarCells, 4, 6));
        g->addChild(part(strut({0.5f * r, 0.3f * l, z + 0.8f * r}, {0.5f * r, 0.3f * l, z + r + 0.9f}, 0.03f),
                         kStructure)); // antenna
    }
    else {
        const float top = 0.55f * h + 0.3f;
        g->addChild(part(box(0, 0, 0.5f * (body_z0 + 0.1f + top), 0.7f * w, 0.7f * l, top - body_z0 - 0.1f),
                         kGoldFoil));
        g->addChild(cellPanel(box(0, -0.05f * l, top + 0.04f, 0.85f * w, 0.75f * l, 0.04f), kSolarCells, 5, 8));
        const osg::Vec3 mast(0.2f * w, 0.3f * l, top);
        g->addChild(part(strut(mast, mast + osg::Vec3(0, 0, h - top), 0.05f), kStructure));
        g->addChild(part(box(mast.x(), mast.y(), h, 0.5f, 0.22f, 0.22f), kDarkMetal)); // camera head
        g->addChild(part(lathe({{0.0f, 0.0f}, {0.35f, 0.1f}}, 14,
                               alongAxis({-0.2f * w, 0.25f * l, top + 0.5f}, {0, -0.4f, 1})),
                         kWhitePaint)); // high-gain antenna
        g->addChild(part(strut({-0.2f * w, 0.25f * l, top}, {-0.2f * w, 0.25f * l, top + 0.5f}, 0.03f),
                         kStructure));
        g->addChild(part(box(0, -0.36f * l, 0.5f * (body_z0 + top), 0.5f * w, 0.05f, 0.6f * (top - body_z0)),
                         kRadiator));
    }
    return g;
}

osg::ref_ptr<osg::Group> hopper(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float r = 0.5f * f32(std::min(f.length_m, f.width_m)), h = f32(f.height_m);
    g->addChild(part(lathe({{0.55f * r, 0.45f * h}, {0.55f * r, 0.85f * h}, {0.55f * r, 0.85f * h},
                            {0.0f, 0.85f * h}}, 8),
                     kGoldFoil)); // octagonal body
    g->addChild(part(capsule({0, 0, 0.92f * h}, {0, 0, 1}, 0.22f * r, 0.0f, 14), kSilverFoil)); // tank
    g->addChild(part(lathe({{0.08f * r, 0.45f * h}, {0.22f * r, 0.18f * h}}, 14), kDarkMetal)); // bell
    for (int i = 0; i < 4; ++i) {
        const float a = osg::PI_4f + static_cast<float>(i) * osg::PI_2f;
        const osg::Vec3 dir(std::sin(a), std::cos(a), 0);
        const osg::Vec3 foot = dir * (0.95f * r) + osg::Vec3(0, 0, 0.05f);
        g->addChild(part(strut(dir * (0.45f * r) + osg::Vec3(0, 0, 0.7f * h), foot, 0.04f), kStructure));
        g->addChild(part(strut(dir * (0.5f * r) + osg::Vec3(0, 0, 0.45f * h), foot, 0.03f), kStructure));
        g->addChild(part(lathe({{0.16f * r, 0.0f}, {0.16f * r, 0.06f}, {0.16f * r, 0.06f}, {0.0f, 0.08f}}, 10,
                               osg::Matrix::translate(foot.x(), foot.y(), 0)),
                         kStructure)); // footpad
    }
    g->addChild(cellPanel(box(0, 0.56f * r, 0.65f * h, 0.8f * r, 0.03f, 0.3f * h), kSolarCells, 3, 2));
    return g;
}

} // namespace lunar::scene
