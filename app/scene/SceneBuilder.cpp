#include "scene/SceneBuilder.h"

#include <osg/Uniform>

namespace lunar::scene {

osg::ref_ptr<osg::Group> buildScene(const SceneInputs& in)
{
    osg::ref_ptr<osg::Group> root = new osg::Group;
    root->setName("lunarviz scene");
    root->addChild(in.terrain_node);
    root->addChild(buildFacilityNodes(*in.scenario, *in.terrain, *in.frame, in.now));

    osg::StateSet* state = root->getOrCreateStateSet();
    const Vec3d& s = in.light.sun_direction_enu;
    state->addUniform(new osg::Uniform("sunDirectionEnu", osg::Vec3(static_cast<float>(s.x),
                                                                     static_cast<float>(s.y),
                                                                     static_cast<float>(s.z))));
    state->addUniform(new osg::Uniform("exposure", in.light.exposure));
    state->addUniform(new osg::Uniform("earthshine", in.light.earthshine));
    state->addUniform(new osg::Uniform("albedo", in.light.albedo));
    state->addUniform(new osg::Uniform("verticalExaggeration", in.light.vertical_exaggeration));
    return root;
}

} // namespace lunar::scene
