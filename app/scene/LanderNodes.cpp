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
#include <osg/ShapeDrawable>

#include <cmath>

namespace lunar::scene {

namespace {

constexpr double kDustHeight_m = 30.0; // the plume lifts dust below this height

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

osg::ref_ptr<osg::Geode> glow(osg::Shape* shape, const osg::Vec4& colour, osg::Uniform* intensity)
{
    osg::ref_ptr<osg::Geode> geode = new osg::Geode;
    geode->addDrawable(new osg::ShapeDrawable(shape));
    osg::StateSet* s = geode->getOrCreateStateSet();
    s->addUniform(new osg::Uniform("emissiveColour", colour));
    s->addUniform(intensity);
    return geode;
}

class FlyLander : public osg::NodeCallback {
public:
    FlyLander(LanderFlight flight, const EnuFrame& frame, TimeSource now,
              osg::MatrixTransform* plume, osg::Uniform* plume_intensity,
              osg::MatrixTransform* dust, osg::Uniform* dust_intensity)
        : flight_(std::move(flight)), frame_(frame), now_(std::move(now)), plume_(plume),
          plume_intensity_(plume_intensity), dust_(dust), dust_intensity_(dust_intensity)
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
            plume_->setNodeMask(thr > 0.0 ? ~0u : 0u);
            plume_->setMatrix(osg::Matrixd::scale(1.0, 1.0, 0.3 + 2.2 * thr));
            plume_intensity_->set(static_cast<float>(0.4 + 1.2 * thr));
            const bool dusty = thr > 0.0 && pose.height_m < kDustHeight_m;
            dust_->setNodeMask(dusty ? ~0u : 0u);
            if (dusty) {
                const double closeness = 1.0 - pose.height_m / kDustHeight_m;
                const double radius = 3.0 + 9.0 * closeness;
                // The dust sheet lies on the ground below the lander, not tilted with it.
                const osg::Matrixd to_local = osg::Matrixd::inverse(t->getMatrix());
                const Vec3d up = frame_.directionToEnu(
                    moonFixedFromSelenographic(flight_.site).normalized());
                const osg::Vec3d ground = osg::Vec3d(pose.position_enu.x, pose.position_enu.y,
                                                     pose.position_enu.z) -
                                          osg::Vec3d(up.x, up.y, up.z) * pose.height_m;
                dust_->setMatrix(osg::Matrixd::scale(radius, radius, 1.0) *
                                 osg::Matrixd::rotate(osg::Vec3d(0, 0, 1),
                                                      osg::Vec3d(up.x, up.y, up.z)) *
                                 osg::Matrixd::translate(ground) * to_local);
                dust_intensity_->set(static_cast<float>(0.08 * thr * closeness));
            }
        }
        traverse(node, nv);
    }

private:
    LanderFlight flight_;
    const EnuFrame& frame_;
    TimeSource now_;
    osg::ref_ptr<osg::MatrixTransform> plume_;
    osg::ref_ptr<osg::Uniform> plume_intensity_;
    osg::ref_ptr<osg::MatrixTransform> dust_;
    osg::ref_ptr<osg::Uniform> dust_intensity_;
};

} // namespace

osg::ref_ptr<osg::Group> buildLanderNodes(const std::vector<LanderFlight>& flights,
                                          const EnuFrame& frame, TimeSource now)
{
    osg::ref_ptr<osg::Group> group = new osg::Group;
    group->setName("landers");
    group->getOrCreateStateSet()->setAttributeAndModes(loadProgram("facility"));
    applyDefaultMaterial(*group->getOrCreateStateSet());
    group->getOrCreateStateSet()->addUniform(new osg::Uniform("sunVisible", 1.0f));
    group->getOrCreateStateSet()->addUniform(new osg::Uniform("notional", 0.0f));
    group->getOrCreateStateSet()->addUniform(
        new osg::Uniform("liftUpAndHeight", osg::Vec4(0, 0, 1, 0)));
    osg::ref_ptr<osg::Program> emissive = loadProgram("emissive");
    for (const LanderFlight& flight : flights) {
        osg::ref_ptr<osg::MatrixTransform> lander = new osg::MatrixTransform;
        lander->setName(flight.mission_id);
        lander->setCullingActive(false);
        lander->addChild(landerModel());
        // Plume: a cone below the bell pointing down, length scaled by the throttle.
        osg::ref_ptr<osg::Uniform> plume_intensity = new osg::Uniform("emissiveIntensity", 1.0f);
        auto* cone = new osg::Cone(osg::Vec3(0, 0, -1.2f), 0.55f, 2.2f);
        cone->setRotation(osg::Quat(osg::PI, osg::Vec3(1, 0, 0)));
        osg::ref_ptr<osg::MatrixTransform> plume = new osg::MatrixTransform;
        plume->addChild(glow(cone, osg::Vec4(0.55f, 0.65f, 1.0f, 1.0f), plume_intensity.get()));
        // Dust: a flat disc on the ground, lit by nothing but blending over it.
        osg::ref_ptr<osg::Uniform> dust_intensity = new osg::Uniform("emissiveIntensity", 0.0f);
        osg::ref_ptr<osg::MatrixTransform> dust = new osg::MatrixTransform;
        dust->addChild(glow(column(0, 0, 0.0f, 0.05f, 1.0f), osg::Vec4(0.8f, 0.75f, 0.7f, 1.0f),
                            dust_intensity.get()));
        for (osg::MatrixTransform* fx : {plume.get(), dust.get()}) {
            osg::StateSet* s = fx->getOrCreateStateSet();
            s->setAttributeAndModes(emissive);
            s->setAttributeAndModes(new osg::BlendFunc(GL_ONE, GL_ONE)); // additive
            s->setAttributeAndModes(new osg::Depth(osg::Depth::LESS, 0.0, 1.0, false));
            s->setRenderingHint(osg::StateSet::TRANSPARENT_BIN);
            lander->addChild(fx);
        }
        lander->setUpdateCallback(new FlyLander(flight, frame, now, plume.get(),
                                                plume_intensity.get(), dust.get(),
                                                dust_intensity.get()));
        group->addChild(lander);
    }
    return group;
}

} // namespace lunar::scene
