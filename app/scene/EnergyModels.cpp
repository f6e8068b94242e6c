// Power units: the vertical Sun-tracking solar arrays a polar base needs (the Sun never
// rises more than ~1.6 deg, so the cells stand upright and turn about a mast), the fission
// reactor with its shadow shield and white radiator wings, and the finned RTG.
#include "scene/MeshParts.h"
#include "scene/ModelBuilders.h"
#include "scene/ModelParts.h"

#include <algorithm>
#include <cmath>

namespace lunar::scene {

namespace {
constexpr float kCellSize_m = 0.6f; // one cell of the grid drawn on a panel
}

// A mast and a wing of `panel_count` panels (model parameter, default 4) that turns about
// it; the wing's cells face its local +y, which the tracker keeps on the Sun.
osg::ref_ptr<osg::Group> solarArray(const Facility& f, const FacilityModelContext& c)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float h = f32(f.height_m), w = f32(f.length_m);
    const float mast_r = std::max(0.15f, w * 0.006f);
    g->addChild(part(column(0, 0, 0, h + 0.3f, mast_r), kStructure));
    g->addChild(part(box(0, 0, 0.3f, 2.4f, 2.4f, 0.6f), kRegolithBrick)); // footing
    g->addChild(part(column(0, 0, 0.6f, 1.4f, 2.2f * mast_r), kDarkMetal)); // drive
    osg::ref_ptr<osg::MatrixTransform> wing = tracker(c, false, false, osg::Vec3(0, 0, 0));
    const int panels = std::max(1, static_cast<int>(param(f, "panel_count", 4)));
    const float bottom = 0.22f * h, top = h;
    const float gap = 0.15f, panel_w = (w - gap * static_cast<float>(panels - 1)) / static_cast<float>(panels);
    const float panel_h = top - bottom, y = mast_r + 0.25f;
    for (int i = 0; i < panels; ++i) { // cells face local +y, which the tracker turns
        const float x = -0.5f * w + 0.5f * panel_w + static_cast<float>(i) * (panel_w + gap);
        wing->addChild(cellPanel(box(x, y, 0.5f * (bottom + top), panel_w, 0.06f, panel_h),
                                 kSolarCells, std::round(panel_w / kCellSize_m),
                                 std::round(panel_h / kCellSize_m)));
        wing->addChild(part(box(x, y - 0.045f, 0.5f * (bottom + top), panel_w, 0.03f, panel_h),
                            kWhitePaint)); // the panel's back sheet
        wing->addChild(part(box(x + 0.5f * (panel_w + gap), y - 0.08f, 0.5f * (bottom + top),
                                0.12f, 0.1f, panel_h), kStructure)); // frame post
    }
    for (float z : {bottom - 0.1f, top + 0.1f, 0.5f * (bottom + top)}) // truss chords
        wing->addChild(part(box(0, y - 0.1f, z, w, 0.14f, 0.14f), kStructure));
    for (float side : {-1.0f, 1.0f}) // diagonal braces from the mast behind the wing
        for (float z : {bottom, top}) {
            const float z_mid = 0.5f * (bottom + top);
            wing->addChild(part(strut({0, -mast_r, z_mid}, {side * 0.45f * w, y - 0.15f, z}, 0.05f),
                                kStructure));
        }
    g->addChild(wing);
    return g;
}

namespace {

// A fission surface power unit: the reactor low behind a conical shadow shield, a boom, and
// radiator wings round the boom.
osg::ref_ptr<osg::Group> reactor(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float r = 0.5f * f32(std::min(f.length_m, f.width_m)), h = f32(f.height_m);
    g->addChild(part(lathe({{0.45f * r, 0.0f}, {0.45f * r, 0.25f * h}, {0.45f * r, 0.25f * h},
                            {0.0f, 0.25f * h}}, 20),
                     kDarkMetal)); // reactor vessel
    g->addChild(part(lathe({{0.5f * r, 0.25f * h}, {0.75f * r, 0.38f * h}, {0.75f * r, 0.38f * h},
                            {0.0f, 0.38f * h}}, 24),
                     kSilverFoil)); // shadow shield
    g->addChild(part(column(0, 0, 0.38f * h, h, 0.08f * r + 0.05f), kStructure)); // boom
    for (int i = 0; i < 4; ++i) { // radiator wings, edge-on to each other
        const float a = static_cast<float>(i) * osg::PI_2f + osg::PI_4f;
        auto* fin = box(0.55f * r * std::sin(a), 0.55f * r * std::cos(a), 0.7f * h, 0.05f,
                        0.95f * r, 0.58f * h);
        fin->setRotation(osg::Quat(-a, osg::Vec3(0, 0, 1)));
        PartMaterial radiator = kRadiator;
        radiator.cells = {1.0f, 10.0f};
        g->addChild(part(fin, radiator));
    }
    g->addChild(part(column(0, 0, h, h + 0.3f, 0.2f * r), kWhitePaint)); // electronics
    return g;
}

// A radioisotope generator: a finned drum on a low stand.
osg::ref_ptr<osg::Group> rtg(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float r = 0.5f * f32(std::min(f.length_m, f.width_m)), h = f32(f.height_m);
    const float z0 = 0.35f * h, z1 = 0.92f * h;
    g->addChild(part(column(0, 0, z0, z1, 0.3f * r), kDarkMetal));
    constexpr int kFins = 8;
    for (int i = 0; i < kFins; ++i) {
        const float a = 2.0f * osg::PIf * static_cast<float>(i) / kFins;
        auto* fin = box(0.55f * r * std::sin(a), 0.55f * r * std::cos(a), 0.5f * (z0 + z1), 0.04f,
                        0.5f * r, z1 - z0);
        fin->setRotation(osg::Quat(-a, osg::Vec3(0, 0, 1)));
        g->addChild(part(fin, kDarkMetal));
    }
    g->addChild(part(column(0, 0, z1, h, 0.2f * r), kStructure));
    for (int i = 0; i < 3; ++i) { // the stand
        const float a = 2.0f * osg::PIf * static_cast<float>(i) / 3.0f;
        g->addChild(part(strut({0.7f * r * std::sin(a), 0.7f * r * std::cos(a), 0}, {0, 0, z0}, 0.04f),
                         kStructure));
    }
    g->addChild(part(box(0.9f * r, 0, 0.2f, 0.4f * r, 0.4f * r, 0.4f), kWhitePaint)); // converter box
    return g;
}

} // namespace

osg::ref_ptr<osg::Group> nuclearPower(const Facility& f)
{
    // A footprint under 3 m is an RTG; a larger one a fission reactor.
    return std::max(f.length_m, f.width_m) < 3.0 ? rtg(f) : reactor(f);
}

} // namespace lunar::scene
