#include "mission/DustSheet.h"

#include "core/MoonBody.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lunar {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kDegToRad = 3.14159265358979323846 / 180.0;

// The engine's push on the ground relative to hovering: thrust over the lander's weight.
// Near the ground a Chang'e-class lander descends at about 1 (hover thrust); braking harder
// blows more dust, coasting less.
double thrustOverWeight(const DescentState& s)
{
    const double g_m_s2 = moon::kGm_m3_s2 / (moon::kRadius_m * moon::kRadius_m);
    const double weight_N = s.mass_kg * g_m_s2;
    return weight_N > 0.0 ? s.thrust_N / weight_N : 0.0;
}

} // namespace

double heightAboveSite_m(const Vec3d& p)
{
    const double r = moon::kRadius_m;
    return std::sqrt(p.x * p.x + p.y * p.y + (p.z + r) * (p.z + r)) - r;
}

std::uint32_t streakSeedOf(const std::string& name)
{
    std::uint32_t h = 2166136261u;
    for (unsigned char c : name) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

DustSheet::DustSheet(const DescentTrajectory& trajectory, const std::string& landing_name,
                     const DustSheetOptions& options)
    : trajectory_(&trajectory), options_(options), onset_s_(kNaN), cutoff_s_(kNaN),
      seed_(streakSeedOf(landing_name))
{
    // Stored states are 0.1 s apart: the first one thrusting below the onset height starts
    // the sheet; the last one thrusting before the engine stops ends it (between it and the
    // next, sampling would ramp the thrust down; the engine is taken to stop at once).
    double last_thrusting_s = kNaN;
    for (const DescentState& s : trajectory.states()) {
        if (std::isnan(onset_s_)) {
            if (s.thrust_N > 0.0 && heightAboveSite_m(s.position_enu_m) < options.onset_height_m)
                onset_s_ = last_thrusting_s = s.t_s;
        } else if (s.thrust_N <= 0.0) {
            cutoff_s_ = last_thrusting_s;
            break;
        } else {
            last_thrusting_s = s.t_s;
        }
    }
}

DustSheetState DustSheet::at(double t_s) const
{
    DustSheetState out;
    if (std::isnan(onset_s_) || t_s < onset_s_)
        return out;
    const DustSheetOptions& o = options_;
    const bool engine_off = !std::isnan(cutoff_s_) && t_s >= cutoff_s_;
    // After cut-off the sheet keeps the shape it had when the engine stopped and empties
    // from the inside out at the ejecta's speed.
    const DescentState s = trajectory_->at(engine_off ? cutoff_s_ : t_s);
    const double height_m = std::clamp(heightAboveSite_m(s.position_enu_m), 0.0, o.onset_height_m);
    const double closeness = 1.0 - height_m / o.onset_height_m; // 0 at onset, 1 on the ground
    out.age_s = t_s - onset_s_;
    out.inner_radius_m = o.scoured_radius_m;
    if (engine_off)
        out.inner_radius_m += o.ejecta_speed_m_s * (t_s - cutoff_s_);
    // The visible sheet widens as the lander comes down, its front never faster than the ejecta.
    const double by_height_m =
        o.onset_extent_m + (o.touchdown_extent_m - o.onset_extent_m) * std::sqrt(closeness);
    const double blowing_s = (engine_off ? cutoff_s_ : t_s) - onset_s_;
    const double front_m = o.scoured_radius_m + o.ejecta_speed_m_s * blowing_s;
    out.extent_m = std::min(by_height_m, front_m);
    out.ejection_angle_rad =
        (o.min_angle_deg + (o.max_angle_deg - o.min_angle_deg) * (1.0 - closeness)) * kDegToRad;
    out.optical_depth = o.max_optical_depth * closeness * std::min(thrustOverWeight(s), 1.5);
    out.streak_phase_m = o.streak_speed_m_s * out.age_s;
    out.streak_seed = seed_;
    out.active = out.inner_radius_m < out.extent_m && out.optical_depth > 0.0;
    if (!out.active)
        return DustSheetState{};
    return out;
}

} // namespace lunar
