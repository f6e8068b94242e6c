#include "scene/LanderNodes.h"

#include "core/Angles.h"
#include "core/SelenographicFrame.h"
#include "scene/MeshParts.h"
#include "scene/ModelParts.h"
#include "scene/ShaderLibrary.h"
#include "scene/ShowChildren.h"

#include <osg/BlendFunc>
#include <osg/Depth>
#include <osg/MatrixTransform>

#include <cmath>

namespace lunar::scene {

namespace {

// Chang'e-class lander, about 4.8 m across the footpads and 3.4 m tall; base (footpads) at
// z = 0. An octagonal body in gold MLI under a silver top deck, four spherical tanks at its
// lower corners, the engine bell below, four legs (a primary strut and two secondaries each)
// on dish footpads, two solar wings, a white radiator and a high-gain antenna.
osg::ref_ptr<osg::Group> landerModel()
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    constexpr float kBodyR = 1.05f, kBodyZ0 = 1.15f, kBodyZ1 = 2.85f;
    osg::ref_ptr<osg::Geometry> body = lathe({{kBodyR, kBodyZ0}, {kBodyR, kBodyZ1}}, 8,
                                             osg::Matrix::rotate(osg::PI / 8.0, osg::Vec3d(0, 0, 1)));
    g->addChild(part(body, kGoldFoil));
    g->addChild(part(lathe({{kBodyR, kBodyZ1}, {kBodyR, kBodyZ1}, {1.12f, kBodyZ1 + 0.08f},
                            {1.12f, kBodyZ1 + 0.08f}, {0.0f, kBodyZ1 + 0.12f}}, 8,
                           osg::Matrix::rotate(osg::PI / 8.0, osg::Vec3d(0, 0, 1))),
                     kSilverFoil)); // top deck
    g->addChild(part(lathe({{0.0f, kBodyZ0}, {kBodyR, kBodyZ0}}, 8,
                           osg::Matrix::rotate(osg::PI / 8.0, osg::Vec3d(0, 0, 1))),
                     kSilverFoil)); // bottom deck, seen from below during the descent
    for (int i = 0; i < 4; ++i) { // propellant tanks peeking out at the lower corners
        const float a = static_cast<float>(i) * osg::PI_2f;
        g->addChild(part(capsule({0.75f * std::sin(a), 0.75f * std::cos(a), kBodyZ0 + 0.1f}, {0, 0, 1}, 0.38f,
                                 0.0f, 14), kSilverFoil));
    }
    // Engine bell under the body, its throat in a gimbal ring.
    g->addChild(part(lathe({{0.5f, 0.42f}, {0.36f, 0.75f}, {0.2f, 1.0f}, {0.16f, 1.15f}}, 20), kDarkMetal));
    g->addChild(part(ring({0, 0, 1.05f}, {0, 0, 1}, 0.22f, 0.05f, 12), kStructure));
    const auto pad_r = static_cast<float>(kFootpadRadius_m);
    for (int i = 0; i < 4; ++i) { // legs splayed from the body to footpads at 2.4 m
        const float a = f32(osg::PI / 4.0 + i * osg::PI / 2.0);
        const osg::Vec3 dir(std::sin(a), std::cos(a), 0.0f), side(dir.y(), -dir.x(), 0.0f);
        const osg::Vec3 foot = dir * pad_r + osg::Vec3(0, 0, 0.12f);
        const osg::Vec3 knee = dir * (0.8f * pad_r) + osg::Vec3(0, 0, 0.75f);
        g->addChild(part(strut(dir * 0.95f + osg::Vec3(0, 0, kBodyZ1 - 0.4f), foot, 0.06f, 8), kStructure));
        for (float s : {-1.0f, 1.0f}) // secondary struts from the bottom deck's corners
            g->addChild(part(strut(dir * 0.8f + side * (s * 0.55f) + osg::Vec3(0, 0, kBodyZ0), knee, 0.035f),
                             kStructure));
        g->addChild(part(lathe({{0.3f, 0.0f}, {0.3f, 0.05f}, {0.3f, 0.05f}, {0.12f, 0.12f}}, 14,
                               osg::Matrix::translate(foot.x(), foot.y(), 0.0f)),
                         kStructure)); // dish footpad
    }
    for (int side : {-1, 1}) { // solar wings on short booms
        const auto sf = static_cast<float>(side);
        g->addChild(part(strut({sf * kBodyR, 0, 2.4f}, {sf * 1.25f, 0, 2.4f}, 0.04f), kStructure));
        auto* wing = box(sf * 2.2f, 0, 2.4f, 1.9f, 1.4f, 0.04f);
        wing->setRotation(osg::Quat(sf * 0.35f, osg::Vec3(0, 1, 0)));
        g->addChild(cellPanel(wing, kSolarCells, 6, 4));
    }
    g->addChild(part(box(0, -kBodyR - 0.03f, 2.0f, 1.0f, 0.04f, 1.1f), kRadiator)); // radiator face
    g->addChild(part(strut({0.4f, 0.3f, kBodyZ1 + 0.1f}, {0.4f, 0.3f, kBodyZ1 + 0.7f}, 0.03f), kStructure));
    g->addChild(part(lathe({{0.0f, 0.0f}, {0.32f, 0.1f}}, 14,
                           alongAxis({0.4f, 0.3f, kBodyZ1 + 0.7f}, {0, 1, 0.3f})),
                     kWhitePaint)); // high-gain antenna
    return g;
}

// The plume's glow: in vacuum the exhaust leaves the bell and expands at once into a wide,
// thin cone, so what shows is a faint glow just below the nozzle, not a flame (the choice for
// both the storable-bipropellant Chang'e-class engine and a hydrogen-oxygen one; brightness
// and colour notional). A cone opening at 40 deg from the bell's 0.5 m exit, 2.5 m long, its
// glow falling off over 0.6 m downstream (shaders/plume.frag).
constexpr float kNozzleExitZ_m = 0.42f;
osg::ref_ptr<osg::MatrixTransform> plumeGlow(osg::Uniform* glow)
{
    osg::ref_ptr<osg::MatrixTransform> plume =
        new osg::MatrixTransform(osg::Matrixd::translate(0.0, 0.0, kNozzleExitZ_m));
    plume->setName("plume");
    osg::ref_ptr<osg::Geode> geode = new osg::Geode;
    geode->addDrawable(lathe({{0.5f, 0.0f}, {0.5f + 2.5f * std::tan(f32(osg::DegreesToRadians(40.0))), -2.5f}}, 32));
    plume->addChild(geode);
    osg::StateSet* s = plume->getOrCreateStateSet();
    s->setAttributeAndModes(loadProgram("plume"));
    s->addUniform(glow);
    s->addUniform(new osg::Uniform("plumeColour", osg::Vec3(1.0f, 0.82f, 0.62f)));
    s->addUniform(new osg::Uniform("plumeLength", 0.6f));
    s->setAttributeAndModes(new osg::BlendFunc(GL_ONE, GL_ONE)); // light added to what is behind
    s->setAttributeAndModes(new osg::Depth(osg::Depth::LEQUAL, 0.0, 1.0, false));
    s->setMode(GL_CULL_FACE, osg::StateAttribute::OFF);
    s->setRenderBinDetails(7, "RenderBin"); // after the dust sheets (6): it glows over them
    return plume;
}

class FlyLander : public osg::NodeCallback {
public:
    FlyLander(LanderFlight flight, const EnuFrame& frame, TimeSource now,
              std::shared_ptr<const LayerVisibility> layers, osg::MatrixTransform* plume,
              osg::Uniform* plume_glow)
        : flight_(std::move(flight)), frame_(frame), now_(std::move(now)),
          layers_(std::move(layers)), plume_(plume), plume_glow_(plume_glow)
    {
    }
    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        const LanderPose pose = landerPoseAt(flight_, frame_, now_());
        auto* t = static_cast<osg::MatrixTransform*>(node);
        showChildren(*t, pose.visible);
        if (pose.visible) {
            const osg::Vec3d axis(pose.axis_enu.x, pose.axis_enu.y, pose.axis_enu.z);
            t->setMatrix(osg::Matrixd::rotate(osg::Vec3d(0, 0, 1), axis) *
                         osg::Matrixd::translate(pose.position_enu.x, pose.position_enu.y,
                                                 pose.position_enu.z));
            const double thr = pose.throttle;
            const bool glowing = thr > 0.0 && (!layers_ || layers_->landing_effects);
            plume_->setNodeMask(glowing ? ~0u : 0u);
            plume_glow_->set(static_cast<float>(0.05 + 0.15 * thr));
        }
        traverse(node, nv);
    }

private:
    LanderFlight flight_;
    const EnuFrame& frame_;
    TimeSource now_;
    std::shared_ptr<const LayerVisibility> layers_;
    osg::ref_ptr<osg::MatrixTransform> plume_;
    osg::ref_ptr<osg::Uniform> plume_glow_;
};

} // namespace

