#pragma once
// The Measure panel's marks drawn on the terrain: the picked points as dots, the path
// between them following the ground, and the planned rover route, each a line a little
// above the ground. Where terrain hides a line it still shows, dimmed, so a route over a
// ridge can be followed. Never picked, never in the Sun's shadow map; the lines follow the
// marks and the terrain's exaggeration each frame.
#include "core/EnuFrame.h"
#include "mission/MeasureMarks.h"
#include "terrain/TerrainLayer.h"

#include <osg/Group>
#include <osg/Vec4>

#include <functional>
#include <memory>

namespace lunar::scene {

// Colours of the marks (the render test looks for the route's).
const osg::Vec4& measurePathColour();
const osg::Vec4& measureRouteColour();

// `terrain` and `frame` must outlive the node; `exaggeration`: the drawn heights' factor now.
osg::ref_ptr<osg::Group> buildMeasureOverlay(std::shared_ptr<const MeasureMarks> marks,
                                             const TerrainStack& terrain, const EnuFrame& frame,
                                             std::function<double()> exaggeration);

} // namespace lunar::scene
