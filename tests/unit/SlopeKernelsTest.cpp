// Slope, aspect and roughness against closed forms: Horn's differences are exact on a
// plane, so a plane's slope is atan of its gradient everywhere inside, facing downhill;
// edges and pixels next to a hole are NaN, as gdaldem leaves them.
#include "terrain/SlopeKernels.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lunar;

namespace {
// z = rise_east * x + rise_north * y, with x east along columns and y north up the rows.
Raster<float> plane(int size, double pixel_m, double rise_east, double rise_north)
{
    Raster<float> z(size, size);
    for (int row = 0; row < size; ++row)
        for (int col = 0; col < size; ++col)
            z.at(col, row) = static_cast<float>(rise_east * col * pixel_m - rise_north * row * pixel_m + 500.0);
    return z;
}
constexpr double kDeg = 57.29577951308232;
} // namespace

TEST_CASE("Slope: a plane's slope is atan of its gradient, and it faces downhill",
          "[terrain][slope]")
{
    struct Case {
        double east, north, aspect_deg;
    };
    const Case cases[] = {{0.1, 0.0, 270.0},  // rises to the east: faces west
                          {0.0, 0.2, 180.0},  // rises to the north: faces south
                          {-0.3, 0.0, 90.0},  // faces east
                          {0.0, -0.05, 0.0},  // faces north
                          {0.1, 0.1, 225.0}}; // faces south-west
    for (const Case& c : cases) {
        CAPTURE(c.east, c.north);
        const Raster<float> z = plane(9, 20.0, c.east, c.north);
        const SlopeAspect sa = slopeAspectHorn(z, 20.0, 20.0);
        const double expected_deg = std::atan(std::hypot(c.east, c.north)) * kDeg;
        for (int row = 1; row < 8; ++row)
            for (int col = 1; col < 8; ++col) {
                CHECK(sa.slope_deg.at(col, row) == Approx(expected_deg).margin(1e-4));
                const double aspect = sa.aspect_deg.at(col, row);
                CHECK(std::min(std::abs(aspect - c.aspect_deg), 360.0 - std::abs(aspect - c.aspect_deg)) <
                      1e-3);
            }
        CHECK(slopeHorn_deg(z, 20.0, 20.0).at(4, 4) == sa.slope_deg.at(4, 4));
    }
}

TEST_CASE("Slope: non-square pixels scale each direction by its own size", "[terrain][slope]")
{
    Raster<float> z(5, 5);
    for (int row = 0; row < 5; ++row)
        for (int col = 0; col < 5; ++col)
            z.at(col, row) = static_cast<float>(col * 10.0 + row * 5.0); // 10 m/col, 5 m/row
    // 10 m per 40 m east; 5 m per 10 m south.
    const double expected_deg = std::atan(std::hypot(10.0 / 40.0, 5.0 / 10.0)) * kDeg;
    CHECK(slopeHorn_deg(z, 40.0, 10.0).at(2, 2) == Approx(expected_deg).margin(1e-4));
}

TEST_CASE("Slope: edges and pixels beside a hole are NaN; flat ground has a slope and no "
          "aspect", "[terrain][slope]")
{
    Raster<float> z = plane(7, 10.0, 0.0, 0.0);
    z.at(3, 3) = std::nanf("");
    const SlopeAspect sa = slopeAspectHorn(z, 10.0, 10.0);
    for (int i = 0; i < 7; ++i) {
        CHECK(std::isnan(sa.slope_deg.at(i, 0)));
        CHECK(std::isnan(sa.slope_deg.at(0, i)));
        CHECK(std::isnan(sa.slope_deg.at(i, 6)));
        CHECK(std::isnan(sa.slope_deg.at(6, i)));
    }
    for (int row = 2; row <= 4; ++row)
        for (int col = 2; col <= 4; ++col)
            CHECK(std::isnan(sa.slope_deg.at(col, row)));
    CHECK(sa.slope_deg.at(1, 1) == 0.0f);
    CHECK(std::isnan(sa.aspect_deg.at(1, 1)));
    CHECK(std::isnan(roughness_m(z).at(2, 2)));
    // Too small for a neighbourhood: all NaN, no crash.
    const Raster<float> tiny(2, 2, 1.0f);
    CHECK(std::isnan(slopeHorn_deg(tiny, 1.0, 1.0).at(0, 0)));
}

TEST_CASE("Roughness: the largest height difference in the neighbourhood", "[terrain][slope]")
{
    const Raster<float> z = plane(6, 10.0, 0.3, -0.1);
    // Over 2 pixels each way: 0.3 * 20 m east plus 0.1 * 20 m north.
    CHECK(roughness_m(z).at(2, 3) == Approx(6.0 + 2.0).margin(1e-3));
    Raster<float> spike = plane(5, 10.0, 0.0, 0.0);
    spike.at(2, 2) += 42.0f;
    const Raster<float> r = roughness_m(spike);
    CHECK(r.at(1, 1) == Approx(42.0f));
    CHECK(r.at(2, 2) == Approx(42.0f));
    CHECK(r.at(3, 3) == Approx(42.0f));
}
