#include "scene/SceneLight.h"

namespace lunar::scene {

namespace {
osg::Vec3 toOsg(const Vec3d& v)
{
    return {static_cast<float>(v.x), static_cast<float>(v.y), static_cast<float>(v.z)};
}

// GLSL reads a uniform matrix column by column while osg::Matrix3 is stored row by row:
// pass the transpose so that `M * v` in a shader is m * v here.
osg::Matrix3 toGlsl(const Mat3d& m)
{
    const auto f = [&](int i, int j) { return static_cast<float>(m.m[i][j]); };
    return osg::Matrix3(f(0, 0), f(1, 0), f(2, 0), f(0, 1), f(1, 1), f(2, 1), f(0, 2), f(1, 2),
                        f(2, 2));
}
} // namespace

SceneLight::SceneLight(const EnuFrame& frame, const TerrainLayer& angles_layer, TimeSource now)
    : frame_(frame), angles_layer_(angles_layer), now_(std::move(now)),
      sun_direction_(new osg::Uniform("sunDirectionEnu", osg::Vec3(0, 1, 0))),
      sun_radius_(new osg::Uniform("sunRadiusDeg", 0.265f)),
      sun_grid_angle_(new osg::Uniform("sunGridAngle", 0.0f)),
      earth_direction_(new osg::Uniform("earthDirectionEnu", osg::Vec3(0, 1, 0))),
      earth_radius_(new osg::Uniform("earthRadiusDeg", 0.95f)),
      earth_grid_angle_(new osg::Uniform("earthGridAngle", 0.0f)),
      earthshine_(new osg::Uniform("earthshine", 0.0f)),
      icrf_to_enu_(new osg::Uniform("icrfToEnu", osg::Matrix3())),
      enu_to_earth_fixed_(new osg::Uniform("enuToEarthFixed", osg::Matrix3()))
{
    update();
}

void SceneLight::attachUniforms(osg::StateSet* state) const
{
    for (osg::Uniform* u : {sun_direction_.get(), sun_radius_.get(), sun_grid_angle_.get(),
                            earth_direction_.get(), earth_radius_.get(), earth_grid_angle_.get(),
                            earthshine_.get(), icrf_to_enu_.get(), enu_to_earth_fixed_.get()})
        state->addUniform(u);
}

void SceneLight::update()
{
    const UtcTime now = now_();
    if (computed_for_ && computed_for_->secondsSince(now) == 0.0)
        return;
    computed_for_ = now;
    light_ = astro::baseLightingAt(now, frame_);
    const LatLon origin{frame_.origin().lat_rad, frame_.origin().lon_rad};
    sun_direction_->set(toOsg(light_.sun_direction_enu));
    sun_radius_->set(static_cast<float>(light_.sun_radius_deg));
    sun_grid_angle_->set(static_cast<float>(
        angles_layer_.gridAngleToward_rad(origin, light_.sun_direction_moon_fixed)));
    earth_direction_->set(toOsg(light_.earth_direction_enu));
    earth_radius_->set(static_cast<float>(light_.earth_radius_deg));
    earth_grid_angle_->set(static_cast<float>(
        angles_layer_.gridAngleToward_rad(origin, light_.earth_direction_moon_fixed)));
    earthshine_->set(static_cast<float>(light_.earthshine));
    icrf_to_enu_->set(toGlsl(light_.icrf_to_enu));
    enu_to_earth_fixed_->set(toGlsl(light_.enu_to_earth_fixed));
}

void SceneLight::operator()(osg::Node* node, osg::NodeVisitor* nv)
{
    update(); // before the children, whose callbacks read current()
    traverse(node, nv);
}

} // namespace lunar::scene
