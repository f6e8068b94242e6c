// Pressurised and science buildings of the base: habitat modules, the command centre, the
// laboratory and the astronomy station. White modules with ring frames, end domes, hatches
// and docking ports as in the CNSA ILRS concept art; regolith heaped along the habitats'
// flanks for shielding.
#include "scene/MeshParts.h"
#include "scene/ModelBuilders.h"
#include "scene/ModelParts.h"

#include <algorithm>
#include <cmath>

namespace lunar::scene {

namespace {

constexpr int kRound = 28; // segments round a module

// A horizontal module along y: a cylinder with elliptical end domes (depth `dome`), its
// axis at height `z`, `length` overall.
osg::ref_ptr<osg::Geometry> module(float z, float radius, float length, float dome)
{
    std::vector<ProfilePoint> profile;
    const float half = 0.5f * length - dome;
    for (int i = 0; i <= 4; ++i) { // the -y dome from its pole
        const float t = osg::PI_2f * static_cast<float>(i) / 4.0f;
        profile.push_back({radius * std::sin(t), -half - dome * std::cos(t)});
    }
    for (int i = 0; i <= 4; ++i) {
        const float t = osg::PI_2f * static_cast<float>(i) / 4.0f;
        profile.push_back({radius * std::cos(t), half + dome * std::sin(t)});
    }
    return lathe(profile, kRound, alongAxis({0, 0, z}, {0, 1, 0}));
}

// A docking port or hatch: a short collar with a ring and a dark hatch face, along `axis`.
void port(osg::Group& g, const osg::Vec3& at, const osg::Vec3& axis, float radius, float depth)
{
    osg::Vec3 a = axis;
    a.normalize();
    g.addChild(part(lathe({{radius, 0.0f}, {radius, depth}, {radius, depth}, {0.0f, depth}}, 16,
                          alongAxis(at, a)),
                    kStructure));
    g.addChild(part(ring(at + a * depth, a, radius, 0.07f, 16), kDarkMetal));
    g.addChild(part(lathe({{0.7f * radius, depth + 0.02f}, {0.0f, depth + 0.02f}}, 12,
                          alongAxis(at, a)),
                    kDarkMetal));
}

// Regolith heaped along a module's flanks: a low half-ellipsoid round its footprint.
osg::ref_ptr<osg::Geometry> regolithMound(float half_x, float half_y, float height)
{
    std::vector<ProfilePoint> profile;
    for (int i = 0; i <= 5; ++i) {
        const float t = osg::PI_2f * static_cast<float>(i) / 5.0f;
        profile.push_back({std::cos(t), std::sin(t)});
    }
    return lathe(profile, 24, osg::Matrix::scale(half_x, half_y, height));
}

} // namespace

osg::ref_ptr<osg::Group> habitat(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float h = f32(f.height_m), w = f32(f.width_m);
    const float lift = std::min(0.9f, 0.15f * h);         // the cradle under the module
    const float r = std::min(0.5f * (h - lift), 0.32f * w);
    const float len = f32(std::max(f.length_m, 2.5 * r));
    const float axis_z = lift + r;
    g->addChild(part(module(axis_z, r, len, 0.55f * r), kWhitePaint));
    const int frames = std::max(2, static_cast<int>(len / 2.2f));
    for (int i = 0; i < frames; ++i) { // ring frames along the straight section
        const float y = (static_cast<float>(i) + 0.5f) / static_cast<float>(frames) *
                            (len - 1.1f * r) - 0.5f * (len - 1.1f * r);
        g->addChild(part(ring({0, y, axis_z}, {0, 1, 0}, r + 0.04f, 0.07f, kRound), kStructure));
    }
    for (float y : {-0.3f * len, 0.3f * len}) // cradle saddles and a skid
        g->addChild(part(box(0, y, 0.5f * (lift + 0.3f * r), 1.5f * r, 0.35f, lift + 0.3f * r),
                         kStructure));
    g->addChild(part(box(0, 0, 0.12f, 1.6f * r, 0.8f * len, 0.24f), kDarkMetal));
    port(*g, {0, 0.5f * len - 0.1f, axis_z}, {0, 1, 0}, 0.42f * r, 0.7f);   // docking port
    port(*g, {r - 0.1f, 0.15f * len, axis_z - 0.2f * r}, {1, 0, 0}, 0.28f * r, 0.5f); // hatch
    for (int i = 0; i < 3; ++i) // a row of small windows near the hatch
        g->addChild(part(box(0.97f * r * std::cos(0.35f), -0.05f * len - 0.5f * static_cast<float>(i),
                             axis_z + 0.97f * r * std::sin(0.35f), 0.08f, 0.35f, 0.3f),
                         kGlass));
    // Shielding: regolith bagged along both flanks, up to about half the module.
    osg::ref_ptr<osg::Geode> mound = part(regolithMound(1.35f * r, 0.5f * len + 0.3f, axis_z), kRegolithFill);
    g->addChild(mound);
    // A white radiator on a post at the far end, edge-on to the low Sun's heat.
    g->addChild(part(box(0, -0.5f * len - 1.2f, axis_z + 0.4f * r, 0.12f, 1.6f, 1.8f * r),
                     kRadiator));
    g->addChild(part(column(0, -0.5f * len - 1.2f, 0.0f, axis_z - 0.4f * r, 0.08f), kStructure));
    return g;
}

osg::ref_ptr<osg::Group> commandCentre(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float w = f32(f.width_m), l = f32(f.length_m), h = f32(f.height_m);
    const float r = std::min(0.5f * (h - 0.6f), 0.42f * w);
    const float axis_z = 0.6f + r;
    g->addChild(part(module(axis_z, r, l, 0.6f * r), kWhitePaint));
    for (float y : {-0.25f * l, 0.0f, 0.25f * l})
        g->addChild(part(ring({0, y, axis_z}, {0, 1, 0}, r + 0.04f, 0.07f, kRound), kStructure));
    for (float y : {-0.3f * l, 0.3f * l})
        g->addChild(part(box(0, y, 0.4f, 1.6f * r, 0.4f, 0.8f), kStructure));
    port(*g, {0, 0.5f * l - 0.1f, axis_z}, {0, 1, 0}, 0.4f * r, 0.6f);
    port(*g, {0, -0.5f * l + 0.1f, axis_z}, {0, -1, 0}, 0.4f * r, 0.6f);
    // Roof radiators in a shallow gable, and the masts of the control links.
    for (float side : {-1.0f, 1.0f}) {
        auto* panel = box(side * 0.45f * r, 0, axis_z + r + 0.35f, 0.9f * r, 0.7f * l, 0.05f);
        panel->setRotation(osg::Quat(side * -0.35f, osg::Vec3(0, 1, 0)));
        g->addChild(part(panel, kRadiator));
    }
    g->addChild(part(column(0, 0, axis_z + r, axis_z + r + 0.3f, 0.1f), kStructure));
    const float mast_x = 0.35f * w, mast_y = 0.35f * l;
    g->addChild(part(strut({mast_x, mast_y, 0}, {mast_x, mast_y, h + 3.0f}, 0.07f), kStructure));
    g->addChild(part(lathe({{0.0f, 0.0f}, {0.6f, 0.15f}}, 16,
                           alongAxis({mast_x, mast_y - 0.15f, h + 2.4f}, {0, 1, 0.25f})),
                     kWhitePaint)); // a small dish
    g->addChild(part(strut({-mast_x, -mast_y, 0}, {-mast_x, -mast_y, h + 1.5f}, 0.05f), kStructure));
    g->addChild(part(column(-mast_x, -mast_y, h + 1.5f, h + 2.3f, 0.09f), kWhitePaint)); // omni
    return g;
}

osg::ref_ptr<osg::Group> laboratory(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float r = 0.4f * f32(std::min(f.length_m, f.width_m)), h = f32(f.height_m);
    const float wall = std::max(1.5f, h - 0.4f * r), lift = 0.5f;
    std::vector<ProfilePoint> body{{r, lift}, {r, wall}};
    for (int i = 1; i <= 4; ++i) { // a shallow dome roof
        const float t = osg::PI_2f * static_cast<float>(i) / 4.0f;
        body.push_back({r * std::cos(t), wall + 0.4f * r * std::sin(t)});
    }
    g->addChild(part(lathe(body, kRound), kWhitePaint));
    g->addChild(part(lathe({{0.0f, lift}, {r, lift}}, kRound), kDarkMetal)); // its floor
    for (float z : {lift + 0.1f, 0.5f * (lift + wall), wall})
        g->addChild(part(ring({0, 0, z}, {0, 0, 1}, r + 0.04f, 0.07f, kRound), kStructure));
    for (int i = 0; i < 4; ++i) { // legs
        const float a = osg::PI_4f + static_cast<float>(i) * osg::PI_2f;
        g->addChild(part(column(0.8f * r * std::sin(a), 0.8f * r * std::cos(a), 0.0f, lift, 0.15f),
                         kStructure));
    }
    port(*g, {0, r - 0.1f, lift + 1.2f}, {0, 1, 0}, 0.6f, 0.9f); // airlock
    // Outside: an instrument mast with a gold-foiled package, and a white radiator.
    g->addChild(part(strut({1.3f * r, 0, 0}, {1.3f * r, 0, h + 1.0f}, 0.05f), kStructure));
    g->addChild(part(box(1.3f * r, 0, h + 1.1f, 0.5f, 0.5f, 0.35f), kGoldFoil));
    g->addChild(part(box(-1.25f * r, 0, 0.5f * wall + 0.3f, 0.1f, 1.4f * r, wall - 0.4f), kRadiator));
    g->addChild(part(box(-1.05f * r, 0, 0.5f * wall, 0.4f * r, 0.1f, 0.1f), kStructure));
    return g;
}

osg::ref_ptr<osg::Group> telescope(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float r = 0.45f * f32(std::min(f.length_m, f.width_m));
    const float wall = std::max(0.8f, f32(f.height_m) - r);
    g->addChild(part(lathe({{r, 0.0f}, {r, wall}}, kRound), kWhitePaint)); // drum
    std::vector<ProfilePoint> dome;
    for (int i = 0; i <= 6; ++i) {
        const float t = osg::PI_2f * static_cast<float>(i) / 6.0f;
        dome.push_back({0.97f * r * std::cos(t), wall + 0.97f * r * std::sin(t)});
    }
    g->addChild(part(lathe(dome, kRound), kSilverFoil));
    g->addChild(part(ring({0, 0, wall}, {0, 0, 1}, r, 0.09f, kRound), kStructure));
    // The open slit over the dome, and the tube seen in it.
    auto* slit = box(0, 0.45f * r, wall + 0.72f * r, 0.32f * r, 0.8f * r, 0.3f * r);
    slit->setRotation(osg::Quat(-0.75f, osg::Vec3(1, 0, 0)));
    g->addChild(part(slit, kGlass));
    g->addChild(part(strut({0, 0, wall}, {0, 0.45f * r, wall + 0.75f * r}, 0.2f * r, 12), kDarkMetal));
    port(*g, {0, -r + 0.1f, 0.9f}, {0, -1, 0}, 0.5f, 0.6f);
    // A rack of instruments and a short mast beside it.
    g->addChild(part(box(1.4f * r, 0, 0.35f, 0.8f, 1.2f, 0.7f), kGoldFoil));
    g->addChild(part(strut({1.4f * r, 0.5f, 0.7f}, {1.4f * r, 0.5f, 2.8f}, 0.04f), kStructure));
    return g;
}

} // namespace lunar::scene
