// Horizon maps: the sweep against closed forms (cone, conical crater, a tower beyond the
// curvature) and against the brute-force ray march on procedural terrain.
#include "core/Angles.h"
#include "terrain/HorizonRayMarch.h"
#include "terrain/HorizonSweep.h"
#include "terrain/ProceduralDem.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace lunar;

namespace {
constexpr double kPixel_m = 10.0;
const HorizonGridMetric kFlatMetric{kPixel_m, -kPixel_m, 1.0e15}; // no curvature
const HorizonGridMetric kMoonMetric{kPixel_m, -kPixel_m, 1737400.0};

// Heights from a function of map offset (metres) from the grid centre.
template <typename F> Raster<float> gridOf(int side, F height_at)
{
    Raster<float> r(side, side);
    for (int row = 0; row < side; ++row)
        for (int col = 0; col < side; ++col) {
            const double x = (col - side / 2) * kPixel_m, y = -(row - side / 2) * kPixel_m;
            r.at(col, row) = static_cast<float>(height_at(x, y));
        }
    return r;
}

// Grid angle of the direction from texel a to texel b (clockwise from map +y = up).
double angleToward(double dcol, double drow) { return std::atan2(dcol, -drow); }
} // namespace

TEST_CASE("Horizon sweep: a cone seen from the plain stands at atan(H / D)", "[horizon]")
{
    const double height = 300.0, base_radius = 800.0;
    const Raster<float> cone = gridOf(401, [&](double x, double y) {
        return std::max(0.0, height * (1.0 - std::hypot(x, y) / base_radius));
    });
    const HorizonMap map = sweepHorizonMap(cone, kFlatMetric, {64, 0.0});
    // Observers on the plain due "south", "west" and diagonally: toward the apex the
    // horizon is the apex itself (for D > base radius the slope peaks there).
    for (const auto& [dcol, drow] : {std::pair{0, 150}, std::pair{-120, 0}, std::pair{100, -100}}) {
        const int col = 200 + dcol, row = 200 + drow;
        const double distance_m = std::hypot(dcol, drow) * kPixel_m;
        const double expected = radToDeg(std::atan(height / distance_m));
        const double toward = angleToward(-dcol, -drow);
        CHECK(map.elevationToward_deg(col, row, toward) == Approx(expected).margin(0.2));
        // Looking away from the cone over the flat plain: the horizon is level.
        CHECK(map.elevationToward_deg(col, row, toward + kPi) == Approx(0.0).margin(0.01));
    }
}

TEST_CASE("Horizon sweep: in a bowl crater the rim stands at H (a +- x0) / a^2", "[horizon]")
{
    // z = -H (1 - rho^2 / a^2) inside radius a, level outside. From a floor point x0 off
    // the centre the slope to the terrain ahead rises all the way to the rim, so the horizon
    // is the rim: tan = H (a + x0) / a^2 looking away from the centre, H (a - x0) / a^2
    // looking back across it; from the centre atan(H / a) all round.
    const double depth = 200.0, radius = 1000.0;
    const Raster<float> crater = gridOf(301, [&](double x, double y) {
        const double rho = std::hypot(x, y);
        return rho < radius ? -depth * (1.0 - rho * rho / (radius * radius)) : 0.0;
    });
    const HorizonMap map = sweepHorizonMap(crater, kFlatMetric, {64, 0.0});
    const double at_centre = radToDeg(std::atan(depth / radius)); // 11.31 deg
    for (int k = 0; k < 64; ++k)
        CHECK(map.elevation_deg(150, 150, k) == Approx(at_centre).margin(0.08));
    CHECK(map.elevationToward_deg(150, 150, 0.123) == Approx(at_centre).margin(0.08));
    const double x0 = 400.0; // 40 px east of the centre
    const double outward = radToDeg(std::atan(depth * (radius + x0) / (radius * radius)));
    const double inward = radToDeg(std::atan(depth * (radius - x0) / (radius * radius)));
    CHECK(map.elevation_deg(190, 150, 16) == Approx(outward).margin(0.08)); // east
    CHECK(map.elevation_deg(190, 150, 48) == Approx(inward).margin(0.08));  // west
}

