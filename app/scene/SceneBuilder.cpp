#include "scene/SceneBuilder.h"

#include "scene/AnalysisOverlay.h"
#include "scene/FacilityLabels.h"
#include "scene/FacilityShadows.h"
#include "scene/GlobeNode.h"
#include "scene/HorizonTextures.h"
#include "scene/LanderNodes.h"
#include "scene/LandingDust.h"
#include "scene/LayerOverlays.h"
#include "scene/LayerSwitches.h"
#include "scene/PhotometryUniforms.h"
#include "scene/SkyNode.h"

#include <osg/Uniform>

#include <algorithm>
#include <cmath>

namespace lunar::scene {

namespace {
osg::Vec2 heightRangeOf(const TerrainLayer& layer)
{
    float low = 1e9f, high = -1e9f;
    for (float h : layer.grid.heights().samples())
        if (std::isfinite(h)) {
            low = std::min(low, h);
            high = std::max(high, h);
        }
    return high >= low ? osg::Vec2(low, high) : osg::Vec2(0.0f, 1.0f);
}
} // namespace

void buildScene(const SceneInputs& in, SceneGraph& built)
{
    built.light = new SceneLight(*in.frame, *in.coarse, in.sky_now ? in.sky_now : in.now);
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
    built.landers = buildLanderNodes(*in.lander_flights, *in.frame, in.now, in.layers);
    shadowed->addChild(built.landers);
    LandingDustInputs dust{in.lander_flights, in.frame, in.terrain, &in.coarse->grid.projection(),
                           in.dem_geo, in.now, in.layers};
    osg::ref_ptr<osg::Group> landing_dust = buildLandingDust(dust);
    shadowed->addChild(landing_dust);
    root->addChild(shadowed);
    osg::ref_ptr<osg::Node> sky = buildSkyNode();
    root->addChild(sky);
    GlobeOptions globe;
    globe.relief = in.coarse ? &in.coarse->grid : nullptr;
    root->addChild(buildGlobeNode(*in.scenario, *in.frame,
                                  *in.globe_flights, in.now, globe));
    osg::ref_ptr<osg::Uniform> exaggeration =
        new osg::Uniform("verticalExaggeration", in.light.vertical_exaggeration);
    built.labels = buildFacilityLabels(*in.scenario, facilities.get(), in.now, in.layers,
                                       exaggeration.get());
    root->addChild(built.labels);
    root->addChild(buildKeepOutRings(built.facility_context, exaggeration.get()));
    root->addChild(buildDescentPaths(*in.lander_flights, *in.frame, in.layers));
    root->addChild(buildFacilityShadowCamera(facilities.get(), *built.light,
                                             shadowed->getOrCreateStateSet()));

    osg::StateSet* state = root->getOrCreateStateSet();
    built.light->attachUniforms(state);
    root->setUpdateCallback(built.light);
    osg::Node* stars = nullptr;
    for (unsigned i = 0; sky->asGroup() && i < sky->asGroup()->getNumChildren(); ++i)
        if (sky->asGroup()->getChild(i)->getName() == "stars")
            stars = sky->asGroup()->getChild(i);
    attachLayerSwitches(*root, stars, in.layers, heightRangeOf(*in.coarse));
    attachHorizonMaps(in.terrain_node->getOrCreateStateSet(), in.coarse->horizon,
                      in.detail ? &in.detail->horizon : nullptr, *in.dem_geo);
    shareHorizonMaps(*in.terrain_node->getStateSet(), landing_dust->getOrCreateStateSet());
    attachAnalysisOverlay(*in.terrain_node, *in.dem_geo, in.layers);
    attachPhotometryUniforms(*state);
    {
        // The band in texture units of the whole-DEM layer along each axis, equal in metres.
        const double w = in.coarse->grid.heights().width(), h = in.coarse->grid.heights().height();
        const double band = in.light.dem_edge_band * std::min(w, h);
        in.terrain_node->getOrCreateStateSet()->addUniform(new osg::Uniform(
            "demEdgeBand", osg::Vec2(static_cast<float>(band / w), static_cast<float>(band / h))));
    }
    built.exposure = new osg::Uniform("exposure",
                                      static_cast<float>(exposureMultiplierOf(in.light.exposure_ev)));
    state->addUniform(built.exposure);
    // The metering pass (export/ExposureMeter) turns this on under its own camera.
    state->addUniform(new osg::Uniform("lunarMetering", 0.0f));
    state->addUniform(new osg::Uniform("albedo", in.light.albedo));
    state->addUniform(exaggeration); // SceneGraph::followExaggeration sets this one
    built.root = root;
}

} // namespace lunar::scene
