#include "mission/DescentTrajectory.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lunar {

const char* descentPhaseName(DescentPhase phase)
{
    switch (phase) {
    case DescentPhase::MainBraking: return "main braking";
    case DescentPhase::AttitudeAdjustment: return "rapid attitude adjustment";
    case DescentPhase::Approach: return "approach";
    case DescentPhase::Hover: return "hover";
    case DescentPhase::ObstacleAvoidance: return "obstacle avoidance";
    case DescentPhase::VerticalDescent: return "slow vertical descent";
    case DescentPhase::FreeFall: return "free fall";
    case DescentPhase::Uncontrolled: return "uncontrolled fall";
    }
    return "?";
}

DescentTrajectory::DescentTrajectory(std::vector<DescentState> states,
                                     std::vector<PhaseSpan> phases, double max_thrust_N)
    : states_(std::move(states)), phases_(std::move(phases)), max_thrust_N_(max_thrust_N)
{
}

DescentState DescentTrajectory::at(double t_s) const
{
    if (t_s <= states_.front().t_s)
        return states_.front();
    if (t_s >= states_.back().t_s)
        return states_.back();
    const auto after = std::upper_bound(
        states_.begin(), states_.end(), t_s,
        [](double t, const DescentState& s) { return t < s.t_s; });
    const DescentState& b = *after;
    const DescentState& a = *(after - 1);
    const double h = b.t_s - a.t_s;
    const double u = (t_s - a.t_s) / h;
    // Cubic Hermite: position and velocity both continuous across stored states.
    const double h00 = 2 * u * u * u - 3 * u * u + 1, h10 = u * u * u - 2 * u * u + u;
    const double h01 = -2 * u * u * u + 3 * u * u, h11 = u * u * u - u * u;
    DescentState s = a;
    s.t_s = t_s;
    s.position_enu_m = a.position_enu_m * h00 + a.velocity_enu_m_s * (h10 * h) +
                       b.position_enu_m * h01 + b.velocity_enu_m_s * (h11 * h);
    s.velocity_enu_m_s = a.velocity_enu_m_s * (1 - u) + b.velocity_enu_m_s * u;
    s.thrust_direction = (a.thrust_direction * (1 - u) + b.thrust_direction * u).normalized();
    s.thrust_N = a.thrust_N * (1 - u) + b.thrust_N * u;
    s.mass_kg = a.mass_kg * (1 - u) + b.mass_kg * u;
    return s;
}

double DescentTrajectory::phaseStart_s(DescentPhase phase) const
{
    for (const PhaseSpan& p : phases_)
        if (p.phase == phase)
            return p.start_s;
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace lunar
