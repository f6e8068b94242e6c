#pragma once
// The landers' nodes, flying the flights of mission/LanderFlight: a parametric lander (body,
// four legs, engine bell, solar panels) whose axis follows the thrust, and the faint glow of
// its plume below the nozzle, brighter with the throttle (the dust the plume raises is
// scene/LandingDust). Before its descent a lander is not drawn; after touchdown it stands
// where it landed.
#include "core/EnuFrame.h"
#include "mission/LanderFlight.h"
#include "mission/LayerVisibility.h"
#include "scene/TimeSource.h"

#include <osg/Group>

#include <memory>
#include <vector>

namespace lunar::scene {

// One child per flight, named after its mission; shows, moves and animates with `now`. The
// plumes glow while `layers->landing_effects` (or always, without layers).
osg::ref_ptr<osg::Group> buildLanderNodes(const std::vector<LanderFlight>& flights,
                                          const EnuFrame& frame, TimeSource now,
                                          std::shared_ptr<const LayerVisibility> layers = nullptr);

} // namespace lunar::scene
