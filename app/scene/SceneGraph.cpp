#include "scene/SceneGraph.h"

#include "core/LunarError.h"
#include "scene/FacilityLabels.h"
#include "scene/SceneBuilder.h"

#include <osg/NodeVisitor>
#include <osgText/Text>

namespace lunar::scene {

void SceneGraph::rebuildFacility(const site::SiteModel& site, const std::string& id)
{
    for (std::size_t i = 0; i < site.scenario.facilities.size(); ++i) {
        const Facility& f = site.scenario.facilities[i];
        if (f.id != id)
            continue;
        osg::ref_ptr<osg::MatrixTransform> node = buildFacilityNode(f, facility_context);
        for (unsigned c = 0; c < facilities->getNumChildren(); ++c)
            if (facilities->getChild(c)->getName() == id)
                facilities->setChild(c, node);
        // Its label follows the new node (FacilityLabels reads the facilities group).
        return;
    }
    throw LunarError(site.scenario.file, "no facility \"" + id + "\"");
}

void SceneGraph::followExaggeration(const site::SiteModel& site)
{
    const double factor = site.vertical_exaggeration;
    if (paged_terrain)
        paged_terrain->vertical_exaggeration = factor;
    if (!root)
        return;
    root->getOrCreateStateSet()->getOrCreateUniform("verticalExaggeration", osg::Uniform::FLOAT)
        ->set(static_cast<float>(factor));
    // Tile bounds follow the exaggeration: recompute them.
    struct DirtyBounds : osg::NodeVisitor {
        DirtyBounds() : osg::NodeVisitor(TRAVERSE_ALL_CHILDREN) {}
        void apply(osg::Drawable& drawable) override { drawable.dirtyBound(); }
        void apply(osg::Node& node) override
        {
            node.dirtyBound();
            traverse(node);
        }
    } dirty;
    root->accept(dirty);
}

void SceneGraph::setExposureEv(double exposure_ev)
{
    exposure->set(static_cast<float>(exposureMultiplierOf(exposure_ev)));
}

double SceneGraph::exposureEv() const
{
    float multiplier = 1.0f;
    exposure->get(multiplier);
    return evOfMultiplier(multiplier);
}

SceneGraph buildSceneGraph(const site::SiteModel& site, const SceneGraphOptions& options)
{
    SceneGraph graph;
    graph.exposure_settings = options.exposure;
    io::DemOpenOptions open_options;
    open_options.assume_crs = site.assume_crs;
    PagedTerrainOptions lod;
    lod.max_error_px = options.max_error_px;
    lod.release_tile_images = options.one_context;
    graph.paged_terrain =
        std::make_shared<PagedTerrainSource>(*site.dem, open_options, *site.frame, *site.coarse, lod);
    graph.paged_terrain->layers = site.layers;

    SceneInputs inputs;
    inputs.scenario = &site.scenario;
    inputs.frame = site.frame.get();
    inputs.terrain = &site.terrain;
    graph.terrain_root = buildPagedTerrain(graph.paged_terrain);
    inputs.terrain_node = graph.terrain_root;
    inputs.layers = site.layers;
    inputs.coarse = site.coarse.get();
    inputs.detail = site.detail.get();
    inputs.dem_geo = &site.dem_geo;
    inputs.lander_flights = &site.lander_flights;
    inputs.globe_flights = &site.globe_flights;
    inputs.light.exposure_ev = options.exposure.fixed_ev.value_or(kDefaultExposureEv);
    const PlaybackClock* clock = site.clock.get();
    inputs.now = [clock] { return clock->now(); };
    inputs.sky_now = [clock] { return clock->skyNow(); };
    buildScene(inputs, graph);
    graph.followExaggeration(site);
    return graph;
}

} // namespace lunar::scene
