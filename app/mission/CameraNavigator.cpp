#include "mission/CameraNavigator.h"

#include "core/Angles.h"

#include <algorithm>
#include <cmath>

namespace lunar {

namespace {
constexpr double kMaxPitch_rad = degToRad(89.0);
constexpr double kOrbitMinElevation_rad = degToRad(0.5);
constexpr double kOrbitMaxElevation_rad = degToRad(89.5);
} // namespace

const char* navigationModeName(NavigationMode mode)
{
    switch (mode) {
    case NavigationMode::Orbit: return "orbit";
    case NavigationMode::Fly: return "fly";
    case NavigationMode::Walk: return "walk";
    }
    return "?";
}

bool navigationModeNamed(const std::string& name, NavigationMode& out)
{
    for (NavigationMode m : {NavigationMode::Orbit, NavigationMode::Fly, NavigationMode::Walk})
        if (name == navigationModeName(m)) {
            out = m;
            return true;
        }
    return false;
}

CameraNavigator::CameraNavigator(const EnuFrame& frame, GroundHeight ground)
    : frame_(frame), ground_(std::move(ground)), moon_centre_enu_(frame.toEnu({0.0, 0.0, 0.0}))
{
    target_ = groundBelow({0.0, 0.0, 0.0});
    pitch_rad_ = -degToRad(45.0);
    placeEyeFromOrbit();
}

CameraNavigator::LocalFrame CameraNavigator::localFrameAt(const Vec3d& p) const
{
    LocalFrame f;
    f.up = (p - moon_centre_enu_).normalized();
    const Vec3d base_north{0.0, 1.0, 0.0};
    f.north = (base_north - f.up * dot(base_north, f.up)).normalized();
    f.east = cross(f.north, f.up);
    return f;
}

double CameraNavigator::groundHeightAt(const Vec3d& p) const
{
    const LatLonHeight ll = frame_.selenographicFromEnu(p);
    const double h = ground_ ? ground_({ll.lat_rad, ll.lon_rad}) : 0.0;
    return std::isfinite(h) ? h : 0.0;
}

Vec3d CameraNavigator::groundBelow(const Vec3d& p) const
{
    const LatLonHeight ll = frame_.selenographicFromEnu(p);
    return frame_.enuFromSelenographic({ll.lat_rad, ll.lon_rad, groundHeightAt(p)});
}

double CameraNavigator::heightAboveGround_m() const
{
    return frame_.selenographicFromEnu(eye_).height_m - groundHeightAt(eye_);
}

double CameraNavigator::travelSpeed_mps() const
{
    if (mode() == NavigationMode::Walk)
        return 1.4; // a walking pace
    return std::clamp(0.7 * heightAboveGround_m(), 5.0, 200000.0);
}

Vec3d CameraNavigator::viewDirection() const
{
    const LocalFrame f = localFrameAt(mode_ == NavigationMode::Orbit ? target_ : eye_);
    return f.north * (std::cos(yaw_rad_) * std::cos(pitch_rad_)) +
           f.east * (std::sin(yaw_rad_) * std::cos(pitch_rad_)) + f.up * std::sin(pitch_rad_);
}

void CameraNavigator::setDirection(const Vec3d& direction)
{
    const LocalFrame f = localFrameAt(mode_ == NavigationMode::Orbit ? target_ : eye_);
    const Vec3d d = direction.normalized();
    pitch_rad_ = std::asin(std::clamp(dot(d, f.up), -1.0, 1.0));
    yaw_rad_ = std::atan2(dot(d, f.east), dot(d, f.north));
}

void CameraNavigator::placeEyeFromOrbit()
{
    pitch_rad_ = std::clamp(pitch_rad_, -kOrbitMaxElevation_rad, -kOrbitMinElevation_rad);
    distance_m_ = std::clamp(distance_m_, kMinDistance_m, kMaxDistance_m);
    eye_ = target_ - viewDirection() * distance_m_;
}

void CameraNavigator::keepAboveGround()
{
    switch (mode_) {
    case NavigationMode::Walk: {
        eye_ = groundBelow(eye_) + localFrameAt(eye_).up * kEyeHeight_m;
        break;
    }
    case NavigationMode::Orbit:
        // Raise the eye along its circle until it clears the ground.
        for (int i = 0; i < 180 && heightAboveGround_m() < kClearance_m &&
                        pitch_rad_ > -kOrbitMaxElevation_rad;
             ++i) {
            pitch_rad_ -= degToRad(0.5);
            placeEyeFromOrbit();
        }
        [[fallthrough]];
    case NavigationMode::Fly: {
        const double below_m = kClearance_m - heightAboveGround_m();
        if (below_m > 0.0)
            eye_ = eye_ + localFrameAt(eye_).up * below_m;
        break;
    }
    }
}

std::optional<Vec3d> CameraNavigator::groundHit(const Vec3d& origin, const Vec3d& direction,
                                                double max_m) const
{
    const Vec3d d = direction.normalized();
    const auto above = [&](double t) {
        const Vec3d p = origin + d * t;
        return frame_.selenographicFromEnu(p).height_m - groundHeightAt(p);
    };
    double t0 = 0.0, h0 = above(0.0);
    if (h0 <= 0.0)
        return groundBelow(origin);
    while (t0 < max_m) {
        const double t1 = std::min(t0 + std::clamp(0.5 * h0, 0.5, 2000.0), max_m);
        const double h1 = above(t1);
        if (h1 <= 0.0) { // crossed: bisect
            double lo = t0, hi = t1;
            for (int i = 0; i < 40; ++i) {
                const double mid = 0.5 * (lo + hi);
                (above(mid) > 0.0 ? lo : hi) = mid;
            }
            return origin + d * hi;
        }
        t0 = t1;
        h0 = h1;
        if (t1 >= max_m)
            break;
    }
    return std::nullopt;
}

CameraPose CameraNavigator::pose() const
{
    if (flight_)
        return flight_->pose();
    CameraPose p;
    p.eye_enu = eye_;
    p.target_enu = mode_ == NavigationMode::Orbit ? target_ : eye_ + viewDirection() * 100.0;
    p.up_enu = localFrameAt(eye_).up;
    p.fov_y_deg = fov_y_deg_;
    return p;
}

void CameraNavigator::setPose(const CameraPose& pose)
{
    flight_.reset();
    eye_ = pose.eye_enu;
    fov_y_deg_ = pose.fov_y_deg;
    const Vec3d d = (pose.target_enu - pose.eye_enu).normalized();
    if (mode_ == NavigationMode::Orbit) {
        // Orbit around the ground point looked at: the pose's target when it is on the
        // ground, else where the view ray meets it; looking at the sky, fly instead.
        const double target_above_m = frame_.selenographicFromEnu(pose.target_enu).height_m -
                                      groundHeightAt(pose.target_enu);
        std::optional<Vec3d> hit = std::abs(target_above_m) < 50.0
                                       ? std::optional<Vec3d>(pose.target_enu)
                                       : groundHit(eye_, d);
        if (hit) {
            target_ = *hit;
            distance_m_ = (target_ - eye_).length();
            setDirection(target_ - eye_);
            placeEyeFromOrbit();
            keepAboveGround();
            return;
        }
        mode_ = NavigationMode::Fly;
    }
    setDirection(d);
    pitch_rad_ = std::clamp(pitch_rad_, -kMaxPitch_rad, kMaxPitch_rad);
    keepAboveGround();
}

void CameraNavigator::flyTo(const CameraPose& destination)
{
    const CameraPose from = pose();
    mode_after_flight_ = mode() == NavigationMode::Walk ? NavigationMode::Orbit : mode();
    flight_.emplace(from, destination, moon_centre_enu_,
                    CameraFlight::durationFor(from, destination));
}

void CameraNavigator::advance(double wall_seconds)
{
    if (!flight_)
        return;
    flight_->advance(wall_seconds);
    if (flight_->finished()) {
        const CameraPose destination = flight_->destination();
        flight_.reset();
        mode_ = mode_after_flight_;
        setPose(destination);
    }
}

void CameraNavigator::setMode(NavigationMode mode)
{
    if (flight_) { // a mode change during a flight starts from where it has got to
        const CameraPose now = flight_->pose();
        flight_.reset();
        mode_ = mode_after_flight_;
        setPose(now);
    }
    if (mode == mode_)
        return;
    const CameraPose from = pose();
    const Vec3d d = (from.target_enu - from.eye_enu).normalized();
    if (mode == NavigationMode::Walk) {
        // Land where the view meets the ground (right below when already low), facing the
        // same way, level.
        const std::optional<Vec3d> hit =
            heightAboveGround_m() < 30.0 ? std::nullopt : groundHit(eye_, d, 20000.0);
        const Vec3d spot = hit ? *hit : groundBelow(eye_);
        const LocalFrame f = localFrameAt(spot);
        Vec3d level = d - f.up * dot(d, f.up);
        if (level.length() < 1e-6)
            level = f.north;
        CameraPose walk;
        walk.eye_enu = spot + f.up * kEyeHeight_m;
        walk.target_enu = walk.eye_enu + level.normalized() * 100.0;
        walk.up_enu = f.up;
        walk.fov_y_deg = from.fov_y_deg;
        mode_after_flight_ = NavigationMode::Walk;
        flight_.emplace(from, walk, moon_centre_enu_, CameraFlight::durationFor(from, walk));
        return;
    }
    mode_ = mode;
    setPose(from); // orbit finds its target on the ground; fly keeps the view as it is
}

void CameraNavigator::orbit(double d_azimuth_rad, double d_elevation_rad)
{
    if (flight_)
        setMode(mode_after_flight_);
    yaw_rad_ += d_azimuth_rad;
    pitch_rad_ -= d_elevation_rad;
    placeEyeFromOrbit();
    keepAboveGround();
}

void CameraNavigator::dolly(double factor)
{
    if (flight_)
        setMode(mode_after_flight_);
    if (!(factor > 0.0))
        return;
    distance_m_ *= factor;
    placeEyeFromOrbit();
    keepAboveGround();
}

void CameraNavigator::pan(double right_m, double forward_m)
{
    if (flight_)
        setMode(mode_after_flight_);
    const LocalFrame f = localFrameAt(target_);
    const Vec3d ahead = f.north * std::cos(yaw_rad_) + f.east * std::sin(yaw_rad_);
    const Vec3d right = cross(ahead, f.up);
    target_ = groundBelow(target_ + ahead * forward_m + right * right_m);
    placeEyeFromOrbit();
    keepAboveGround();
}

void CameraNavigator::look(double d_yaw_rad, double d_pitch_rad)
{
    if (flight_)
        setMode(mode_after_flight_);
    yaw_rad_ += d_yaw_rad;
    pitch_rad_ = std::clamp(pitch_rad_ + d_pitch_rad, -kMaxPitch_rad, kMaxPitch_rad);
}

void CameraNavigator::move(double forward_m, double right_m, double up_m)
{
    if (flight_)
        setMode(mode_after_flight_);
    if (mode_ == NavigationMode::Orbit) {
        pan(right_m, forward_m);
        if (up_m != 0.0)
            dolly(std::exp(up_m / std::max(distance_m_, 1.0)));
        return;
    }
    const LocalFrame f = localFrameAt(eye_);
    const Vec3d ahead = mode_ == NavigationMode::Walk
                            ? f.north * std::cos(yaw_rad_) + f.east * std::sin(yaw_rad_)
                            : viewDirection();
    const Vec3d right = cross(ahead, f.up).normalized();
    eye_ = eye_ + ahead * forward_m + right * right_m +
           f.up * (mode_ == NavigationMode::Walk ? 0.0 : up_m);
    // Yaw and pitch stay measured in the local frame at the new eye: a long flight follows
    // the curvature instead of heading off into space.
    keepAboveGround();
}

} // namespace lunar
