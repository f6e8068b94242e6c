// The landing dust sheet's state from the descent: none above the onset height, widening as
// the lander comes down, gone soon after cut-off, the same at the same time on every call.
#include "mission/DescentGenerator.h"
#include "mission/DustSheet.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>

using namespace lunar;

namespace {
const DescentTrajectory& nominalDescent()
{
    static const DescentTrajectory d = [] {
        DescentPlan plan;
        plan.approach_azimuth_deg = 10.0;
        return generateDescent(plan);
    }();
    return d;
}
} // namespace

TEST_CASE("Dust sheet: none while the lander is above the onset height, from the first "
          "thrusting state below it", "[dust]")
{
    const DescentTrajectory& d = nominalDescent();
    const DustSheet sheet(d, "test-landing");
    const DustSheetOptions& o = sheet.options();
    REQUIRE_FALSE(std::isnan(sheet.onset_s()));
    CHECK(heightAboveSite_m(d.at(sheet.onset_s()).position_enu_m) < o.onset_height_m);
    CHECK(heightAboveSite_m(d.at(sheet.onset_s() - 0.1).position_enu_m) >= o.onset_height_m);
    for (const DescentState& s : d.states())
        if (heightAboveSite_m(s.position_enu_m) >= o.onset_height_m) {
            CAPTURE(s.t_s, s.position_enu_m.z);
            REQUIRE_FALSE(sheet.at(s.t_s).active);
        }
    std::printf("dust sheet: from %.1f s to %.1f s before touchdown (descent %.1f s)\n",
                d.duration_s() - sheet.onset_s(), d.duration_s() - sheet.cutoff_s(), d.duration_s());
    CHECK_FALSE(sheet.at(-10.0).active);
    CHECK(sheet.at(sheet.onset_s() + 1.0).active);
}

TEST_CASE("Dust sheet: it widens and flattens as the lander comes down, as the closed form "
          "says", "[dust]")
{
    const DescentTrajectory& d = nominalDescent();
    const DustSheet sheet(d, "test-landing");
    const DustSheetOptions& o = sheet.options();
    const double cut = sheet.cutoff_s();
    REQUIRE(cut > sheet.onset_s() + 5.0);
    double last_extent = 0.0, last_angle = 1.0, last_height = 1e9;
    for (double t = sheet.onset_s() + 0.5; t < cut; t += 0.5) {
        const DustSheetState s = sheet.at(t);
        const double h = heightAboveSite_m(d.at(t).position_enu_m);
        CAPTURE(t, h, s.extent_m, s.ejection_angle_rad);
        REQUIRE(s.active);
        REQUIRE(h <= last_height + 1e-6); // the generated descent only comes down here
        // Closed form: onset extent + span * sqrt(1 - h / onset), the angle linear in height.
        const double closeness = 1.0 - h / o.onset_height_m;
        CHECK(s.extent_m == Approx(o.onset_extent_m + (o.touchdown_extent_m - o.onset_extent_m) *
                                                          std::sqrt(closeness)).epsilon(1e-9));
        CHECK(s.ejection_angle_rad * 180.0 / 3.14159265358979 ==
              Approx(o.min_angle_deg + (o.max_angle_deg - o.min_angle_deg) * (h / o.onset_height_m)));
        CHECK(s.extent_m >= last_extent);
        CHECK(s.ejection_angle_rad <= last_angle + 1e-12);
        CHECK(s.inner_radius_m == Approx(o.scoured_radius_m));
        CHECK(s.optical_depth > 0.0);
        CHECK(s.optical_depth <= 1.5 * o.max_optical_depth);
        last_extent = s.extent_m;
        last_angle = s.ejection_angle_rad;
        last_height = h;
    }
    // Near the ground it spans most of its full width.
    CHECK(sheet.at(cut - 0.1).extent_m > 0.8 * o.touchdown_extent_m);
}

TEST_CASE("Dust sheet: after cut-off it empties from the inside at the ejecta's speed",
          "[dust]")
{
    const DustSheet sheet(nominalDescent(), "test-landing");
    const DustSheetOptions& o = sheet.options();
    const double cut = sheet.cutoff_s();
    const DustSheetState at_cut = sheet.at(cut - 1e-6);
    const DustSheetState after = sheet.at(cut + 0.05);
    REQUIRE(after.active);
    CHECK(after.inner_radius_m == Approx(o.scoured_radius_m + 0.05 * o.ejecta_speed_m_s));
    CHECK(after.extent_m == Approx(at_cut.extent_m).epsilon(1e-3));
    const double clear_s = (at_cut.extent_m - o.scoured_radius_m) / o.ejecta_speed_m_s;
    CHECK_FALSE(sheet.at(cut + clear_s + 0.01).active);
    CHECK_FALSE(sheet.at(nominalDescent().duration_s() + 60.0).active);
}

TEST_CASE("Dust sheet: a state depends on its time alone, and its streaks on the landing's "
          "name", "[dust]")
{
    const DustSheet sheet(nominalDescent(), "crewed-landing");
    const double t = sheet.onset_s() + 7.3;
    const DustSheetState later = sheet.at(t + 3.0); // asked out of order ...
    const DustSheetState a = sheet.at(t);
    const DustSheetState b = DustSheet(nominalDescent(), "crewed-landing").at(t); // ... or anew
    CHECK(a.extent_m == b.extent_m);
    CHECK(a.optical_depth == b.optical_depth);
    CHECK(a.streak_phase_m == b.streak_phase_m);
    CHECK(a.streak_seed == b.streak_seed);
    CHECK(later.streak_phase_m == Approx(a.streak_phase_m + 3.0 * sheet.options().streak_speed_m_s));
    CHECK(a.streak_seed == streakSeedOf("crewed-landing"));
    CHECK(streakSeedOf("crewed-landing") != streakSeedOf("change-7"));
    CHECK(streakSeedOf("a") == 0xe40c292cu); // FNV-1a's published value for "a"
}

TEST_CASE("Dust sheet: a crash (engine off before the ground) and a lander that never comes "
          "low blow none", "[dust]")
{
    DescentPlan plan;
    plan.profile = DescentProfile::Crash;
    const DescentTrajectory crash = generateDescent(plan);
    const DustSheet sheet(crash, "crash");
    for (double t = 0.0; t <= crash.duration_s(); t += 1.0)
        if (sheet.at(t).active) {
            CAPTURE(t);
            // only while thrusting low, if ever
            CHECK(crash.at(t).thrust_N > 0.0);
            CHECK(heightAboveSite_m(crash.at(t).position_enu_m) < sheet.options().onset_height_m);
        }
    DustSheetOptions low;
    low.onset_height_m = 1.0; // engine off at 3 m: never this low with thrust
    const DustSheet never(nominalDescent(), "x", low);
    CHECK(std::isnan(never.onset_s()));
    for (double t = 0.0; t <= nominalDescent().duration_s(); t += 5.0)
        CHECK_FALSE(never.at(t).active);
}
