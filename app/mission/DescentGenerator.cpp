#include "mission/DescentGenerator.h"

#include "core/Angles.h"
#include "core/LunarError.h"
#include "core/MoonBody.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace lunar {

const char* descentProfileName(DescentProfile profile)
{
    switch (profile) {
    case DescentProfile::Nominal: return "nominal";
    case DescentProfile::Vertical: return "vertical";
    case DescentProfile::Crash: return "crash";
    }
    return "?";
}

namespace {

constexpr double kStep_s = 0.1;

struct V2 {
    double x = 0.0, z = 0.0;
    V2 operator+(V2 o) const { return {x + o.x, z + o.z}; }
    V2 operator-(V2 o) const { return {x - o.x, z - o.z}; }
    V2 operator*(double s) const { return {x * s, z * s}; }
    double norm() const { return std::hypot(x, z); }
};

// The vertical plane of the approach: x along the ground track at the site, z up from the
// site; the Moon's centre below at (0, -(R + site height)).
struct Plane {
    double centre_z;
    V2 gravity(V2 p) const
    {
        const V2 r{p.x, p.z - centre_z};
        const double d = r.norm();
        return r * (-moon::kGm_m3_s2 / (d * d * d));
    }
};

struct State {
    V2 p, v;
    double m;
};

struct Target {
    V2 p, v;
};

struct Sim {
    const DescentPlan& plan;
    Plane plane;
    double t = 0.0;
    State s;
    std::vector<DescentState> out;
    std::vector<PhaseSpan> phases;
    double peak_demand_N = 0.0; // largest thrust guidance asked for (before clamping)

    // E-guidance: the thrust acceleration a(tau) = c0 + c1 tau that meets `target` after
    // tgo (gravity taken as constant over it).
    struct Profile {
        V2 c0, c1;
    };
    Profile guidance(const Target& target, double tgo) const
    {
        const V2 g = plane.gravity(s.p);
        const V2 dv = target.v - s.v - g * tgo;
        const V2 dr = target.p - s.p - s.v * tgo - g * (0.5 * tgo * tgo);
        return {dr * (6.0 / (tgo * tgo)) - dv * (2.0 / tgo),
                dv * (6.0 / (tgo * tgo)) - dr * (12.0 / (tgo * tgo * tgo))};
    }

    void step(V2 thrust_accel_dir, double thrust_N, DescentPhase phase, bool record)
    {
        const double ve = plan.vehicle.exhaust_velocity_m_s;
        const auto deriv = [&](const State& x) {
            const V2 a = plane.gravity(x.p) + thrust_accel_dir * (thrust_N / x.m);
            return State{x.v, a, -thrust_N / ve};
        };
        const auto add = [](const State& a, const State& d, double h) {
            return State{a.p + d.p * h, a.v + d.v * h, a.m + d.m * h};
        };
        const State k1 = deriv(s), k2 = deriv(add(s, k1, kStep_s / 2)),
                    k3 = deriv(add(s, k2, kStep_s / 2)), k4 = deriv(add(s, k3, kStep_s));
        s.p = s.p + (k1.p + k2.p * 2 + k3.p * 2 + k4.p) * (kStep_s / 6);
        s.v = s.v + (k1.v + k2.v * 2 + k3.v * 2 + k4.v) * (kStep_s / 6);
        s.m = s.m + (k1.m + k2.m * 2 + k3.m * 2 + k4.m) * (kStep_s / 6);
        t += kStep_s;
        if (record)
            push(thrust_accel_dir, thrust_N, phase);
    }

    void push(V2 dir, double thrust_N, DescentPhase phase)
    {
        const double az = degToRad(plan.approach_azimuth_deg);
        const auto enu = [&](V2 q) { return Vec3d{q.x * std::sin(az), q.x * std::cos(az), q.z}; };
        out.push_back({t, enu(s.p), enu(s.v), enu(dir), thrust_N, s.m, phase});
    }

