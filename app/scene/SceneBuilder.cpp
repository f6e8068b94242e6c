#include "scene/SceneBuilder.h"

#include <osg/Uniform>

namespace lunar::scene {

osg::ref_ptr<osg::Group> buildScene(const SceneInputs& in)
{
    osg::ref_ptr<osg::Group> root = new osg::Group;
    root->setName("lunarviz scene");
    const Vec3d moon_centre = in.frame->toEnu({0.0, 0.0, 0.0});

    TerrainNodeOptions coarse;
    coarse.hole = in.coarse_hole;
    coarse.moon_centre_enu = moon_centre;
    root->addChild(buildTerrainNode(*in.coarse_mesh, *in.coarse_layer, coarse));
    if (in.detail_layer) {
        TerrainNodeOptions detail;
        detail.skirt_depth_m = 40.0; // deeper than any height step along the seam
        detail.moon_centre_enu = moon_centre;
        detail.tile_quads = 128;
        osg::ref_ptr<osg::Group> patch =
            buildTerrainNode(in.detail_layer->positions_enu, *in.detail_layer, detail);
        patch->setName("terrain detail patch");
        root->addChild(patch);
    }
    root->addChild(buildFacilityNodes(*in.scenario, *in.terrain, *in.frame, in.now));

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
