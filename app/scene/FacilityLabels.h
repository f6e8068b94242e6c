#pragma once
// Facility names floating above them, a constant size on screen with an outline so they
// read over lit and dark ground; each frame the labels that would overlap are thinned
// (nearest kept, see core/LabelDeclutter) and those of facilities not yet arrived hidden.
#include "core/Vec3d.h"
#include "mission/LayerVisibility.h"
#include "mission/Scenario.h"
#include "scene/TimeSource.h"

#include <osg/Group>

#include <memory>
#include <vector>

namespace lunar::scene {

// Node mask bit of labels: cameras that must not draw them (the Sun's shadow camera)
// leave it out of their cull mask.
constexpr unsigned kLabelNodeMask = 0x10;

// `tops_enu`: the point above each facility (same order as scenario.facilities) to hang
// its label on.
osg::ref_ptr<osg::Group> buildFacilityLabels(const Scenario& scenario,
                                             const std::vector<Vec3d>& tops_enu, TimeSource now,
                                             std::shared_ptr<const LayerVisibility> layers);

} // namespace lunar::scene
