#pragma once
// A scenario's camera path made ready to film: its keys' views resolved on the terrain
// (heights above the drawn ground) or riding with a lander, the spline through them, and
// the film-to-scenario time.
#include "core/EnuFrame.h"
#include "mission/CameraPath.h"
#include "mission/CameraPathSpec.h"
#include "mission/LanderFlight.h"
#include "mission/VideoTimeMap.h"
#include "terrain/TerrainLayer.h"

#include <string>
#include <utility>
#include <vector>

namespace lunar {

struct Film {
    std::string title;
    CameraPath path; // with following keys where their landers are at the keys' own times
    VideoTimeMap time;
    // For keys that follow a lander: its flight and the key's index.
    std::vector<std::pair<std::size_t, LanderFlight>> following;
    std::vector<CameraPathKeySpec> key_specs;

    // The camera at a film time, following keys placed where their landers are then.
    CameraPose poseAt(double video_s, const EnuFrame& frame) const;
    // The same, with the eye kept the viewer's clearance above the drawn terrain (what a
    // filmed frame shows): a spline between keys far apart in height can swing below it.
    CameraPose poseAboveGround(double video_s, const EnuFrame& frame, const TerrainStack& terrain,
                               double vertical_exaggeration) const;
};

// `flights`: the landers a key may follow. Throws LunarError naming the path and problem.
Film filmFor(const CameraPathSpec& spec, const TerrainStack& terrain, const EnuFrame& frame,
             const std::vector<LanderFlight>& flights, double vertical_exaggeration = 1.0);

} // namespace lunar
