#pragma once
// Overlays the layers panel switches on: facilities' keep-out circles draped over the
// terrain, and the descent paths of the landers arriving at the base. Both follow the
// model each frame (the date, phases shown, layout edits) and are never picked.
#include "scene/FacilityNodes.h"
#include "scene/LanderNodes.h"

#include <osg/Group>
#include <osg/Uniform>

namespace lunar::scene {

// One line loop per facility with a keep-out radius, shown while it is on site, its phase
// shown and `layers->keep_out` on; redrawn where a facility has been moved or the terrain's
// exaggeration (the float uniform `vertical_exaggeration`) has changed.
osg::ref_ptr<osg::Group> buildKeepOutRings(const FacilityNodeContext& context,
                                           const osg::Uniform* vertical_exaggeration);

// One line strip per flight, from its descent start to touchdown, shown with
// `layers->trajectories`.
osg::ref_ptr<osg::Group> buildDescentPaths(const std::vector<LanderFlight>& flights,
                                           const EnuFrame& frame,
                                           std::shared_ptr<const LayerVisibility> layers);

} // namespace lunar::scene
