// A landing pad's ground works on tilted, bumpy and rising ground: the apron's outer edge on
// the ground everywhere, its inner edge on the pad, the pad above all the ground under it,
// the skirt under the ground, and landers standing on the pad's surface.
#include "core/Angles.h"
#include "core/EnuFrame.h"
#include "mission/PadGrading.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lunar;

namespace {
const EnuFrame kSite({degToRad(-89.7), degToRad(-117.0), 0.0});

Facility padAt(double east_m, double north_m, double heading_deg)
{
    Facility f;
    f.id = "pad";
    f.category = "landing";
    const LatLonHeight p = kSite.selenographicFromEnu({east_m, north_m, 0.0});
    f.lat_deg = radToDeg(p.lat_rad);
    f.lon_deg = radToDeg(p.lon_rad);
    f.heading_deg = heading_deg;
    f.length_m = f.width_m = 60.0;
    f.height_m = 0.4;
    f.footprint_radius_m = 42.4;
    return f;
}

struct Ground {
    const char* name;
    double (*height)(double east_m, double north_m);
};

double tilted(double e, double n) { return 100.0 + std::tan(degToRad(6.0)) * (0.8 * e + 0.6 * n); }
double bumpy(double e, double n) { return 50.0 + 1.5 * std::sin(e / 9.0) * std::cos(n / 13.0) + 0.03 * (e - 300.0); }
double ridge(double e, double n) { return 20.0 + 0.004 * (e - 300.0) * (e - 300.0) - 0.1 * n; }

GroundHeight groundOf(double (*height)(double, double))
{
    return [height](const LatLon& p) {
        const Vec3d enu = kSite.enuFromSelenographic({p.lat_rad, p.lon_rad, 0.0});
        return height(enu.x, enu.y);
    };
}
} // namespace

TEST_CASE("Pad grading: the apron meets the ground all round and the pad is never under it",
          "[placement][pad]")
{
    const Ground ground = GENERATE(Ground{"tilted 6 deg", tilted}, Ground{"bumpy", bumpy},
                                   Ground{"a ridge", ridge});
    const double heading = GENERATE(0.0, 35.0);
    CAPTURE(ground.name, heading);
    const Facility pad = padAt(300.0, -800.0, heading);
    const GroundHeight h = groundOf(ground.height);
    const double base = surveyFootprint(pad, h).base_m;
    const PadGrading g = gradePad(pad, base, h);
    REQUIRE(g.rings.size() == g.ground_ring + 2);
    double worst_outer = 0.0, worst_inner = 0.0;
    for (int k = 0; k < g.azimuths; ++k) {
        const Vec3d inner = g.rings.front()[static_cast<std::size_t>(k)];
        const Vec3d outer = g.rings[g.ground_ring][static_cast<std::size_t>(k)];
        const Vec3d skirt = g.rings.back()[static_cast<std::size_t>(k)];
        const LatLonHeight o = padPointSelenographic(pad, base, outer);
        worst_outer = std::max(worst_outer, std::fabs(o.height_m - h({o.lat_rad, o.lon_rad})));
        worst_inner = std::max(worst_inner, std::fabs(inner.z - g.top_m));
        CHECK(std::hypot(inner.x, inner.y) == Approx(g.rim_radius_m).margin(1e-6));
        CHECK(std::hypot(outer.x, outer.y) > g.rim_radius_m);
        const LatLonHeight s = padPointSelenographic(pad, base, skirt);
        CHECK(s.height_m < h({s.lat_rad, s.lon_rad}) - 0.2); // tucked under
    }
    CAPTURE(worst_outer, worst_inner, g.top_m);
    CHECK(worst_outer < 0.01); // every outer vertex on the ground within a centimetre
    CHECK(worst_inner < 1e-9); // and every inner one on the pad's surface
    // Nothing under the paved disc reaches up through it.
    for (double r = 0.0; r <= g.pad_radius_m; r += 2.5)
        for (int a = 0; a < 36; ++a) {
            const Vec3d p{r * std::sin(a * kPi / 18.0), r * std::cos(a * kPi / 18.0), g.top_m};
            const LatLonHeight ll = padPointSelenographic(pad, base, p);
            CHECK(ll.height_m > h({ll.lat_rad, ll.lon_rad}) + 0.1);
        }
}

TEST_CASE("Pad grading: on flat ground the apron is narrow and no steeper than the fill slope",
          "[placement][pad]")
{
    const Facility pad = padAt(0.0, 0.0, 0.0);
    const GroundHeight flat = [](const LatLon&) { return 10.0; };
    const PadGrading g = gradePad(pad, 10.0, flat);
    CHECK(g.top_m == Approx(0.25).margin(0.01)); // the kerb (the frame's plane drops ~1 mm)
    for (const Vec3d& outer : g.rings[g.ground_ring]) {
        const double run = std::hypot(outer.x, outer.y) - g.rim_radius_m;
        CHECK(run >= 1.0 - 1e-9);
        CHECK(run < 1.5);
        CHECK(std::atan2(g.top_m - outer.z, run) <= degToRad(22.0) + 1e-6);
    }
}

TEST_CASE("Pad grading: landers stand on the graded pad, and on the ground elsewhere",
          "[placement][pad]")
{
    const Facility pad = padAt(300.0, -800.0, 20.0);
    const GroundHeight h = groundOf(tilted);
    const GroundHeight graded = gradedGround({pad}, h);
    const double base = surveyFootprint(pad, h).base_m;
    const PadGrading g = gradePad(pad, base, h);
    const LatLonHeight centre = kSite.selenographicFromEnu({310.0, -790.0, 0.0});
    CHECK(graded({centre.lat_rad, centre.lon_rad}) == Approx(base + g.top_m));
    const LatLonHeight away = kSite.selenographicFromEnu({300.0, -600.0, 0.0});
    CHECK(graded({away.lat_rad, away.lon_rad}) == h({away.lat_rad, away.lon_rad}));
    Facility habitat = pad;
    habitat.category = "habitat"; // only landing pads are graded for landers
    CHECK(gradedGround({habitat}, h)({centre.lat_rad, centre.lon_rad}) ==
          h({centre.lat_rad, centre.lon_rad}));
}
