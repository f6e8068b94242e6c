// Plants: in-situ resource utilisation (an excavator's hopper feeding a conveyor, a furnace
// reactor, oxygen tanks, radiators and piping on a deck, as Chang'e-8's regolith experiment
// grown to a plant) and the refuelling station (tanks on a frame, a dispensing arm).
#include "scene/MeshParts.h"
#include "scene/ModelBuilders.h"
#include "scene/ModelParts.h"

#include <algorithm>
#include <cmath>

namespace lunar::scene {

osg::ref_ptr<osg::Group> isruPlant(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float w = f32(f.width_m), l = f32(f.length_m), h = f32(f.height_m);
    const float deck = 0.12f * h;
    g->addChild(part(box(0, 0, 0.5f * deck, w, l, deck), kDarkMetal));
    // Furnace reactor: an upright drum with a domed head, foiled.
    const float fr = std::min(0.22f * w, 0.16f * l), fz1 = 0.75f * h;
    g->addChild(part(lathe({{fr, deck}, {fr, fz1}, {0.6f * fr, fz1 + 0.35f * fr}, {0.0f, fz1 + 0.4f * fr}}, 24,
                           osg::Matrix::translate(-0.2f * w, -0.15f * l, 0)),
                     kGoldFoil));
    g->addChild(part(ring({-0.2f * w, -0.15f * l, 0.5f * (deck + fz1)}, {0, 0, 1}, fr + 0.03f, 0.06f), kStructure));
    // Hopper on legs, fed by an inclined conveyor from the ground.
    const osg::Vec3 hop(0.2f * w, 0.25f * l, 0.62f * h);
    const float hr = std::min(0.2f * w, 0.15f * l);
    g->addChild(part(lathe({{0.2f * hr, hop.z() - 0.6f * hr}, {hr, hop.z() + 0.4f * hr}, {hr, hop.z() + 0.4f * hr},
                            {0.95f * hr, hop.z() + 0.4f * hr}}, 20, osg::Matrix::translate(hop.x(), hop.y(), 0)),
                     kStructure));
    for (int i = 0; i < 4; ++i) {
        const float a = osg::PI_4f + static_cast<float>(i) * osg::PI_2f;
        const osg::Vec3 foot = hop + osg::Vec3(0.8f * hr * std::sin(a), 0.8f * hr * std::cos(a), 0);
        g->addChild(part(strut(osg::Vec3(foot.x(), foot.y(), deck), foot, 0.05f), kStructure));
    }
    auto* conveyor = box(hop.x(), hop.y() + 0.35f * l, 0.5f * hop.z(), 0.12f * w, 0.5f * l, 0.12f);
    conveyor->setRotation(osg::Quat(std::atan2(hop.z(), 0.5f * l), osg::Vec3(1, 0, 0)));
    g->addChild(part(conveyor, kDarkMetal));
    // Oxygen tanks in a row, white, on the deck.
    const float tr = std::min(0.09f * l, 0.12f * w);
    for (int i = 0; i < 3; ++i)
        g->addChild(part(capsule({0.3f * w, -0.3f * l + 2.3f * tr * static_cast<float>(i), deck + 1.2f * tr},
                                 {0, 0, 1}, tr, 0.4f * tr, 16), kWhitePaint));
    // Radiators standing at the -y end, and the piping between the units.
    for (float x : {-0.25f * w, 0.25f * w})
        g->addChild(part(box(x, -0.48f * l, 0.5f * h + 0.2f, 0.45f * w, 0.06f, 0.75f * h), kRadiator));
    g->addChild(part(strut({-0.2f * w + fr, -0.15f * l, 0.55f * h}, {0.3f * w, -0.3f * l, 0.55f * h}, 0.06f),
                     kSilverFoil));
    g->addChild(part(strut({hop.x(), hop.y(), 0.4f * h}, {-0.2f * w, -0.15f * l + fr, 0.4f * h}, 0.06f),
                     kSilverFoil));
    g->addChild(part(box(-0.3f * w, 0.32f * l, deck + 0.4f, 0.3f * w, 0.2f * l, 0.8f), kWhitePaint)); // control box
    return g;
}

osg::ref_ptr<osg::Group> refuelling(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float w = f32(f.width_m), l = f32(f.length_m), h = f32(f.height_m);
    const float r = std::min(0.2f * w, 0.3f * h);
    g->addChild(part(box(0, 0, 0.25f * h, 0.85f * w, 0.8f * l, 0.08f), kStructure)); // deck
    for (float x : {-0.25f * w, 0.25f * w}) {
        g->addChild(part(capsule({x, 0, 0.25f * h + r + 0.05f}, {0, 1, 0}, r, 0.75f * l - 2.0f * r, 20),
                         kWhitePaint));
        for (float y : {-0.25f * l, 0.25f * l}) // saddles and legs
            g->addChild(part(box(x, y, 0.125f * h, 0.15f, 0.15f, 0.25f * h), kStructure));
        g->addChild(part(ring({x, 0, 0.25f * h + r + 0.05f}, {0, 1, 0}, r + 0.02f, 0.04f, 20), kStructure));
    }
    // Dispensing arm: a post with a boom and a hose hanging to the coupling.
    const osg::Vec3 post(0.45f * w, 0.45f * l, 0);
    g->addChild(part(strut(post, post + osg::Vec3(0, 0, h), 0.1f), kStructure));
    g->addChild(part(strut(post + osg::Vec3(0, 0, h), post + osg::Vec3(-0.4f * w, 0.1f * l, h), 0.07f), kStructure));
    g->addChild(part(strut(post + osg::Vec3(-0.4f * w, 0.1f * l, h), post + osg::Vec3(-0.4f * w, 0.1f * l, 0.3f * h),
                           0.05f), kDarkMetal));
    g->addChild(part(box(post.x() - 0.4f * w, post.y() + 0.1f * l, 0.28f * h, 0.3f, 0.3f, 0.2f), kGoldFoil));
    g->addChild(part(box(-0.45f * w, 0, 0.5f * h, 0.06f, 0.6f * l, 0.7f * h), kRadiator));
    return g;
}

} // namespace lunar::scene
