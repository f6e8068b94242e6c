#pragma once
// Building blocks of the parametric models (facilities, landers): materials that read under
// a grazing Sun and shapes placed in a model's local frame (x across, y along, z up, metres).
// Each part carries its colour as the facility shader's "facilityColour".
#include <osg/Geode>
#include <osg/Shape>

namespace lunar::scene {

// Linear-RGB albedos (nothing pure black or white).
extern const osg::Vec4 kSolarCells, kStructure, kWhitePaint, kGoldFoil, kRadiator, kDarkMetal,
    kRegolithBrick, kPadPaint;

inline float f32(double v) { return static_cast<float>(v); }

osg::ref_ptr<osg::Geode> part(osg::Shape* shape, const osg::Vec4& colour);
osg::Box* box(float cx, float cy, float cz, float sx, float sy, float sz);
// A cylinder from z0 to z1 about the vertical through (cx, cy).
osg::Cylinder* column(float cx, float cy, float z0, float z1, float radius);
// A cylinder lying along local y, centred at (cx, cy, cz).
osg::Cylinder* lying(float cx, float cy, float cz, float radius, float length);

} // namespace lunar::scene
