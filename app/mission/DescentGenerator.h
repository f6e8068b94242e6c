#pragma once
// Powered descents the way Chang'e landers fly them (../shared/facts.md: from the 15 km
// periapsis of a 15 x 100 km orbit, ~1.7 km/s to rest in ~11-12 minutes; main braking,
// rapid attitude adjustment, approach with hazard detection at ~2 km, hover at ~100 m,
// obstacle avoidance, slow vertical descent, engine off at 2-4 m, free fall).
//
// The equations of motion are integrated (RK4, 0.1 s) in the vertical plane of the
// approach around a point-mass Moon: central gravity, thrust within the engine's range,
// mass falling as thrust / exhaust velocity. Each phase is flown with explicit guidance
// (Cherry's E-guidance: the thrust acceleration linear in time that meets the phase's end
// position and velocity, recomputed every step). The Moon's rotation (< 5 m/s) is
// neglected. Vertical variant (Chang'e-4): braking ends above the site and the rest is
// flown straight down. Crash variant (Luna 25): control is lost and the lander falls
// ballistically onto the site given as the crash point.
#include "mission/DescentTrajectory.h"

namespace lunar {

struct LanderVehicle {
    double max_thrust_N = 7500.0;          // Chang'e 7.5 kN variable-thrust engine (facts.md)
    double min_thrust_N = 1500.0;          // throttle floor, 5:1 (assumed)
    double exhaust_velocity_m_s = 3000.0;  // Isp ~ 306 s, storable bipropellant (assumed)
    double initial_mass_kg = 2700.0;       // at powered descent start (notional)
    double dry_mass_kg = 1140.0;           // Chang'e-3 landed ~1,200 kg (facts.md), less residuals
};

enum class DescentProfile { Nominal, Vertical, Crash };
// "nominal", "vertical", "crash" (the scenario's names).
const char* descentProfileName(DescentProfile profile);

struct DescentPlan {
    DescentProfile profile = DescentProfile::Nominal;
    double approach_azimuth_deg = 0.0; // direction the ground track runs toward the site
    double site_height_m = 0.0;        // the site above the 1737.4 km sphere
    double periapsis_altitude_m = 15000.0;
    double apoapsis_altitude_m = 100000.0;
    double cutoff_height_m = 3.0;      // engine off this high above the ground (2-4 m)
    LanderVehicle vehicle;
};

// Throws LunarError("descent", ...) if the vehicle cannot fly the plan (not enough thrust or
// propellant).
DescentTrajectory generateDescent(const DescentPlan& plan);

// Speed at the periapsis of the plan's orbit (m/s).
double periapsisSpeed_m_s(const DescentPlan& plan);

} // namespace lunar
