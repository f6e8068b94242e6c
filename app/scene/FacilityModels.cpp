#include "scene/FacilityModels.h"

#include "core/LunarError.h"
#include "scene/ModelBuilders.h"

#include <osg/MatrixTransform>
#include <osgDB/ReadFile>

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

} // namespace

double param(const Facility& f, const std::string& key, double fallback)
{
    const auto found = f.model.find(key);
    return found != f.model.end() ? found->second : fallback;
}

osg::ref_ptr<osg::MatrixTransform> tracker(const FacilityModelContext& c, bool to_earth,
                                           bool elevation, osg::Vec3 pivot, const char* name)
{
    osg::ref_ptr<osg::MatrixTransform> t = new osg::MatrixTransform(osg::Matrixd::translate(pivot));
    t->setName(name);
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
        return landingPad(f, c.pad);
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
