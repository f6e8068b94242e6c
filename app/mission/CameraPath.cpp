#include "mission/CameraPath.h"

#include "core/LunarError.h"

#include <algorithm>
#include <cmath>

namespace lunar {

namespace {

// Tangents of the Kochanek-Bartels spline at key i: leaving it and arriving at it, scaled
// for uneven key spacing (Kochanek & Bartels 1984, eq. 9 and the time adjustment).
struct Tangents {
    Vec3d out, in;
};

template <typename Get>
Tangents tangentsAt(const std::vector<CameraKey>& keys, std::size_t i, Get point)
{
    const std::size_t last = keys.size() - 1;
    const Vec3d p = point(keys[i]);
    const Vec3d prev = i > 0 ? point(keys[i - 1]) : p;
    const Vec3d next = i < last ? point(keys[i + 1]) : p;
    const double t = keys[i].tension, c = keys[i].continuity, b = keys[i].bias;
    // At the ends the missing neighbour mirrors the existing one (a natural end).
    const Vec3d d_prev = i > 0 ? p - prev : next - p;
    const Vec3d d_next = i < last ? next - p : p - prev;
    Tangents tg;
    tg.out = d_prev * ((1 - t) * (1 + c) * (1 + b) / 2) + d_next * ((1 - t) * (1 - c) * (1 - b) / 2);
    tg.in = d_prev * ((1 - t) * (1 - c) * (1 + b) / 2) + d_next * ((1 - t) * (1 + c) * (1 - b) / 2);
    const double before = i > 0 ? keys[i].video_s - keys[i - 1].video_s : keys[1].video_s - keys[0].video_s;
    const double after = i < last ? keys[i + 1].video_s - keys[i].video_s : before;
    tg.in = tg.in * (2.0 * before / (before + after));
    tg.out = tg.out * (2.0 * after / (before + after));
    return tg;
}

Vec3d hermite(const Vec3d& p0, const Vec3d& m0, const Vec3d& p1, const Vec3d& m1, double s)
{
    const double s2 = s * s, s3 = s2 * s;
    return p0 * (2 * s3 - 3 * s2 + 1) + m0 * (s3 - 2 * s2 + s) + p1 * (-2 * s3 + 3 * s2) +
           m1 * (s3 - s2);
}

} // namespace

CameraPath::CameraPath(std::string name, std::vector<CameraKey> keys, const Vec3d& moon_centre_enu)
    : name_(std::move(name)), keys_(std::move(keys)), moon_centre_enu_(moon_centre_enu)
{
    if (keys_.size() < 2)
        throw LunarError(name_, "a camera path needs two keys or more, has " +
                                    std::to_string(keys_.size()));
    for (std::size_t i = 0; i < keys_.size(); ++i) {
        const CameraKey& k = keys_[i];
        const std::string where = "key " + std::to_string(i);
        if (i > 0 && !(k.video_s > keys_[i - 1].video_s))
            throw LunarError(name_, where + ": t_s " + std::to_string(k.video_s) +
                                        " is not after the key before it");
        for (double v : {k.tension, k.continuity, k.bias})
            if (!(v >= -1.0 && v <= 1.0))
                throw LunarError(name_, where + ": tension, continuity and bias are -1..1");
        if (!(k.ease >= 0.0 && k.ease <= 1.0))
            throw LunarError(name_, where + ": ease is 0..1");
        if ((k.pose.target_enu - k.pose.eye_enu).length() < 1e-3)
            throw LunarError(name_, where + ": the eye and the point looked at coincide");
    }
}

CameraPose CameraPath::poseAt(double video_s) const
{
    const double t = std::clamp(video_s, keys_.front().video_s, keys_.back().video_s);
    std::size_t i = 0;
    while (i + 2 < keys_.size() && t >= keys_[i + 1].video_s)
        ++i;
    const CameraKey& a = keys_[i];
    const CameraKey& b = keys_[i + 1];
    const double span = b.video_s - a.video_s;
    const double s_linear = std::clamp((t - a.video_s) / span, 0.0, 1.0);
    // Easing: the parameter leaves key a with slope 1 - a.ease and reaches b with 1 - b.ease.
    const double s2 = s_linear * s_linear, s3 = s2 * s_linear;
    const double s = (s3 - 2 * s2 + s_linear) * (1.0 - a.ease) + (-2 * s3 + 3 * s2) +
                     (s3 - s2) * (1.0 - b.ease);
    const auto eye = [](const CameraKey& k) { return k.pose.eye_enu; };
    const auto target = [](const CameraKey& k) { return k.pose.target_enu; };
    const Tangents eye_a = tangentsAt(keys_, i, eye), eye_b = tangentsAt(keys_, i + 1, eye);
    const Tangents look_a = tangentsAt(keys_, i, target), look_b = tangentsAt(keys_, i + 1, target);
    CameraPose p;
    p.eye_enu = hermite(a.pose.eye_enu, eye_a.out, b.pose.eye_enu, eye_b.in, s);
    p.target_enu = hermite(a.pose.target_enu, look_a.out, b.pose.target_enu, look_b.in, s);
    p.up_enu = (p.eye_enu - moon_centre_enu_).normalized();
    // The field of view changes along the same eased parameter, smoothly at both keys.
    const double f = s * s * (3.0 - 2.0 * s);
    p.fov_y_deg = a.pose.fov_y_deg + (b.pose.fov_y_deg - a.pose.fov_y_deg) * f;
    return p;
}

} // namespace lunar