osg::ref_ptr<osg::Group> buildLanderNodes(const std::vector<LanderFlight>& flights,
                                          const EnuFrame& frame, TimeSource now,
                                          std::shared_ptr<const LayerVisibility> layers)
{
    osg::ref_ptr<osg::Group> group = new osg::Group;
    group->setName("landers");
    group->getOrCreateStateSet()->setAttributeAndModes(loadProgram("facility"));
    applyDefaultMaterial(*group->getOrCreateStateSet());
    group->getOrCreateStateSet()->addUniform(new osg::Uniform("sunVisible", 1.0f));
    group->getOrCreateStateSet()->addUniform(new osg::Uniform("notional", 0.0f));
    group->getOrCreateStateSet()->addUniform(
        new osg::Uniform("liftUpAndHeight", osg::Vec4(0, 0, 1, 0)));
    for (const LanderFlight& flight : flights) {
        osg::ref_ptr<osg::MatrixTransform> lander = new osg::MatrixTransform;
        lander->setName(flight.mission_id);
        lander->setCullingActive(false);
        lander->addChild(landerModel());
        osg::ref_ptr<osg::Uniform> glow = new osg::Uniform("plumeGlow", 0.0f);
        osg::ref_ptr<osg::MatrixTransform> plume = plumeGlow(glow.get());
        lander->addChild(plume);
        lander->setUpdateCallback(new FlyLander(flight, frame, now, layers, plume.get(), glow.get()));
        group->addChild(lander);
    }
    return group;
}

} // namespace lunar::scene