    // Flies one guided phase for `duration` toward `target`. A trial (`give_up`) stops as
    // soon as it can no longer be chosen: demand above `give_up->max_demand_N` (the peak only
    // grows) or mass at or below `give_up->min_mass_kg` (it only falls).
    struct GiveUp {
        double max_demand_N;
        double min_mass_kg;
    };
    void fly(DescentPhase phase, const Target& target, double duration, bool record = true,
             std::optional<GiveUp> give_up = std::nullopt)
    {
        const double start = t;
        const int steps = std::max(1, static_cast<int>(std::lround(duration / kStep_s)));
        // Close to the end the closed-loop command divides small errors by tgo^2: the last
        // kFreeze_s are flown on the profile computed when they began.
        constexpr double kFreeze_s = 4.0;
        Profile frozen{};
        double frozen_at = -1.0;
        for (int i = 0; i < steps; ++i) {
            const double tgo = duration - (t - start);
            V2 a;
            if (tgo > kFreeze_s || duration <= kFreeze_s * 1.5) {
                a = guidance(target, std::max(tgo, kStep_s)).c0;
            }
            else {
                if (frozen_at < 0.0) {
                    frozen = guidance(target, tgo);
                    frozen_at = t;
                }
                a = frozen.c0 + frozen.c1 * (t - frozen_at);
            }
            const double demand = a.norm() * s.m;
            peak_demand_N = std::max(peak_demand_N, demand);
            if (give_up && (peak_demand_N > give_up->max_demand_N || s.m <= give_up->min_mass_kg))
                return;
            const double thrust = std::clamp(demand, plan.vehicle.min_thrust_N,
                                             plan.vehicle.max_thrust_N);
            const V2 dir = a.norm() > 0 ? a * (1.0 / a.norm()) : V2{0, 1};
            step(dir, thrust, phase, record);
        }
        if (record)
            phases.push_back({phase, start, t});
    }

    // Engine off: falls until the ground (z = 0) is reached, the last step cut to land on it.
    void fall(DescentPhase phase)
    {
        const double start = t;
        const V2 dir{0.0, 1.0}; // engine off: the lander keeps its attitude upright
        while (s.p.z > 0.0) {
            const State before = s;
            const double t_before = t;
            step(dir, 0.0, phase, false);
            if (s.p.z <= 0.0) { // interpolate to the ground within the step
                const double f = before.p.z / (before.p.z - s.p.z);
                s.p = before.p + (s.p - before.p) * f;
                s.v = before.v + (s.v - before.v) * f;
                t = t_before + kStep_s * f;
            }
            push(dir, 0.0, phase);
        }
        phases.push_back({phase, start, t});
    }
};

State periapsisState(const DescentPlan& plan, const Plane& plane, double angle_rad)
{
    const double r = moon::kRadius_m + plan.periapsis_altitude_m;
    // Behind the site by `angle_rad` along the ground track, moving toward it.
    const V2 p{r * std::sin(-angle_rad), plane.centre_z + r * std::cos(angle_rad)};
    const V2 v = V2{std::cos(-angle_rad), -std::sin(-angle_rad)} * periapsisSpeed_m_s(plan);
    return {p, v, plan.vehicle.initial_mass_kg};
}

// End of main braking for each profile (site-plane metres and m/s).
Target brakingEnd(const DescentPlan& plan)
{
    if (plan.profile == DescentProfile::Vertical)
        return {{-300.0, 6000.0}, {5.0, -45.0}}; // over the site, dropping straight
    return {{-3500.0, 3000.0}, {45.0, -35.0}};
}

// Shortest braking (so the least propellant) that the engine can fly, and where to start.
struct BrakingPlan {
    double duration_s;
    double start_angle_rad;
};

BrakingPlan planBraking(const DescentPlan& plan, const Plane& plane, const Target& end)
{
    const double vp = periapsisSpeed_m_s(plan);
    std::optional<BrakingPlan> best;
    double best_peak = std::numeric_limits<double>::infinity();
    for (double duration = 300.0; duration <= 900.0 && !best; duration += 10.0) {
        // Roughly uniform deceleration covers (vp + v_end) / 2 * T of ground.
        const double estimate_m = 0.5 * (vp + end.v.x) * duration - end.p.x;
        for (double f = 0.85; f <= 1.15; f += 0.025) {
            const double angle = estimate_m * f / moon::kRadius_m;
            Sim sim{plan, plane, 0.0, periapsisState(plan, plane, angle), {}, {}, 0.0};
            const double min_mass_kg = plan.vehicle.dry_mass_kg + 100.0;
            sim.fly(DescentPhase::MainBraking, end, duration, false,
                    Sim::GiveUp{std::min(plan.vehicle.max_thrust_N, best_peak), min_mass_kg});
            const bool propellant = sim.s.m > min_mass_kg;
            if (sim.peak_demand_N <= plan.vehicle.max_thrust_N && propellant &&
                sim.peak_demand_N < best_peak) {
                best_peak = sim.peak_demand_N;
                best = BrakingPlan{duration, angle};
            }
        }
    }
    if (!best)
        throw LunarError("descent", "the lander cannot brake from the orbit with its engine "
                                    "and propellant");
    return *best;
}

} // namespace

