#pragma once
// Facility names floating above them, a constant size on screen with an outline so they
// read over lit and dark ground. Each frame, for each camera, a label is hung a few pixels
// above the top of its model's box as projected on that screen (so it never covers the
// model it names), the labels that would overlap are thinned (nearest kept, see
// core/LabelDeclutter) and those of facilities not yet arrived hidden.
#include "mission/LayerVisibility.h"
#include "mission/Scenario.h"
#include "scene/TimeSource.h"

#include <osg/Group>
#include <osg/Uniform>

#include <memory>

namespace lunar::scene {

// Node mask bit of labels: cameras that must not draw them (the Sun's shadow camera)
// leave it out of their cull mask.
constexpr unsigned kLabelNodeMask = 0x10;

// `facilities`: the group of facility nodes (buildFacilityNodes, same order as
// scenario.facilities; a node rebuilt after an edit is followed); `exaggeration`: the
// scene's vertical exaggeration uniform (null: 1), which lifts the models in their shader.
osg::ref_ptr<osg::Group> buildFacilityLabels(const Scenario& scenario, osg::Group* facilities,
                                             TimeSource now,
                                             std::shared_ptr<const LayerVisibility> layers,
                                             const osg::Uniform* exaggeration = nullptr);

// Gap between a label's bottom and the top of its model on screen.
constexpr double kLabelGap_px = 4.0;

} // namespace lunar::scene
