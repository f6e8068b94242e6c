#pragma once
// What the Measure panel has marked on the terrain for the scene to draw: the points the
// user picked, the path between them as sampled for the profile (it follows the ground
// between the picks), and the rover route last planned. The panel writes it, the scene's
// overlay reads it each frame and redraws only when `revision` has changed.
#include "core/LatLon.h"

#include <vector>

namespace lunar {

struct MeasureMarks {
    std::vector<LatLon> points; // picked, in order
    std::vector<LatLon> path;   // the profile's samples along the picked points
    std::vector<LatLon> route;  // the planned traverse, start to goal; empty: none
    unsigned revision = 0;      // bumped by every change

    void addPoint(const LatLon& p)
    {
        points.push_back(p);
        ++revision;
    }
    // Whether there was a point to remove.
    bool removeLastPoint()
    {
        if (points.empty())
            return false;
        points.pop_back();
        ++revision;
        return true;
    }
    void clearPoints()
    {
        points.clear();
        path.clear();
        ++revision;
    }
};

} // namespace lunar
