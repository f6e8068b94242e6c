#pragma once
// A scenario's camera path made ready to film: its keys' views resolved on the terrain
// (heights above the drawn ground), the spline through them, and the film-to-scenario time.
#include "core/EnuFrame.h"
#include "mission/CameraPath.h"
#include "mission/CameraPathSpec.h"
#include "mission/VideoTimeMap.h"
#include "terrain/TerrainLayer.h"

#include <string>

namespace lunar::scene {

struct Film {
    std::string title;
    CameraPath path;
    VideoTimeMap time;
};

// Throws LunarError naming the path and the problem.
Film filmFor(const CameraPathSpec& spec, const TerrainStack& terrain, const EnuFrame& frame,
             double vertical_exaggeration = 1.0);

} // namespace lunar::scene
