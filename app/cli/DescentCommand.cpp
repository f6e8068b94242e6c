// `lunarviz descent`: the generated powered descent of a lander, phase by phase (a table
// on stdout), so the profile the animations fly can be read and checked.
#include "cli/CommandLine.h"

#include "core/MoonBody.h"
#include "mission/DescentGenerator.h"

#include <cmath>
#include <cstdio>
#include <memory>
#include <string>

namespace lunar::cli {

namespace {
double altitude_m(const Vec3d& p)
{
    const double r = moon::kRadius_m;
    return std::sqrt(p.x * p.x + p.y * p.y + (p.z + r) * (p.z + r)) - r;
}
} // namespace

Subcommand addDescentCommand(CLI::App& app)
{
    auto profile = std::make_shared<std::string>("nominal");
    CLI::App* sub = app.add_subcommand(
        "descent", "Print a generated powered descent phase by phase (time, altitude, speed, "
                   "throttle, mass)");
    sub->add_option("--profile", *profile, "nominal, vertical (Chang'e-4) or crash (Luna 25)")
        ->check(CLI::IsMember({"nominal", "vertical", "crash"}))
        ->capture_default_str();
    return {sub, [profile] {
                DescentPlan plan;
                plan.profile = *profile == "vertical" ? DescentProfile::Vertical
                               : *profile == "crash"  ? DescentProfile::Crash
                                                      : DescentProfile::Nominal;
                const DescentTrajectory d = generateDescent(plan);
                std::printf("| phase | starts at | altitude | speed | throttle | mass |\n"
                            "|---|---|---|---|---|---|\n");
                for (const PhaseSpan& p : d.phases()) {
                    const DescentState s = d.at(p.start_s + 0.1); // its first command
                    std::printf("| %s | %.0f s | %.0f m | %.1f m/s | %.0f %% | %.0f kg |\n",
                                descentPhaseName(p.phase), p.start_s,
                                altitude_m(s.position_enu_m), s.velocity_enu_m_s.length(),
                                100.0 * s.thrust_N / d.maxThrust_N(), s.mass_kg);
                }
                const DescentState& end = d.states().back();
                std::printf("| %s | %.1f s | 0 m | %.1f m/s | 0 %% | %.0f kg |\n",
                            plan.profile == DescentProfile::Crash ? "impact" : "touchdown",
                            end.t_s, end.velocity_enu_m_s.length(), end.mass_kg);
                return 0;
            }};
}

} // namespace lunar::cli
