#include "scene/SceneBuilder.h"

#include "core/Angles.h"

#include <osg/Uniform>

#include <cmath>

namespace lunar::scene {

osg::ref_ptr<osg::Group> buildScene(const SceneInputs& in)
{
    osg::ref_ptr<osg::Group> root = new osg::Group;
    root->setName("lunarviz scene");
    root->addChild(buildTerrainNode(*in.mesh_positions, *in.shading));

    const TerrainShading& shading = *in.shading;
    const TerrainGrid& terrain = *in.terrain;
    auto sun_visible_at = [&](const LatLon& ll) {
        double col = 0.0, row = 0.0;
        terrain.pixelOf(ll, col, row);
        // The shading raster covers the same extent at its own resolution.
        const double sx = static_cast<double>(shading.sun_visible.width()) /
                          terrain.heights().width();
        const double sy = static_cast<double>(shading.sun_visible.height()) /
                          terrain.heights().height();
        return shading.sun_visible.bilinear((col + 0.5) * sx - 0.5, (row + 0.5) * sy - 0.5);
    };
    root->addChild(buildFacilityNodes(*in.scenario, terrain, *in.frame, sun_visible_at, in.now));

    osg::StateSet* state = root->getOrCreateStateSet();
    const Vec3d& s = in.light.sun_direction_enu;
    state->addUniform(new osg::Uniform("sunDirectionEnu", osg::Vec3(static_cast<float>(s.x),
                                                                     static_cast<float>(s.y),
                                                                     static_cast<float>(s.z))));
    state->addUniform(new osg::Uniform("exposure", in.light.exposure));
    state->addUniform(new osg::Uniform("earthshine", in.light.earthshine));
    state->addUniform(new osg::Uniform("albedo", in.light.albedo));
    return root;
}

} // namespace lunar::scene
