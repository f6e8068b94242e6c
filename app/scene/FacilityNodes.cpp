#include "scene/FacilityNodes.h"

#include "core/Angles.h"
#include "core/LunarError.h"
#include "core/MoonBody.h"
#include "mission/FacilityPlacement.h"
#include "mission/PadGrading.h"
#include "scene/FacilityModels.h"
#include "scene/ModelParts.h"
#include "scene/ShaderLibrary.h"
#include "scene/ShowChildren.h"

#include <osg/ComputeBoundsVisitor>
#include <osg/Geode>
#include <osg/MatrixTransform>
#include <osg/NodeCallback>
#include <osg/ShapeDrawable>

#include <cmath>
#include <algorithm>
#include <filesystem>

namespace lunar::scene {

namespace {

osg::Vec4 categoryColour(const std::string& category)
{
    if (category == "power")
        return {0.10f, 0.16f, 0.45f, 1.0f}; // dark blue solar arrays
    if (category == "habitat")
        return {0.75f, 0.72f, 0.65f, 1.0f};
    if (category == "communications")
        return {0.80f, 0.80f, 0.82f, 1.0f};
    if (category == "landing")
        return {0.45f, 0.43f, 0.40f, 1.0f};
    if (category == "isru")
        return {0.70f, 0.45f, 0.20f, 1.0f};
    if (category == "science")
        return {0.85f, 0.70f, 0.25f, 1.0f};
    return {0.6f, 0.6f, 0.6f, 1.0f};
}

// Shows a facility once it has arrived (and while its phase is shown), and follows the
// terrain shadow at its position.
class FacilityUpdate : public osg::NodeCallback {
public:
    FacilityUpdate(const Facility& f, TimeSource now, SunVisibleNow sun_visible,
                   std::shared_ptr<const LayerVisibility> layers, osg::Uniform* uniform)
        : arrival_(f.arrival), phase_(f.phase), now_(std::move(now)),
          position_{degToRad(f.lat_deg), degToRad(f.lon_deg)},
          sun_visible_(std::move(sun_visible)), layers_(std::move(layers)), uniform_(uniform)
    {
    }
    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        const bool present = (!arrival_ || !(now_() < *arrival_)) &&
                             (!layers_ || layers_->phaseShown(phase_));
        if (osg::Group* group = node->asGroup())
            showChildren(*group, present);
        if (present)
            uniform_->set(static_cast<float>(sun_visible_(position_)));
        traverse(node, nv);
    }

private:
    std::optional<UtcTime> arrival_;
    std::string phase_;
    TimeSource now_;
    LatLon position_;
    SunVisibleNow sun_visible_;
    std::shared_ptr<const LayerVisibility> layers_;
    osg::ref_ptr<osg::Uniform> uniform_;
};

} // namespace

FootprintSurvey facilityFootprint(const Facility& f, const TerrainStack& terrain)
{
    return surveyFootprint(f, [&terrain](const LatLon& p) { return terrain.heightAt(p); });
}

Vec3d facilityBaseEnu(const Facility& f, const TerrainStack& terrain, const EnuFrame& frame)
{
    const FootprintSurvey survey = facilityFootprint(f, terrain);
    const double stand_m =
        f.category == "landing" && f.model_file.empty()
            ? 0.0
            : gradePad(f, survey.base_m, [&terrain](const LatLon& p) { return terrain.heightAt(p); },
                       groundWorksFor(f)).top_m;
    return frame.enuFromSelenographic(
        {degToRad(f.lat_deg), degToRad(f.lon_deg), survey.base_m + stand_m});
}

osg::BoundingBox modelBoxOf(osg::Group& placed)
{
    osg::ComputeBoundsVisitor bounds;
    for (unsigned i = 0; i < placed.getNumChildren(); ++i)
        placed.getChild(i)->accept(bounds);
    osg::BoundingBox box = bounds.getBoundingBox();
    // Arrays and dishes turn about the vertical: hold the box's footprint for any turn.
    const float reach = std::max(std::max(std::fabs(box.xMin()), std::fabs(box.xMax())),
                                 std::max(std::fabs(box.yMin()), std::fabs(box.yMax())));
    box.xMin() = box.yMin() = -reach;
    box.xMax() = box.yMax() = reach;
    return box;
}

const osg::BoundingBox* facilityModelBox(const osg::Node& facility_node)
{
    const auto* box = dynamic_cast<const FacilityModelBox*>(facility_node.getUserData());
    return box ? &box->box : nullptr;
}

