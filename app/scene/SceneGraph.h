#pragma once
// The OSG scene of a loaded site (site/SiteModel), built once a GL context may follow: the
// paged terrain, facilities standing on it and their labels, the landers, the sky and globe,
// and the light that follows the site's clock. OpenSpace's initializeGL beside the model's
// initialize: the model is read here, never changed.
#include "scene/FacilityNodes.h"
#include "scene/PagedTerrain.h"
#include "mission/CameraExposure.h"
#include "scene/SceneLight.h"
#include "site/SiteModel.h"

#include <osg/Group>

#include <memory>
#include <string>

namespace lunar::scene {

struct SceneGraphOptions {
    double max_error_px = 2.0; // terrain LOD: allowed screen-space error
    ExposureSettings exposure; // how films, snapshots and the view expose (or a fixed EV)
    bool one_context = false;  // one GL context draws the scene for its whole life (a view)
};

struct SceneGraph {
    std::shared_ptr<PagedTerrainSource> paged_terrain; // what the drawn LOD tiles come from
    osg::ref_ptr<osg::Group> root;
    osg::ref_ptr<osg::Node> terrain_root; // the paged terrain's root (its cull keeps the budget)
    osg::ref_ptr<SceneLight> light;      // Sun and Earth at the clock's time
    osg::ref_ptr<osg::Group> facilities; // one child per facility, named by its id
    osg::ref_ptr<osg::Group> labels;     // one child per facility, same order
    osg::ref_ptr<osg::Group> landers;    // one child per mission landing on the terrain
    FacilityNodeContext facility_context; // to rebuild a facility after an edit
    ExposureSettings exposure_settings;   // the meter's, or a fixed EV
    osg::ref_ptr<osg::Uniform> exposure;  // the shaders' radiance multiplier (root state)

    // Exposes the scene at an EV100 (mission/CameraExposure); the current one.
    void setExposureEv(double exposure_ev);
    double exposureEv() const;

    // Redraws a facility where the site's scenario now has it (after a layout edit): its
    // model, pad and label. Throws LunarError if there is no such facility.
    void rebuildFacility(const site::SiteModel& site, const std::string& id);
    // Draws the terrain and facilities at the site's vertical exaggeration.
    void followExaggeration(const site::SiteModel& site);
};

// `site` must outlive the graph: nodes and callbacks read its frame, grids and clock.
SceneGraph buildSceneGraph(const site::SiteModel& site, const SceneGraphOptions& options);

} // namespace lunar::scene
