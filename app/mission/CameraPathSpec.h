#pragma once
// A camera path as the scenario writes it: keys with views given like camera bookmarks
// (positions and heights above the terrain, resolved against the DEM by the scene) or as
// offsets from a lander they follow, the spline parameters of each key, and how film time
// maps onto scenario time.
#include "core/Vec3d.h"
#include "mission/CameraBookmark.h"
#include "mission/VideoTimeMap.h"

#include <string>
#include <vector>

namespace lunar {

struct CameraPathKeySpec {
    double video_s = 0.0;
    CameraBookmark view;            // where the key is, unless it follows a lander
    std::string follow;             // a mission landing on the terrain: the key rides with it
    Vec3d eye_offset_m;             // following: eye and target from the lander (east,
    Vec3d target_offset_m;          // north, up at its site), wherever it is when filmed
    double tension = 0.0, continuity = 0.0, bias = 0.0, ease = 0.0;
};

struct CameraPathSpec {
    std::string name;
    std::string title; // shown in the film's caption (may be empty)
    std::vector<CameraPathKeySpec> keys;
    std::vector<TimeStop> time; // film time -> scenario time
};

} // namespace lunar
