#include "scene/FacilityModels.h"

#include "core/LunarError.h"
#include "scene/ModelParts.h"

#include <osg/Geode>
#include <osg/MatrixTransform>
#include <osg/ShapeDrawable>
#include <osgDB/ReadFile>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>

namespace lunar::scene {

namespace {

// Turns its child each frame toward a direction given in the base ENU frame: about the
// local vertical only (a solar panel facing the Sun's azimuth), or also in elevation (a
// dish's axis, the child's +y, onto the direction).
class TrackDirection : public osg::NodeCallback {
public:
    TrackDirection(std::function<Vec3d()> direction_enu, const FacilityModelContext& c,
                   bool elevation, osg::Vec3 pivot)
        : direction_(std::move(direction_enu)), x_(c.x_axis), y_(c.y_axis), up_(c.up),
          elevation_(elevation), pivot_(pivot)
    {
    }
    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        const Vec3d d = direction_();
        const double lx = dot(d, x_), ly = dot(d, y_), lz = dot(d, up_);
        const double azimuth = std::atan2(-lx, ly); // turns +y toward (lx, ly)
        osg::Matrixd m = osg::Matrixd::identity();
        if (elevation_)
            m = osg::Matrixd::rotate(std::atan2(lz, std::hypot(lx, ly)), osg::Vec3d(1, 0, 0));
        m = m * osg::Matrixd::rotate(azimuth, osg::Vec3d(0, 0, 1)) *
            osg::Matrixd::translate(pivot_);
        static_cast<osg::MatrixTransform*>(node)->setMatrix(m);
        traverse(node, nv);
    }

private:
    std::function<Vec3d()> direction_;
    Vec3d x_, y_, up_;
    bool elevation_;
    osg::Vec3 pivot_;
};

osg::ref_ptr<osg::MatrixTransform> tracker(const FacilityModelContext& c, bool to_earth,
                                           bool elevation, osg::Vec3 pivot)
{
    osg::ref_ptr<osg::MatrixTransform> t = new osg::MatrixTransform(osg::Matrixd::translate(pivot));
    t->setName(kTrackingNodeName);
    if (c.light) {
        const SceneLight* light = c.light;
        t->setUpdateCallback(new TrackDirection(
            [light, to_earth] {
                return to_earth ? light->current().earth_direction_enu
                                : light->current().sun_direction_enu;
            },
            c, elevation, pivot));
    }
    return t;
}

double param(const Facility& f, const std::string& key, double fallback)
{
    const auto found = f.model.find(key);
    return found != f.model.end() ? found->second : fallback;
}

// A vertical array for a Sun on the horizon: a mast and a panel wing that turns about it.
osg::ref_ptr<osg::Group> solarArray(const Facility& f, const FacilityModelContext& c)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float h = f32(f.height_m), w = f32(f.length_m);
    g->addChild(part(column(0, 0, 0, h, std::max(0.15f, w * 0.01f)), kStructure));
    osg::ref_ptr<osg::MatrixTransform> wing = tracker(c, false, false, osg::Vec3(0, 0, 0));
    const int panels = std::max(1, static_cast<int>(param(f, "panel_count", 4)));
    const float bottom = 0.25f * h, panel_h = (h - bottom) / static_cast<float>(panels);
    for (int i = 0; i < panels; ++i) // the cells face local +y, which the tracker turns
        wing->addChild(part(box(0, 0.15f, bottom + (static_cast<float>(i) + 0.5f) * panel_h, w, 0.08f,
                                panel_h * 0.94f), kSolarCells));
    wing->addChild(part(box(0, 0.2f, bottom - 0.1f, w, 0.2f, 0.2f), kStructure)); // boom
    g->addChild(wing);
    return g;
}

