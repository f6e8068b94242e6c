#pragma once
// A site and its scene graph together: what a view, a snapshot or a film opens. The two
// halves stay separate types (site/SiteModel: no GL; scene/SceneGraph: OSG), so code that
// needs one takes that one; this type only loads both and keeps them in step.
#include "scene/SceneGraph.h"
#include "site/SiteModel.h"
#include "site/SiteRequest.h"

#include <memory>
#include <optional>
#include <string>

namespace lunar::scene {

struct SceneRequest : site::SiteRequest {
    double max_error_px = 2.0; // terrain LOD: allowed screen-space error
    std::optional<double> exposure_ev; // a fixed exposure (EV100); empty: metered
    // One GL context draws the scene for its whole life (the view's window, the benchmark's
    // renderer): tile images are then freed once uploaded. Not for scenes that tests or
    // exports draw from one context after another.
    bool one_context = false;
};

struct LoadedScene : site::SiteModel, SceneGraph {
    explicit LoadedScene(site::SiteModel&& site) : site::SiteModel(std::move(site)) {}

    // Redraws a facility where the scenario now has it (after a layout edit): its model,
    // pad and label. Throws LunarError if its footprint left the DEM.
    void rebuildFacility(const std::string& id) { SceneGraph::rebuildFacility(*this, id); }

    // Changes the exaggeration of the model and of the drawn terrain and facilities (1..10).
    void setVerticalExaggeration(double factor);
};

// Throws LunarError naming the file and problem for any bad input.
std::unique_ptr<LoadedScene> loadScene(const SceneRequest& request);

} // namespace lunar::scene
