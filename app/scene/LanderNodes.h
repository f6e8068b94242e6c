#pragma once
// The landers' nodes, flying the flights of mission/LanderFlight: a parametric lander (body,
// four legs, engine bell, solar panels) whose axis follows the thrust, a plume scaled by the
// throttle, and dust blown from the ground below ~30 m. Before its descent a lander is not
// drawn; after touchdown it stands where it landed.
#include "core/EnuFrame.h"
#include "mission/LanderFlight.h"
#include "scene/TimeSource.h"

#include <osg/Group>

#include <vector>

namespace lunar::scene {

// One child per flight, named after its mission; shows, moves and animates with `now`.
osg::ref_ptr<osg::Group> buildLanderNodes(const std::vector<LanderFlight>& flights,
                                          const EnuFrame& frame, TimeSource now);

} // namespace lunar::scene