// A dish on a pedestal, its axis kept on the Earth.
osg::ref_ptr<osg::Group> earthDish(const Facility& f, const FacilityModelContext& c)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float d = f32(param(f, "dish_diameter_m", 0.8 * std::min(f.length_m, f.width_m)));
    const float pivot_h = std::max(1.0f, f32(f.height_m) - 0.5f * d);
    g->addChild(part(column(0, 0, 0, pivot_h, 0.08f * d + 0.1f), kStructure));
    osg::ref_ptr<osg::MatrixTransform> head = tracker(c, true, true, osg::Vec3(0, 0, pivot_h));
    // The dish: a shallow cone opening toward +y (the Earth), and its feed.
    auto* dish = new osg::Cone(osg::Vec3(0, 0, 0), 0.5f * d, 0.18f * d);
    dish->setRotation(osg::Quat(-osg::PI_2, osg::Vec3(1, 0, 0)));
    head->addChild(part(dish, kWhitePaint));
    head->addChild(part(lying(0, 0.3f * d, 0, 0.02f * d + 0.03f, 0.6f * d), kStructure));
    g->addChild(head);
    return g;
}

osg::ref_ptr<osg::Group> relayMast(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float h = f32(f.height_m);
    g->addChild(part(column(0, 0, 0, h, 0.25f), kStructure));
    for (int i = 0; i < 3; ++i) { // sector antennas near the top
        const float a = f32(i * 2.0 * osg::PI / 3.0);
        g->addChild(part(box(0.5f * std::sin(a), 0.5f * std::cos(a), h - 1.5f, 0.4f, 0.15f, 2.0f),
                         kWhitePaint));
    }
    g->addChild(part(box(0, 0, 0.6f, 1.6f, 1.6f, 1.2f), kDarkMetal)); // equipment box
    return g;
}

osg::ref_ptr<osg::Group> habitat(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float r = 0.5f * f32(std::min(f.width_m, f.height_m));
    const float len = f32(std::max(f.length_m, 2.0 * r));
    g->addChild(part(lying(0, 0, r + 0.6f, r, len - r), kWhitePaint));
    g->addChild(part(new osg::Sphere(osg::Vec3(0, 0.5f * (len - r), r + 0.6f), r), kWhitePaint));
    g->addChild(part(new osg::Sphere(osg::Vec3(0, -0.5f * (len - r), r + 0.6f), r), kWhitePaint));
    g->addChild(part(box(0, 0, 0.3f, 1.6f * r, 0.6f * len, 0.6f), kStructure)); // cradle
    g->addChild(part(lying(0, 0.5f * len + 0.6f, r + 0.6f, 0.45f * r, 1.2f), kStructure)); // hatch
    return g;
}

osg::ref_ptr<osg::Group> commandCentre(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float w = f32(f.width_m), l = f32(f.length_m), h = f32(f.height_m);
    g->addChild(part(box(0, 0, 0.5f * h, w, l, h), kWhitePaint));
    g->addChild(part(box(0, 0, h + 0.05f, 0.9f * w, 0.9f * l, 0.1f), kRadiator)); // roof radiator
    g->addChild(part(column(0.35f * w, 0.35f * l, h, h + 4.0f, 0.08f), kStructure)); // antenna
    return g;
}

osg::ref_ptr<osg::Group> landingPad(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float r = 0.5f * f32(std::max(f.length_m, f.width_m)), h = f32(std::max(f.height_m, 0.1));
    g->addChild(part(column(0, 0, 0, h, r), kRegolithBrick));
    g->addChild(part(column(0, 0, h, h + 0.02f, 0.35f * r), kPadPaint)); // aim point
    for (int i = 0; i < 8; ++i) { // edge lights
        const float a = f32(i * osg::PI / 4.0);
        g->addChild(part(column(0.95f * r * std::sin(a), 0.95f * r * std::cos(a), h, h + 0.5f, 0.2f),
                         kPadPaint));
    }
    return g;
}

