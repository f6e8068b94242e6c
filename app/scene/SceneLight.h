#pragma once
// The scene's light follows the clock: at each update traversal the Sun and the Earth are
// placed for the current time (ERFA ephemeris, see astro/BaseLighting) and the shared
// uniforms the shaders read are set. Facilities ask it for the light of the moment.
#include "astro/BaseLighting.h"
#include "core/EnuFrame.h"
#include "scene/TimeSource.h"
#include "terrain/TerrainLayer.h"

#include <osg/Node>
#include <osg/NodeCallback>
#include <osg/NodeVisitor>
#include <osg/StateSet>
#include <osg/Uniform>

#include <optional>

namespace lunar::scene {

class SceneLight : public osg::NodeCallback {
public:
    // `angles_layer`: the whole-DEM layer whose map axes define the horizon maps' grid
    // angles. All must outlive the scene.
    SceneLight(const EnuFrame& frame, const TerrainLayer& angles_layer, TimeSource now);

    // Adds the light uniforms to `state` (the scene root's).
    void attachUniforms(osg::StateSet* state) const;
    // Recomputes the light if the clock moved; called by the update traversal.
    void update();
    const astro::BaseLighting& current() const { return light_; }

    void operator()(osg::Node* node, osg::NodeVisitor* nv) override;

private:
    const EnuFrame& frame_;
    const TerrainLayer& angles_layer_;
    TimeSource now_;
    std::optional<UtcTime> computed_for_;
    astro::BaseLighting light_;
    osg::ref_ptr<osg::Uniform> sun_direction_, sun_radius_, sun_grid_angle_;
    osg::ref_ptr<osg::Uniform> earth_direction_, earth_radius_, earth_grid_angle_, earthshine_;
    osg::ref_ptr<osg::Uniform> icrf_to_enu_, enu_to_earth_fixed_;
};

} // namespace lunar::scene
