#include "scene/SceneBuilder.h"

#include "scene/FacilityLabels.h"
#include "scene/FacilityShadows.h"
#include "scene/GlobeNode.h"
#include "scene/HorizonTextures.h"
#include "scene/LanderNodes.h"
#include "scene/SkyNode.h"

#include <osg/Uniform>

namespace lunar::scene {

BuiltScene buildScene(const SceneInputs& in)
{
    BuiltScene built;
    built.light = new SceneLight(*in.frame, *in.coarse, in.now);
    osg::ref_ptr<osg::Group> root = new osg::Group;
    root->setName("lunarviz scene");
    const TerrainStack* terrain = in.terrain;
    const SceneLight* light = built.light.get();
    built.facility_context = {in.scenario, in.terrain, in.frame, in.now,
                              [terrain, light](const LatLon& p) {
                                  const astro::BaseLighting& l = light->current();
                                  return terrain->visibleFraction(p, l.sun_direction_moon_fixed,
                                                                  l.sun_radius_deg);
                              },
                              light, in.layers};
    osg::ref_ptr<osg::Group> facilities = buildFacilityNodes(built.facility_context);
    built.facilities = facilities;
    // Facilities are drawn twice: into the Sun's depth map, and in the view under a group
    // whose state receives that map (so the map is never read while being written).
    osg::ref_ptr<osg::Group> shadowed = new osg::Group;
    shadowed->setName("shadow receivers");
    shadowed->addChild(in.terrain_node);
    shadowed->addChild(facilities);
    built.lander_flights = planLanderFlights(*in.scenario, *in.terrain);
    built.landers = buildLanderNodes(built.lander_flights, *in.frame, in.now);
    shadowed->addChild(built.landers);
    root->addChild(shadowed);
    root->addChild(buildSkyNode());
    root->addChild(buildGlobeNode(*in.scenario, *in.frame,
                                  planLanderFlights(*in.scenario, *in.terrain, false), in.now));
    built.labels = buildFacilityLabels(
        *in.scenario, facilityLabelAnchorsEnu(*in.scenario, *in.terrain, *in.frame), in.now,
        in.layers);
    root->addChild(built.labels);
    root->addChild(buildFacilityShadowCamera(facilities.get(), *built.light,
                                             shadowed->getOrCreateStateSet()));

    osg::StateSet* state = root->getOrCreateStateSet();
    built.light->attachUniforms(state);
    root->setUpdateCallback(built.light);
    attachHorizonMaps(in.terrain_node->getOrCreateStateSet(), in.coarse->horizon,
                      in.detail ? &in.detail->horizon : nullptr, *in.dem_geo);
    state->addUniform(new osg::Uniform("exposure", in.light.exposure));
    state->addUniform(new osg::Uniform("albedo", in.light.albedo));
    state->addUniform(new osg::Uniform("verticalExaggeration", in.light.vertical_exaggeration));
    built.root = root;
    return built;
}

} // namespace lunar::scene