osg::ref_ptr<osg::Group> isruPlant(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float w = f32(f.width_m), l = f32(f.length_m), h = f32(f.height_m);
    g->addChild(part(box(0, -0.15f * l, 0.35f * h, w, 0.7f * l, 0.7f * h), kGoldFoil)); // reactor
    auto* hopper = new osg::Cone(osg::Vec3(0, 0.3f * l, 0.55f * h), 0.3f * w, -0.4f * h);
    g->addChild(part(hopper, kStructure));
    auto* conveyor = box(0, 0.42f * l, 0.3f * h, 0.15f * w, 0.35f * l, 0.08f);
    conveyor->setRotation(osg::Quat(0.5, osg::Vec3(1, 0, 0)));
    g->addChild(part(conveyor, kDarkMetal));
    g->addChild(part(column(0.3f * w, -0.3f * l, 0.7f * h, h, 0.2f), kStructure)); // vent
    return g;
}

osg::ref_ptr<osg::Group> nuclearPower(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float r = 0.5f * f32(std::min(f.length_m, f.width_m)), h = f32(f.height_m);
    g->addChild(part(column(0, 0, 0, 0.6f * h, r), kDarkMetal)); // core and shield
    g->addChild(part(new osg::Cone(osg::Vec3(0, 0, 0.6f * h), 0.6f * r, 0.4f * h), kStructure));
    for (int i = 0; i < 4; ++i) { // radiator panels, edge-on to each other
        const float a = f32(i * osg::PI / 2.0);
        auto* fin = box(1.6f * r * std::sin(a), 1.6f * r * std::cos(a), 0.45f * h, 0.05f,
                        1.2f * r, 0.8f * h);
        fin->setRotation(osg::Quat(-a, osg::Vec3(0, 0, 1)));
        g->addChild(part(fin, kRadiator));
    }
    return g;
}

osg::ref_ptr<osg::Group> telescope(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float r = 0.5f * f32(std::min(f.length_m, f.width_m));
    const float wall = std::max(0.8f, f32(f.height_m) - r);
    g->addChild(part(column(0, 0, 0, wall, r), kWhitePaint));
    g->addChild(part(new osg::Sphere(osg::Vec3(0, 0, wall), r), kWhitePaint));
    g->addChild(part(box(0, r * 0.75f, wall + 0.4f * r, 0.35f * r, 0.6f * r, 1.1f * r), kDarkMetal));
    return g;
}

osg::ref_ptr<osg::Group> laboratory(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float r = 0.5f * f32(std::min(f.length_m, f.width_m)), h = f32(f.height_m);
    g->addChild(part(column(0, 0, 0, h, r), kWhitePaint));
    g->addChild(part(column(0, 0, h, h + 0.15f, 0.95f * r), kRadiator));
    g->addChild(part(column(1.3f * r, 0, 0, 3.0f, 0.05f), kStructure)); // instrument mast
    g->addChild(part(box(1.3f * r, 0, 3.0f, 0.4f, 0.4f, 0.3f), kGoldFoil));
    return g;
}

// Six-wheeled rover: body, wheels, mast; pressurized ones get a rounded cabin.
osg::ref_ptr<osg::Group> rover(const Facility& f, bool pressurized)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float w = f32(f.width_m), l = f32(f.length_m), h = f32(f.height_m);
    const float wheel_r = std::max(0.25f, 0.18f * h);
    for (int side : {-1, 1})
        for (int axle = -1; axle <= 1; ++axle) {
            auto* wheel = new osg::Cylinder(osg::Vec3(static_cast<float>(side) * 0.5f * w,
                                                       static_cast<float>(axle) * 0.35f * l, wheel_r),
                                            wheel_r, 0.25f * wheel_r + 0.1f);
            wheel->setRotation(osg::Quat(osg::PI_2, osg::Vec3(0, 1, 0)));
            g->addChild(part(wheel, kDarkMetal));
        }
    const float body_z0 = 1.4f * wheel_r;
    if (pressurized) {
        const float r = 0.5f * std::min(w * 0.85f, h - body_z0);
        g->addChild(part(lying(0, 0, body_z0 + r, r, 0.9f * l - 2 * r), kWhitePaint));
        g->addChild(part(new osg::Sphere(osg::Vec3(0, 0.45f * l - r, body_z0 + r), r), kWhitePaint));
        g->addChild(part(new osg::Sphere(osg::Vec3(0, -0.45f * l + r, body_z0 + r), r), kWhitePaint));
    }
    else {
        g->addChild(part(box(0, 0, body_z0 + 0.25f * (h - body_z0), 0.85f * w, 0.9f * l,
                             0.5f * (h - body_z0)), kGoldFoil));
        g->addChild(part(column(0, 0.35f * l, body_z0, h, 0.05f), kStructure)); // camera mast
        g->addChild(part(box(0, 0.35f * l, h, 0.5f, 0.2f, 0.2f), kDarkMetal));
        g->addChild(part(box(0, -0.1f * l, body_z0 + 0.55f * (h - body_z0), 0.9f * w, 0.6f * l,
                             0.04f), kSolarCells)); // deck panel
    }
    return g;
}

