#pragma once
// The base's facilities standing on the terrain: each facility's parametric model
// (FacilityModels) on its ground works (mission/PadGrading: a disc levelled just above the
// ground under it, an apron down to the terrain all round; a landing pad's are its model),
// at its position, oriented to the local vertical and its heading; notional placements
// hatched. A per-frame callback shows only the facilities
// that have arrived by the model's current time and follows the terrain shadow.
#include "core/EnuFrame.h"
#include "mission/LayerVisibility.h"
#include "mission/Scenario.h"
#include "scene/SceneLight.h"
#include "scene/TimeSource.h"
#include "terrain/TerrainLayer.h"

#include <osg/BoundingBox>
#include <osg/Group>
#include <osg/MatrixTransform>

#include <functional>
#include <memory>
#include <vector>

namespace lunar::scene {

// Visible fraction of the Sun's disc at a facility's position now (terrain shadow).
using SunVisibleNow = std::function<double(const LatLon&)>;


// What building one facility's node needs (all must outlive the scene).
struct FacilityNodeContext {
    const Scenario* scenario = nullptr;
    const TerrainStack* terrain = nullptr;
    const EnuFrame* frame = nullptr;
    TimeSource now;
    SunVisibleNow sun_visible;
    const SceneLight* light = nullptr;
    std::shared_ptr<const LayerVisibility> layers; // phases shown; null: all
};

// Facilities stand on the context's terrain; each frame they show or hide by arrival date
// and phase and take the terrain's shadow at their position; arrays and dishes follow the
// light (may be null).
osg::ref_ptr<osg::Group> buildFacilityNodes(const FacilityNodeContext& context);

// One facility: its model on its pad, placed and oriented, named by its id (the scene
// rebuilds it with this after a layout edit).
osg::ref_ptr<osg::MatrixTransform> buildFacilityNode(const Facility& facility,
                                                     const FacilityNodeContext& context);

// The box round a facility's model in its own frame (x across, y along, z up from the base),
// widened so that parts turning about the vertical stay inside it; labels hang above it.
struct FacilityModelBox : osg::Referenced {
    explicit FacilityModelBox(const osg::BoundingBox& b) : box(b) {}
    osg::BoundingBox box;
};
osg::BoundingBox modelBoxOf(osg::Group& placed); // the children of a facility node
// The box a facility node (from buildFacilityNode) carries; null for other nodes.
const osg::BoundingBox* facilityModelBox(const osg::Node& facility_node);

// ENU position of a facility's base: where its model stands, on its ground works' disc.
Vec3d facilityBaseEnu(const Facility& facility, const TerrainStack& terrain,
                      const EnuFrame& frame);

} // namespace lunar::scene
