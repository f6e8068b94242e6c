#pragma once
// Facility placeholders standing on the terrain: one simple shape per facility (box,
// cylinder, dome, mast, landing pad) at its position, oriented to the local vertical and
// its heading, coloured by category. A per-frame callback shows only the facilities that
// have arrived by the model's current time.
#include "core/EnuFrame.h"
#include "mission/Scenario.h"
#include "terrain/TerrainLayer.h"

#include <osg/Group>

#include <functional>

namespace lunar::scene {

// The time source the scene follows (the playback clock's now()).
using TimeSource = std::function<UtcTime()>;

// Visible fraction of the Sun's disc at a facility's position now (terrain shadow).
using SunVisibleNow = std::function<double(const LatLon&)>;

// Facilities stand on `terrain`; each frame they show or hide by arrival date and take the
// terrain's shadow at their position.
osg::ref_ptr<osg::Group> buildFacilityNodes(const Scenario& scenario, const TerrainStack& terrain,
                                            const EnuFrame& frame, TimeSource now,
                                            SunVisibleNow sun_visible);

// ENU position of a facility's base on the terrain.
Vec3d facilityBaseEnu(const Facility& facility, const TerrainStack& terrain,
                      const EnuFrame& frame);

} // namespace lunar::scene
