#include "scene/ModelParts.h"

#include <osg/ShapeDrawable>

namespace lunar::scene {

namespace {
// ShapeDrawable's default tessellation (40 segments, 1,600 triangles a sphere) is more than
// parts a few metres across need; this keeps the whole base within its triangle budget.
osg::TessellationHints* partHints()
{
    static osg::ref_ptr<osg::TessellationHints> hints = [] {
        osg::ref_ptr<osg::TessellationHints> h = new osg::TessellationHints;
        h->setDetailRatio(0.6f);
        return h;
    }();
    return hints.get();
}
} // namespace

// Albedos are linear RGB; finishes are judged on renders at a 1-2 degree Sun.
const PartMaterial kSolarCells{{0.006f, 0.008f, 0.024f, 1.0f}, 0.6f, 90.0f, 0.0f, 0.0f,
                               {8.0f, 8.0f}, 0.05f, 0.07f};
const PartMaterial kStructure{{0.55f, 0.55f, 0.57f, 1.0f}, 0.35f, 40.0f, 1.0f};
const PartMaterial kWhitePaint{{0.62f, 0.62f, 0.60f, 1.0f}, 0.12f, 16.0f};
const PartMaterial kGoldFoil{{0.72f, 0.50f, 0.16f, 1.0f}, 0.9f, 60.0f, 1.0f, 0.8f};
const PartMaterial kSilverFoil{{0.70f, 0.70f, 0.72f, 1.0f}, 0.8f, 60.0f, 1.0f, 0.7f};
const PartMaterial kRadiator{{0.70f, 0.70f, 0.70f, 1.0f}, 0.25f, 30.0f, 0.0f, 0.0f,
                             {1.0f, 12.0f}, 0.05f, 0.6f};
const PartMaterial kDarkMetal{{0.16f, 0.16f, 0.18f, 1.0f}, 0.4f, 30.0f, 1.0f};
const PartMaterial kRegolithBrick{{0.16f, 0.15f, 0.14f, 1.0f}, 0.02f, 8.0f};
const PartMaterial kPadPaint{{0.30f, 0.29f, 0.26f, 1.0f}, 0.05f, 8.0f};
const PartMaterial kPadScorch{{0.05f, 0.047f, 0.045f, 1.0f}, 0.03f, 8.0f};
const PartMaterial kRegolithFill{{0.10f, 0.095f, 0.09f, 1.0f}, 0.0f, 8.0f};
const PartMaterial kGlass{{0.03f, 0.04f, 0.05f, 1.0f}, 0.9f, 120.0f};
const PartMaterial kSignalLamp{{0.85f, 0.62f, 0.20f, 1.0f}, 0.3f, 20.0f};

void applyMaterial(osg::StateSet& state, const PartMaterial& m)
{
    state.addUniform(new osg::Uniform("facilityColour", m.albedo));
    state.addUniform(
        new osg::Uniform("facilityFinish", osg::Vec4(m.specular, m.exponent, m.metallic, m.crinkle)));
    state.addUniform(new osg::Uniform(
        "cellGrid", osg::Vec4(m.cells.x(), m.cells.y(), m.frame_width, m.frame_albedo)));
}

void applyDefaultMaterial(osg::StateSet& state)
{
    state.addUniform(new osg::Uniform("facilityFinish", osg::Vec4(0.15f, 24.0f, 0.0f, 0.0f)));
    state.addUniform(new osg::Uniform("cellGrid", osg::Vec4(0.0f, 0.0f, 0.0f, 0.0f)));
    state.addUniform(new osg::Uniform("groundFollow", 0.0f));
}

osg::ref_ptr<osg::Geode> part(osg::Drawable* drawable, const PartMaterial& material)
{
    osg::ref_ptr<osg::Geode> geode = new osg::Geode;
    geode->addDrawable(drawable);
    applyMaterial(*geode->getOrCreateStateSet(), material);
    return geode;
}

osg::ref_ptr<osg::Geode> part(osg::Shape* shape, const PartMaterial& material)
{
    return part(new osg::ShapeDrawable(shape, partHints()), material);
}

osg::ref_ptr<osg::Geode> cellPanel(osg::Shape* shape, const PartMaterial& material, float cells_u,
                                   float cells_v)
{
    PartMaterial counted = material;
    counted.cells = {cells_u, cells_v};
    return part(shape, counted);
}

osg::Box* box(float cx, float cy, float cz, float sx, float sy, float sz)
{
    return new osg::Box(osg::Vec3(cx, cy, cz), sx, sy, sz);
}

osg::Cylinder* column(float cx, float cy, float z0, float z1, float radius)
{
    return new osg::Cylinder(osg::Vec3(cx, cy, 0.5f * (z0 + z1)), radius, z1 - z0);
}

osg::Cylinder* lying(float cx, float cy, float cz, float radius, float length)
{
    auto* c = new osg::Cylinder(osg::Vec3(cx, cy, cz), radius, length);
    c->setRotation(osg::Quat(osg::PI_2, osg::Vec3(1, 0, 0)));
    return c;
}

} // namespace lunar::scene
