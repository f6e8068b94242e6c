#include "mission/CameraFlight.h"

#include "core/Angles.h"

#include <algorithm>
#include <cmath>

namespace lunar {

namespace {

Vec3d lerp(const Vec3d& a, const Vec3d& b, double u) { return a + (b - a) * u; }

// Direction between two unit vectors, turning at a steady rate (spherical interpolation).
Vec3d slerp(const Vec3d& a, const Vec3d& b, double u, const Vec3d& fallback_axis)
{
    const double cos_angle = std::clamp(dot(a, b), -1.0, 1.0);
    const double angle = std::acos(cos_angle);
    if (angle < 1e-6)
        return lerp(a, b, u).normalized();
    if (kPi - angle < 1e-3) { // opposite: turn about the given axis
        const Vec3d side = cross(fallback_axis, a).normalized();
        return (a * std::cos(kPi * u) + side * std::sin(kPi * u)).normalized();
    }
    return (a * std::sin((1.0 - u) * angle) + b * std::sin(u * angle)) * (1.0 / std::sin(angle));
}
} // namespace

CameraFlight::CameraFlight(const CameraPose& from, const CameraPose& to,
                           const Vec3d& moon_centre_enu, double duration_s)
    : from_(from), to_(to), moon_centre_enu_(moon_centre_enu),
      duration_s_(std::max(duration_s, 1e-3))
{
}

double CameraFlight::durationFor(const CameraPose& from, const CameraPose& to)
{
    const double distance_m = (to.eye_enu - from.eye_enu).length();
    // A second for a short hop, growing with the logarithm of the distance.
    return std::clamp(0.8 + 0.45 * std::log10(1.0 + distance_m / 10.0), 0.8, 4.0);
}

CameraPose CameraFlight::pose() const { return poseAt(elapsed_s_ / duration_s_); }

CameraPose CameraFlight::poseAt(double fraction) const
{
    const double t = std::clamp(fraction, 0.0, 1.0);
    if (t >= 1.0)
        return to_;
    const double u = t * t * (3.0 - 2.0 * t); // ease in and out
    CameraPose p;
    p.eye_enu = lerp(from_.eye_enu, to_.eye_enu, u);
    const Vec3d up = (p.eye_enu - moon_centre_enu_).normalized();
    // The arc: up to a third of the distance, so the straight chord never cuts the ground.
    const double distance_m = (to_.eye_enu - from_.eye_enu).length();
    p.eye_enu = p.eye_enu + up * (distance_m / 3.0 * std::sin(kPi * u));
    const Vec3d d0 = (from_.target_enu - from_.eye_enu).normalized();
    const Vec3d d1 = (to_.target_enu - to_.eye_enu).normalized();
    const double look_m = (1.0 - u) * (from_.target_enu - from_.eye_enu).length() +
                          u * (to_.target_enu - to_.eye_enu).length();
    p.target_enu = p.eye_enu + slerp(d0, d1, u, up) * look_m;
    p.up_enu = up;
    p.fov_y_deg = from_.fov_y_deg + (to_.fov_y_deg - from_.fov_y_deg) * u;
    return p;
}

} // namespace lunar