osg::ref_ptr<osg::MatrixTransform> buildFacilityNode(const Facility& f,
                                                     const FacilityNodeContext& c)
{
    const Scenario& scenario = *c.scenario;
    const TerrainStack& terrain = *c.terrain;
    const EnuFrame& frame = *c.frame;
    const TimeSource& now = c.now;
    const SunVisibleNow& sun_visible = c.sun_visible;
    const SceneLight* light = c.light;
    const FootprintSurvey survey = facilityFootprint(f, terrain);
    // Its ground works: a landing pad's are its model; anything else stands on their disc.
    const bool landing = f.category == "landing" && f.model_file.empty();
    const PadGrading works = gradePad(f, survey.base_m,
                                      [&terrain](const LatLon& p) { return terrain.heightAt(p); },
                                      groundWorksFor(f));
    const double stand_m = landing ? 0.0 : works.top_m;
    const Vec3d base = frame.enuFromSelenographic(
        {degToRad(f.lat_deg), degToRad(f.lon_deg), survey.base_m + stand_m});
    // Local frame at the facility, expressed in the base ENU frame.
    const EnuFrame local({degToRad(f.lat_deg), degToRad(f.lon_deg), 0.0});
    const Vec3d east = frame.directionToEnu(local.directionToMoonFixed({1, 0, 0}));
    const Vec3d north = frame.directionToEnu(local.directionToMoonFixed({0, 1, 0}));
    const Vec3d up = frame.directionToEnu(local.directionToMoonFixed({0, 0, 1}));
    // Heading turns the shape's +y (length) axis from north toward east.
    const double h = degToRad(f.heading_deg);
    const Vec3d y_axis = north * std::cos(h) + east * std::sin(h);
    const Vec3d x_axis = cross(y_axis, up);
    const osg::Matrixd placement(x_axis.x, x_axis.y, x_axis.z, 0.0, y_axis.x, y_axis.y,
                                 y_axis.z, 0.0, up.x, up.y, up.z, 0.0, base.x, base.y,
                                 base.z, 1.0);
    FacilityModelContext context;
    context.light = light;
    context.x_axis = x_axis;
    context.y_axis = y_axis;
    context.up = up;
    context.scenario_file = scenario.file;
    context.scenario_dir = std::filesystem::path(scenario.file).parent_path().string();
    if (landing)
        context.pad = &works;
    osg::ref_ptr<osg::MatrixTransform> node = new osg::MatrixTransform(placement);
    node->setName(f.id);
    node->addChild(buildFacilityModel(f, context));
    if (!landing)
        node->addChild(groundWorks(works, -stand_m));
    node->setUserData(new FacilityModelBox(modelBoxOf(*node)));
    osg::StateSet* state = node->getOrCreateStateSet();
    const osg::Vec4 colour = categoryColour(f.category);
    state->addUniform(new osg::Uniform("facilityColour", colour));
    // Placements no source gives are drawn hatched.
    state->addUniform(new osg::Uniform("notional", f.status == "notional" ? 1.0f : 0.0f));
    osg::ref_ptr<osg::Uniform> lit = new osg::Uniform("sunVisible", 1.0f);
    state->addUniform(lit);
    // Exaggeration lifts the facility with the ground under it (in the shader), so its
    // bounds would lie: these few small nodes are simply never culled.
    const Vec3d ground = base - frame.toEnu({0.0, 0.0, 0.0});
    state->addUniform(new osg::Uniform(
        "liftUpAndHeight",
        osg::Vec4(static_cast<float>(up.x), static_cast<float>(up.y), static_cast<float>(up.z),
                  static_cast<float>(ground.length() - moon::kRadius_m))));
    node->setCullingActive(false);
    node->setUpdateCallback(new FacilityUpdate(f, now, sun_visible, c.layers, lit.get()));
    return node;
}

osg::ref_ptr<osg::Group> buildFacilityNodes(const FacilityNodeContext& context)
{
    osg::ref_ptr<osg::Group> group = new osg::Group;
    group->setName("facilities");
    group->getOrCreateStateSet()->setAttributeAndModes(loadProgram("facility"));
    applyDefaultMaterial(*group->getOrCreateStateSet());
    for (const Facility& f : context.scenario->facilities)
        group->addChild(buildFacilityNode(f, context));
    return group;
}

} // namespace lunar::scene
