#pragma once
// A powered descent as an immutable value: states every 0.1 s from the start of main
// braking to touchdown (or impact), in the landing site's East-North-Up frame, with the
// phases that divide it. Sampling between stored states is continuous (cubic Hermite in
// position from the stored velocities, linear in the rest); before the first state it holds
// the first, after the last the last.
#include "core/Vec3d.h"

#include <string>
#include <vector>

namespace lunar {

enum class DescentPhase {
    MainBraking,        // from the 15 km periapsis, the engine near full thrust
    AttitudeAdjustment, // rapid pitch-up toward the site
    Approach,           // hazard detection from ~2 km, down to the hover point
    Hover,              // ~100 m above the ground: picking the landing spot
    ObstacleAvoidance,  // sideways onto the chosen spot while descending to ~30 m
    VerticalDescent,    // slow and straight down to engine cut-off at 2-4 m
    FreeFall,           // engine off: the last metres under lunar gravity
    Uncontrolled,       // crash variant: control lost, falling to impact
};

const char* descentPhaseName(DescentPhase phase);

struct DescentState {
    double t_s = 0.0;        // since the start of main braking
    Vec3d position_enu_m;    // site ENU: up is height above the site
    Vec3d velocity_enu_m_s;
    Vec3d thrust_direction;  // unit vector the engine pushes along (the lander's axis)
    double thrust_N = 0.0;
    double mass_kg = 0.0;
    DescentPhase phase = DescentPhase::MainBraking;
};

struct PhaseSpan {
    DescentPhase phase;
    double start_s;
    double end_s;
};

class DescentTrajectory {
public:
    DescentTrajectory(std::vector<DescentState> states, std::vector<PhaseSpan> phases,
                      double max_thrust_N);

    double duration_s() const { return states_.back().t_s; }
    const std::vector<DescentState>& states() const { return states_; }
    const std::vector<PhaseSpan>& phases() const { return phases_; }
    double maxThrust_N() const { return max_thrust_N_; }

    DescentState at(double t_s) const;
    // The time the trajectory first enters `phase`; NaN if it never does.
    double phaseStart_s(DescentPhase phase) const;

private:
    std::vector<DescentState> states_;
    std::vector<PhaseSpan> phases_;
    double max_thrust_N_;
};

} // namespace lunar
