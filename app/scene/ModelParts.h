#pragma once
// Building blocks of the parametric models (facilities, landers): materials that read under
// a grazing Sun and parts placed in a model's local frame (x across, y along, z up, metres).
// Each part carries its material as the facility shader's uniforms (facilityColour,
// facilityFinish, cellGrid) on its own StateSet; shapes come from OSG's ShapeDrawable or,
// for round and thin things, from scene/MeshParts.
#include <osg/Drawable>
#include <osg/Geode>
#include <osg/Shape>
#include <osg/StateSet>

namespace lunar::scene {

// How a part reflects: a linear-RGB albedo (nothing pure black or white) and a highlight.
struct PartMaterial {
    osg::Vec4 albedo;
    float specular = 0.15f;  // highlight strength (0: matte)
    float exponent = 24.0f;  // Blinn-Phong exponent (higher: tighter)
    float metallic = 0.0f;   // 1: the highlight takes the albedo's tint (foil, bare metal)
    float crinkle = 0.0f;    // 0..1: the highlight breaks up as on wrinkled MLI
    osg::Vec2 cells{0.0f, 0.0f}; // cells along the part's u and v (0: no grid)
    float frame_width = 0.0f;   // frame lines, as a fraction of a cell
    float frame_albedo = 0.0f;  // grey albedo of the frame lines
};

extern const PartMaterial kSolarCells, kStructure, kWhitePaint, kGoldFoil, kSilverFoil,
    kRadiator, kDarkMetal, kRegolithBrick, kPadPaint, kPadScorch, kRegolithFill, kGlass,
    kSignalLamp;

// Sets a material's uniforms on a state set (the facility shader reads them).
void applyMaterial(osg::StateSet& state, const PartMaterial& material);
// Defaults for parts that set none (the facility and lander groups carry these).
void applyDefaultMaterial(osg::StateSet& state);

inline float f32(double v) { return static_cast<float>(v); }

osg::ref_ptr<osg::Geode> part(osg::Shape* shape, const PartMaterial& material);
osg::ref_ptr<osg::Geode> part(osg::Drawable* drawable, const PartMaterial& material);
// The same, with a panel's cells counted on it (e.g. an array panel of 10 x 4 cells).
osg::ref_ptr<osg::Geode> cellPanel(osg::Shape* shape, const PartMaterial& material,
                                   float cells_u, float cells_v);

osg::Box* box(float cx, float cy, float cz, float sx, float sy, float sz);
// A cylinder from z0 to z1 about the vertical through (cx, cy).
osg::Cylinder* column(float cx, float cy, float z0, float z1, float radius);
// A cylinder lying along local y, centred at (cx, cy, cz).
osg::Cylinder* lying(float cx, float cy, float cz, float radius, float length);

} // namespace lunar::scene