// A small lander-like hopper: body, four legs, engine bell.
osg::ref_ptr<osg::Group> hopper(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float r = 0.5f * f32(std::min(f.length_m, f.width_m)), h = f32(f.height_m);
    g->addChild(part(column(0, 0, 0.45f * h, h, 0.6f * r), kGoldFoil));
    g->addChild(part(new osg::Cone(osg::Vec3(0, 0, 0.2f * h), 0.25f * r, 0.3f * h), kDarkMetal));
    for (int i = 0; i < 4; ++i) {
        const float a = f32(osg::PI / 4.0 + i * osg::PI / 2.0);
        auto* leg = new osg::Cylinder(osg::Vec3(0.75f * r * std::sin(a), 0.75f * r * std::cos(a),
                                                0.3f * h), 0.05f, 0.75f * h);
        leg->setRotation(osg::Quat(0.5, osg::Vec3(std::cos(a), -std::sin(a), 0)));
        g->addChild(part(leg, kStructure));
    }
    return g;
}

osg::ref_ptr<osg::Group> refuelling(const Facility& f)
{
    osg::ref_ptr<osg::Group> g = new osg::Group;
    const float w = f32(f.width_m), l = f32(f.length_m), h = f32(f.height_m);
    const float r = std::min(0.2f * w, 0.35f * h);
    for (int i = -1; i <= 1; i += 2) // two horizontal tanks on a frame
        g->addChild(part(lying(static_cast<float>(i) * 0.25f * w, 0, 0.4f * h + r, r, 0.8f * l),
                         kWhitePaint));
    g->addChild(part(box(0, 0, 0.2f * h, 0.9f * w, 0.85f * l, 0.4f * h), kStructure));
    g->addChild(part(column(0.4f * w, 0.4f * l, 0, h, 0.1f), kStructure)); // dispensing arm
    return g;
}

} // namespace

osg::ref_ptr<osg::Node> buildFacilityModel(const Facility& f, const FacilityModelContext& c)
{
    if (!f.model_file.empty()) {
        const std::filesystem::path file = std::filesystem::path(c.scenario_dir) / f.model_file;
        osg::ref_ptr<osg::Node> model = osgDB::readNodeFile(file.string());
        if (!model)
            throw LunarError(c.scenario_file, "facility " + f.id + ": model_file " +
                                                  file.string() +
                                                  " cannot be read (OBJ, 3DS, OSGT...)");
        return model;
    }
    const std::string& k = f.category;
    if (k == "power")
        return solarArray(f, c);
    if (k == "communications")
        return f.shape == FacilityShape::Mast ? relayMast(f) : earthDish(f, c);
    if (k == "habitat")
        return habitat(f);
    if (k == "command")
        return commandCentre(f);
    if (k == "landing")
        return landingPad(f);
    if (k == "isru")
        return isruPlant(f);
    if (k == "nuclear-power")
        return nuclearPower(f);
    if (k == "telescope")
        return telescope(f);
    if (k == "science")
        return laboratory(f);
    if (k == "mobility")
        return param(f, "hopper", 0.0) > 0.0 ? hopper(f)
                                               : rover(f, param(f, "pressurized", 0.0) > 0.0);
    if (k == "refuelling")
        return refuelling(f);
    return commandCentre(f); // every category has a builder; a generic block otherwise
}

} // namespace lunar::scene
