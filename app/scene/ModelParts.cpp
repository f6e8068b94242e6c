#include "scene/ModelParts.h"

#include <osg/ShapeDrawable>

namespace lunar::scene {

const osg::Vec4 kSolarCells{0.05f, 0.08f, 0.22f, 1.0f};
const osg::Vec4 kStructure{0.55f, 0.55f, 0.57f, 1.0f};
const osg::Vec4 kWhitePaint{0.78f, 0.78f, 0.76f, 1.0f};
const osg::Vec4 kGoldFoil{0.72f, 0.52f, 0.18f, 1.0f};
const osg::Vec4 kRadiator{0.85f, 0.85f, 0.85f, 1.0f};
const osg::Vec4 kDarkMetal{0.22f, 0.22f, 0.24f, 1.0f};
const osg::Vec4 kRegolithBrick{0.45f, 0.40f, 0.34f, 1.0f};
const osg::Vec4 kPadPaint{0.62f, 0.58f, 0.50f, 1.0f};

osg::ref_ptr<osg::Geode> part(osg::Shape* shape, const osg::Vec4& colour)
{
    osg::ref_ptr<osg::Geode> geode = new osg::Geode;
    geode->addDrawable(new osg::ShapeDrawable(shape));
    geode->getOrCreateStateSet()->addUniform(new osg::Uniform("facilityColour", colour));
    return geode;
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
