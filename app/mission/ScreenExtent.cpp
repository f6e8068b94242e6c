#include "mission/ScreenExtent.h"

#include "core/Angles.h"

#include <algorithm>
#include <cmath>

namespace lunar {

std::array<Vec3d, 8> facilityBoxCorners(const Facility& facility, const EnuFrame& frame,
                                        double base_m)
{
    const LatLonHeight centre{degToRad(facility.lat_deg), degToRad(facility.lon_deg), base_m};
    const Vec3d base = frame.enuFromSelenographic(centre);
    // The facility's own east, north, up, turned by its heading (from north through east).
    const EnuFrame local(centre);
    const double h = degToRad(facility.heading_deg);
    const Vec3d along = frame.directionToEnu(local.directionToMoonFixed({std::sin(h), std::cos(h), 0.0}));
    const Vec3d across = frame.directionToEnu(local.directionToMoonFixed({std::cos(h), -std::sin(h), 0.0}));
    const Vec3d up = frame.directionToEnu(local.directionToMoonFixed({0.0, 0.0, 1.0}));
    std::array<Vec3d, 8> corners;
    int i = 0;
    for (const double a : {-0.5, 0.5})
        for (const double c : {-0.5, 0.5})
            for (const double z : {0.0, 1.0})
                corners[i++] = base + along * (a * facility.length_m) +
                               across * (c * facility.width_m) + up * (z * facility.height_m);
    return corners;
}

double visibleHeightPx(const std::array<Vec3d, 8>& points_enu, const CameraPose& pose,
                       const FrameSize& frame_size)
{
    const Vec3d forward = (pose.target_enu - pose.eye_enu).normalized();
    const Vec3d right = cross(forward, pose.up_enu).normalized();
    const Vec3d up = cross(right, forward);
    const double focal_px = 0.5 * frame_size.height_px / std::tan(degToRad(pose.fov_y_deg) / 2.0);
    double min_x = HUGE_VAL, max_x = -HUGE_VAL, min_y = HUGE_VAL, max_y = -HUGE_VAL;
    for (const Vec3d& p : points_enu) {
        const Vec3d d = p - pose.eye_enu;
        const double depth = dot(d, forward);
        if (depth <= 0.0)
            return 0.0;
        const double x = 0.5 * frame_size.width_px + focal_px * dot(d, right) / depth;
        const double y = 0.5 * frame_size.height_px - focal_px * dot(d, up) / depth;
        min_x = std::min(min_x, x);
        max_x = std::max(max_x, x);
        min_y = std::min(min_y, y);
        max_y = std::max(max_y, y);
    }
    if (max_x < 0.0 || min_x > frame_size.width_px)
        return 0.0;
    const double top = std::max(min_y, 0.0), bottom = std::min(max_y, double(frame_size.height_px));
    return std::max(0.0, bottom - top);
}

double visibleWidthPx(const std::vector<Vec3d>& points_enu, const CameraPose& pose,
                      const FrameSize& frame_size)
{
    const Vec3d forward = (pose.target_enu - pose.eye_enu).normalized();
    const Vec3d right = cross(forward, pose.up_enu).normalized();
    const Vec3d up = cross(right, forward);
    const double focal_px = 0.5 * frame_size.height_px / std::tan(degToRad(pose.fov_y_deg) / 2.0);
    double min_x = HUGE_VAL, max_x = -HUGE_VAL;
    for (const Vec3d& p : points_enu) {
        const Vec3d d = p - pose.eye_enu;
        const double depth = dot(d, forward);
        if (depth <= 0.0)
            continue;
        const double x = 0.5 * frame_size.width_px + focal_px * dot(d, right) / depth;
        const double y = 0.5 * frame_size.height_px - focal_px * dot(d, up) / depth;
        if (y < 0.0 || y > frame_size.height_px || x < 0.0 || x > frame_size.width_px)
            continue;
        min_x = std::min(min_x, x);
        max_x = std::max(max_x, x);
    }
    return max_x >= min_x ? max_x - min_x : 0.0;
}

} // namespace lunar
