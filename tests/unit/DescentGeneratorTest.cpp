// Powered descents: where and how they end, the engine and propellant limits at every step,
// the published phase altitudes, the vertical and crash variants, continuous sampling.
#include "core/LunarError.h"
#include "core/MoonBody.h"
#include "mission/DescentGenerator.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>

using namespace lunar;

namespace {
double horizontal(const Vec3d& v) { return std::hypot(v.x, v.y); }

// Altitude above the site's level, from site-ENU coordinates (the site's tangent plane).
double altitudeAboveSite_m(const Vec3d& p)
{
    const double r = moon::kRadius_m;
    return std::sqrt(p.x * p.x + p.y * p.y + (p.z + r) * (p.z + r)) - r;
}

void checkLimits(const DescentTrajectory& d, const LanderVehicle& v)
{
    for (const DescentState& s : d.states()) {
        CAPTURE(s.t_s, descentPhaseName(s.phase));
        const bool off = s.thrust_N == 0.0;
        CHECK((off || (s.thrust_N >= v.min_thrust_N - 1e-6 && s.thrust_N <= v.max_thrust_N + 1e-6)));
        CHECK(s.mass_kg >= v.dry_mass_kg);
    }
}
} // namespace

TEST_CASE("Descent: the nominal profile cuts the engine 3 m over the site at under 1 m/s",
          "[descent]")
{
    DescentPlan plan;
    plan.approach_azimuth_deg = 30.0;
    const DescentTrajectory d = generateDescent(plan);
    CHECK(periapsisSpeed_m_s(plan) == Approx(1692.0).margin(5.0));
    const DescentState& first = d.states().front();
    CHECK(altitudeAboveSite_m(first.position_enu_m) == Approx(15000.0).margin(50.0));
    CHECK(first.velocity_enu_m_s.length() == Approx(periapsisSpeed_m_s(plan)).margin(1.0));

    const double cut = d.phaseStart_s(DescentPhase::FreeFall);
    const DescentState at_cut = d.at(cut);
    CHECK(horizontal(at_cut.position_enu_m) < 1.0);           // within 1 m of the site
    CHECK(at_cut.position_enu_m.z == Approx(3.0).margin(0.2)); // engine off at 2-4 m
    CHECK(std::fabs(at_cut.velocity_enu_m_s.z) <= 1.0);         // <= 1 m/s vertical
    CHECK(horizontal(at_cut.velocity_enu_m_s) < 0.2);

    const DescentState& last = d.states().back();
    CHECK(last.position_enu_m.z == Approx(0.0).margin(1e-6)); // on the ground
    CHECK(horizontal(last.position_enu_m) < 1.0);
    CHECK(std::fabs(last.velocity_enu_m_s.z) < 3.5); // free fall from 3 m: ~3.3 m/s
    CHECK(d.duration_s() > 600.0); // ~11-12 minutes
    CHECK(d.duration_s() < 800.0);
    checkLimits(d, plan.vehicle);
}

TEST_CASE("Descent: phases begin at the published altitudes", "[descent]")
{
    const DescentTrajectory d = generateDescent(DescentPlan{});
    const auto heightAt = [&](DescentPhase p) { return d.at(d.phaseStart_s(p)).position_enu_m.z; };
    CHECK(heightAt(DescentPhase::AttitudeAdjustment) == Approx(3000.0).margin(150.0));
    CHECK(heightAt(DescentPhase::Approach) > 2000.0); // hazard detection from ~2 km
    CHECK(heightAt(DescentPhase::Approach) < 3000.0);
    CHECK(heightAt(DescentPhase::Hover) == Approx(100.0).margin(2.0));
    CHECK(heightAt(DescentPhase::ObstacleAvoidance) == Approx(100.0).margin(2.0));
    CHECK(heightAt(DescentPhase::VerticalDescent) == Approx(30.0).margin(1.0));
    // Hovering: nearly still for the whole hover phase.
    const double hover = d.phaseStart_s(DescentPhase::Hover);
    for (double t = hover; t < d.phaseStart_s(DescentPhase::ObstacleAvoidance); t += 1.0)
        CHECK(d.at(t).velocity_enu_m_s.length() < 0.5);
    // The ground track runs along the approach azimuth (0 deg: north).
    CHECK(std::fabs(d.states().front().position_enu_m.x) < 1.0);
    CHECK(d.states().front().position_enu_m.y < -300000.0);
}

TEST_CASE("Descent: the vertical variant brakes over the site and drops straight down",
          "[descent]")
{
    DescentPlan plan;
    plan.profile = DescentProfile::Vertical;
    const DescentTrajectory d = generateDescent(plan);
    const DescentState approach = d.at(d.phaseStart_s(DescentPhase::Approach));
    CHECK(approach.position_enu_m.z > 5000.0);
    CHECK(horizontal(approach.position_enu_m) < 500.0);
    CHECK(horizontal(approach.velocity_enu_m_s) < 10.0);
    const DescentState& last = d.states().back();
    CHECK(horizontal(last.position_enu_m) < 1.0);
    checkLimits(d, plan.vehicle);
}

TEST_CASE("Descent: the crash variant ends at the crash site, fast", "[descent]")
{
    DescentPlan plan;
    plan.profile = DescentProfile::Crash;
    const DescentTrajectory d = generateDescent(plan);
    const DescentState& last = d.states().back();
    CHECK(last.position_enu_m.z == Approx(0.0).margin(1e-6));
    CHECK(horizontal(last.position_enu_m) < 50.0);
    CHECK(last.velocity_enu_m_s.length() > 100.0);
    CHECK(last.phase == DescentPhase::Uncontrolled);
    CHECK(std::isnan(d.phaseStart_s(DescentPhase::Hover)));
    checkLimits(d, plan.vehicle);
}

TEST_CASE("Descent: sampling between stored states is continuous", "[descent]")
{
    const DescentTrajectory d = generateDescent(DescentPlan{});
    for (double t = 5.0; t < d.duration_s() - 1.0; t += 37.3) {
        const DescentState a = d.at(t), b = d.at(t + 1e-4);
        CAPTURE(t);
        CHECK((b.position_enu_m - a.position_enu_m).length() < 0.2); // < 1.7 km/s * 1e-4 s
        CHECK(std::fabs(b.mass_kg - a.mass_kg) < 1e-3);
    }
    // Before the start it holds the first state, after the end the last.
    CHECK((d.at(-10.0).position_enu_m - d.states().front().position_enu_m).length() == 0.0);
    CHECK((d.at(1e6).position_enu_m - d.states().back().position_enu_m).length() == 0.0);
}
