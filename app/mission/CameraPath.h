#pragma once
// A camera path for a film: keys at video times, each with an eye and a point looked at
// (base ENU) and a field of view. Between keys the eye and the point looked at each follow
// a Kochanek-Bartels spline (tension, continuity, bias per key; all zero is Catmull-Rom),
// with the key times' uneven spacing taken into account so the speed does not jump at a
// key; the view direction is the line between them, so it turns smoothly too. A key's
// `ease` (0..1) slows the camera into and out of it (1: it comes to rest there). "Up" is
// the local vertical at the eye: films do not roll.
#include "mission/CameraPose.h"

#include <string>
#include <vector>

namespace lunar {

struct CameraKey {
    double video_s = 0.0;
    CameraPose pose;
    double tension = 0.0;    // -1..1: higher is tighter (shorter tangents)
    double continuity = 0.0; // -1..1: corners (<0) or overshoot (>0)
    double bias = 0.0;       // -1..1: leans the curve toward the previous (>0) or next key
    double ease = 0.0;       // 0..1: slows to a stop at this key
};

class CameraPath {
public:
    // Throws LunarError(`name`, ...) unless there are two keys or more at increasing times
    // and every parameter is in range.
    CameraPath(std::string name, std::vector<CameraKey> keys, const Vec3d& moon_centre_enu);

    const std::string& name() const { return name_; }
    double duration_s() const { return keys_.back().video_s; }
    const std::vector<CameraKey>& keys() const { return keys_; }

    // The camera at a video time (clamped to the path).
    CameraPose poseAt(double video_s) const;

private:
    std::string name_;
    std::vector<CameraKey> keys_;
    Vec3d moon_centre_enu_;
};

} // namespace lunar