double periapsisSpeed_m_s(const DescentPlan& plan)
{
    const double rp = moon::kRadius_m + plan.periapsis_altitude_m;
    const double ra = moon::kRadius_m + plan.apoapsis_altitude_m;
    return std::sqrt(moon::kGm_m3_s2 * (2.0 / rp - 2.0 / (rp + ra)));
}

DescentTrajectory generateDescent(const DescentPlan& plan)
{
    const Plane plane{-(moon::kRadius_m + plan.site_height_m)};
    Target braking_end = brakingEnd(plan);
    if (plan.profile == DescentProfile::Crash) {
        // Luna 25-like: guided until control is lost ~2 km up, then ballistic onto the
        // site. Work back from the impact (130 m/s across, 90 m/s down) for 25 s.
        State fall{{0.0, 0.0}, {130.0, -90.0}, 0.0};
        for (int i = 0; i < 250; ++i) { // backward in time: v -= g dt, p -= v dt
            const V2 g = plane.gravity(fall.p);
            fall.v = fall.v - g * kStep_s;
            fall.p = fall.p - fall.v * kStep_s;
        }
        braking_end = {fall.p, fall.v};
    }
    const BrakingPlan braking = planBraking(plan, plane, braking_end);
    Sim sim{plan, plane, 0.0, periapsisState(plan, plane, braking.start_angle_rad), {}, {}, 0.0};
    sim.push(V2{-1, 0}, 0.0, DescentPhase::MainBraking);
    sim.fly(DescentPhase::MainBraking, braking_end, braking.duration_s);
    if (plan.profile == DescentProfile::Crash) {
        sim.fall(DescentPhase::Uncontrolled);
    }
    else {
        const bool vertical = plan.profile == DescentProfile::Vertical;
        // Rapid attitude adjustment: ~12 s, braking the remaining drift.
        const State& s = sim.s;
        sim.fly(DescentPhase::AttitudeAdjustment,
                {{s.p.x + s.v.x * 10.0, s.p.z + s.v.z * 12.0}, {s.v.x * 0.6, s.v.z}}, 12.0);
        // Approach to the hover point beside the spot; hazard detection from ~2 km.
        const double hover_offset_m = vertical ? -5.0 : -15.0;
        sim.fly(DescentPhase::Approach, {{hover_offset_m, 100.0}, {0.0, 0.0}},
                vertical ? 150.0 : 110.0);
        sim.fly(DescentPhase::Hover, {{hover_offset_m, 100.0}, {0.0, 0.0}}, 15.0);
        sim.fly(DescentPhase::ObstacleAvoidance, {{0.0, 30.0}, {0.0, 0.0}}, 25.0);
        sim.fly(DescentPhase::VerticalDescent, {{0.0, plan.cutoff_height_m}, {0.0, -0.8}}, 32.0);
        sim.fall(DescentPhase::FreeFall);
    }
    if (sim.s.m < plan.vehicle.dry_mass_kg)
        throw LunarError("descent", "the lander runs out of propellant");
    return DescentTrajectory(std::move(sim.out), std::move(sim.phases),
                             plan.vehicle.max_thrust_N);
}

} // namespace lunar
