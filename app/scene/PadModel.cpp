// The landing pad drawn from its ground works (mission/PadGrading): paved disc with a
// painted touchdown zone and aim ring, a plume-scorched annulus darkening toward the middle
// of the blast, the berm round the edge, the fill apron down to the terrain and its skirt.
// The whole pad follows the exaggerated ground vertex by vertex (groundFollow), so its edge
// stays on the terrain at any exaggeration.
#include "scene/MeshParts.h"
#include "scene/ModelBuilders.h"
#include "scene/ModelParts.h"

#include <osgUtil/SmoothingVisitor>

#include <cmath>

namespace lunar::scene {

namespace {

constexpr int kRound = 72;

// A flat annulus at height z facing up, r0 < r1.
osg::ref_ptr<osg::Geode> annulus(float r0, float r1, float z, const PartMaterial& m)
{
    return part(lathe({{r1, z}, {r0, z}}, kRound), m);
}

PartMaterial scorch(float darkness)
{
    PartMaterial m = kPadPaint;
    m.albedo = kPadPaint.albedo * (1.0f - darkness) + kPadScorch.albedo * darkness;
    m.albedo.a() = 1.0f;
    return m;
}

// Quads between consecutive rings of the apron, facing up, `z_shift` added to their heights.
osg::ref_ptr<osg::Geometry> apronMesh(const PadGrading& g, std::size_t first, std::size_t last,
                                      double z_shift = 0.0)
{
    osg::ref_ptr<osg::Geometry> mesh = new osg::Geometry;
    auto* vertices = new osg::Vec3Array;
    for (std::size_t j = first; j <= last; ++j)
        for (const Vec3d& p : g.rings[j])
            vertices->push_back(osg::Vec3(f32(p.x), f32(p.y), f32(p.z + z_shift)));
    auto* triangles = new osg::DrawElementsUInt(GL_TRIANGLES);
    const auto n = static_cast<unsigned>(g.azimuths);
    for (unsigned j = 0; j < static_cast<unsigned>(last - first); ++j)
        for (unsigned k = 0; k < n; ++k) {
            const unsigned a = j * n + k, b = j * n + (k + 1) % n;
            const unsigned c = a + n, d = b + n;
            for (unsigned v : {a, b, c, b, d, c}) // up: azimuths turn clockwise
                triangles->push_back(v);
        }
    mesh->setVertexArray(vertices);
    mesh->addPrimitiveSet(triangles);
    osgUtil::SmoothingVisitor::smooth(*mesh);
    return mesh;
}

} // namespace

osg::ref_ptr<osg::Group> groundWorks(const PadGrading& g, double z_shift)
{
    osg::ref_ptr<osg::Group> works = new osg::Group;
    works->setName("ground works");
    osg::StateSet* state = works->getOrCreateStateSet();
    state->addUniform(new osg::Uniform("groundFollow", 1.0f));
    state->addUniform(new osg::Uniform("notional", 0.0f));
    const auto top = static_cast<float>(g.top_m + z_shift);
    PartMaterial sintered = kRegolithBrick; // a little lighter than the ground round it
    sintered.albedo = osg::Vec4(0.14f, 0.135f, 0.13f, 1.0f);
    works->addChild(part(lathe({{f32(g.pad_radius_m), top}, {0.0f, top}}, g.azimuths), sintered));
    osg::ref_ptr<osg::Geode> apron = part(apronMesh(g, 0, g.ground_ring, z_shift), kRegolithFill);
    apron->setName(kPadApronName);
    works->addChild(apron);
    works->addChild(part(apronMesh(g, g.ground_ring, g.rings.size() - 1, z_shift), kRegolithFill));
    return works;
}

osg::ref_ptr<osg::Group> landingPad(const Facility& f, const PadGrading* grading)
{
    PadGrading flat; // without ground works: a disc of the facility's height on the base
    if (!grading) {
        flat.pad_radius_m = 0.5 * std::max(f.length_m, f.width_m);
        flat.berm_width_m = 0.0;
        flat.rim_radius_m = flat.pad_radius_m;
        flat.top_m = std::max(f.height_m, 0.1);
    }
    const PadGrading& g = grading ? *grading : flat;
    osg::ref_ptr<osg::Group> pad = new osg::Group;
    pad->getOrCreateStateSet()->addUniform(new osg::Uniform("groundFollow", 1.0f));
    osg::ref_ptr<osg::Group> paved = new osg::Group; // hatched when notional, the earthworks not
    paved->setName(kPadSurfaceName);
    const float r = f32(g.pad_radius_m), top = f32(g.top_m);
    paved->addChild(annulus(0.0f, 0.22f * r, top, kPadPaint));               // touchdown zone
    paved->addChild(annulus(0.22f * r, 0.25f * r, top, kWhitePaint));        // aim ring
    paved->addChild(annulus(0.25f * r, 0.42f * r, top, scorch(0.85f)));      // blast scorch,
    paved->addChild(annulus(0.42f * r, 0.58f * r, top, scorch(0.65f)));      // fading out
    paved->addChild(annulus(0.58f * r, 0.74f * r, top, scorch(0.35f)));
    paved->addChild(annulus(0.74f * r, r, top, kRegolithBrick));              // paved apron
    for (int i = 0; i < 4; ++i) { // painted cross bars of the aim point
        auto* bar = box(0, 0, top + 0.01f, 0.04f * r, 0.16f * r, 0.02f);
        bar->setRotation(osg::Quat(static_cast<float>(i) * osg::PI_2f, osg::Vec3(0, 0, 1)));
        bar->setCenter(osg::Vec3(0.14f * r * std::sin(static_cast<float>(i) * osg::PI_2f),
                                 0.14f * r * std::cos(static_cast<float>(i) * osg::PI_2f), top + 0.01f));
        paved->addChild(part(bar, kWhitePaint));
    }
    pad->addChild(paved);
    osg::ref_ptr<osg::Group> works = new osg::Group;
    works->getOrCreateStateSet()->addUniform(new osg::Uniform("notional", 0.0f));
    for (int i = 0; i < 12; ++i) { // edge lights
        const float a = 2.0f * osg::PIf * static_cast<float>(i) / 12.0f;
        works->addChild(part(column(0.985f * r * std::sin(a), 0.985f * r * std::cos(a), top, top + 0.35f, 0.12f),
                             kSignalLamp));
    }
    if (grading) {
        const float bw = f32(g.berm_width_m), bh = f32(g.berm_height_m);
        works->addChild(part(lathe({{f32(g.rim_radius_m), top}, {r + 0.6f * bw, top + bh},
                                    {r + 0.3f * bw, top + bh}, {r, top + 0.3f * bh}, {r, top}}, kRound),
                             kRegolithBrick)); // blast berm
        osg::ref_ptr<osg::Geode> apron = part(apronMesh(g, 0, g.ground_ring), kRegolithFill);
        apron->setName(kPadApronName);
        works->addChild(apron);
        works->addChild(part(apronMesh(g, g.ground_ring, g.rings.size() - 1), kRegolithFill)); // skirt
    }
    else {
        works->addChild(part(lathe({{r, 0.0f}, {r, top}}, kRound), kRegolithBrick)); // kerb
    }
    pad->addChild(works);
    return pad;
}

} // namespace lunar::scene
