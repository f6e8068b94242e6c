#pragma once
// A smooth camera transition between two poses (bookmark recall, mode changes, the home
// view): eased in and out, the eye rising in an arc proportional to the distance flown so
// a flight across the site passes over the terrain rather than through it, and the view
// direction turning steadily. Its length grows with the distance (0.8 s .. 4 s by default).
#include "mission/CameraPose.h"

namespace lunar {

class CameraFlight {
public:
    // `moon_centre_enu`: where "up" points away from along the way.
    CameraFlight(const CameraPose& from, const CameraPose& to, const Vec3d& moon_centre_enu,
                 double duration_s);

    // A duration that suits the distance between two poses.
    static double durationFor(const CameraPose& from, const CameraPose& to);

    void advance(double wall_seconds) { elapsed_s_ += wall_seconds > 0.0 ? wall_seconds : 0.0; }
    bool finished() const { return elapsed_s_ >= duration_s_; }
    CameraPose pose() const;        // at the current moment
    CameraPose poseAt(double fraction) const; // 0: from, 1: to
    const CameraPose& destination() const { return to_; }

private:
    CameraPose from_;
    CameraPose to_;
    Vec3d moon_centre_enu_;
    double duration_s_;
    double elapsed_s_ = 0.0;
};

} // namespace lunar