TEST_CASE("Horizon sweep: curvature hides all but the top of a tower 100 km away", "[horizon]")
{
    // A 1 x 1 px tower 3 km high at 10 000 px (100 km): drop = d^2 / 2R = 2878 m.
    Raster<float> line(10001, 3, 0.0f);
    for (int row = 0; row < 3; ++row)
        line.at(10000, row) = 3000.0f;
    const HorizonMap map = sweepHorizonMap(line, kMoonMetric, {64, 0.0});
    const double d = 100000.0, r = 1737400.0, theta = d / r;
    const double exact =
        radToDeg(std::atan2((r + 3000.0) * std::cos(theta) - r, (r + 3000.0) * std::sin(theta)));
    const int east = 16; // direction 16 of 64 is grid angle 90 deg: +x
    CHECK(map.elevation_deg(0, 1, east) == Approx(exact).margin(0.006));
    CHECK(exact == Approx(0.0675).margin(0.0005)); // vs 0.0687 ignoring the drop
    CHECK(rayMarchedHorizon_deg(line, kMoonMetric, 0, 1, kPi / 2.0) ==
          Approx(exact).margin(0.003));
}

TEST_CASE("Horizon sweep: a raised eye sees over a wall by atan((H - h) / D)", "[horizon]")
{
    Raster<float> plain(400, 3, 0.0f);
    for (int row = 0; row < 3; ++row)
        for (int col = 300; col < 400; ++col)
            plain.at(col, row) = 20.0f; // a 20 m step 200 px (2 km) east of column 100
    for (double eye_m : {0.0, 2.0, 10.0}) {
        const HorizonMap map = sweepHorizonMap(plain, kFlatMetric, {64, eye_m});
        const double expected = radToDeg(std::atan((20.0 - eye_m) / 2000.0));
        CHECK(map.elevation_deg(100, 1, 16) == Approx(expected).margin(0.006));
        CHECK(rayMarchedHorizon_deg(plain, kFlatMetric, 100, 1, kPi / 2.0, eye_m) ==
              Approx(expected).margin(0.003));
    }
}

TEST_CASE("Horizon sweep agrees with the brute-force ray march on cratered terrain",
          "[horizon]")
{
    DemRecipe recipe;
    recipe.size_px = 256;
    recipe.resolution_m = 40.0;
    recipe.seed = 11;
    const Raster<float> dem = generateProceduralDem(recipe);
    const HorizonGridMetric metric{40.0, -40.0, 1737400.0};
    const HorizonMap map = sweepHorizonMap(dem, metric, {64, 2.0});
    std::mt19937 rng(3);
    std::uniform_int_distribution<int> pick(0, 255);
    double sum = 0.0, worst = 0.0;
    int n = 0;
    for (int i = 0; i < 150; ++i) {
        const int col = pick(rng), row = pick(rng);
        for (int k = 0; k < 64; k += 3) {
            const double brute = rayMarchedHorizon_deg(dem, metric, col, row,
                                                       map.directionAngle_rad(k), 2.0);
            const double swept = map.elevation_deg(col, row, k);
            if (brute <= -89.0)
                continue; // at the edge, looking out: nothing ahead for either
            sum += std::fabs(brute - swept);
            worst = std::max(worst, std::fabs(brute - swept));
            ++n;
        }
    }
    INFO("mean |sweep - ray march| " << sum / n << " deg, worst " << worst << " deg over " << n);
    WARN("mean |sweep - ray march| " << sum / n << " deg, worst " << worst << " deg");
    CHECK(sum / n < 0.1);
}

TEST_CASE("A fine horizon map takes the far field from a coarse one", "[horizon]")
{
    GeoTransform coarse_geo{0.0, 100.0, 0.0, 0.0, 0.0, -100.0};
    HorizonMap coarse(10, 10, 8, coarse_geo);
    for (int row = 0; row < 10; ++row)
        for (int col = 0; col < 10; ++col)
            for (int k = 0; k < 8; ++k)
                coarse.setElevation_deg(col, row, k, k == 2 ? 5.0 : -1.0);
    HorizonMap fine(20, 20, 8, GeoTransform{200.0, 10.0, 0.0, -200.0, 0.0, -10.0});
    for (int row = 0; row < 20; ++row)
        for (int col = 0; col < 20; ++col)
            for (int k = 0; k < 8; ++k)
                fine.setElevation_deg(col, row, k, 1.0);
    raiseToFarField(fine, coarse);
    CHECK(fine.elevation_deg(5, 5, 2) == Approx(5.0));
    CHECK(fine.elevation_deg(5, 5, 3) == Approx(1.0));
}
