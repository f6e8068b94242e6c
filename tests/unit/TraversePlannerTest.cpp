// The rover route planner on synthetic terrain with known answers: straight across flat
// ground, around a wall through its one gap, never up a step steeper than the limit, and a
// clear reason when there is no route.
#include "terrain/TraversePlanner.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lunar;

TEST_CASE("Traverse: across flat ground the route is the straight line", "[terrain][traverse]")
{
    const Raster<float> flat(50, 50, 100.0f);
    const Traverse t = planTraverse(flat, 10.0, 10.0, {5, 20}, {45, 20});
    REQUIRE(t.found);
    CHECK(t.cells.front().col == 5);
    CHECK(t.cells.back().col == 45);
    CHECK(t.cells.size() == 41);
    CHECK(t.length_m == Approx(400.0));
    CHECK(t.max_slope_deg == 0.0);
    CHECK(t.duration_s == Approx(400.0 / TraverseOptions{}.speed_mps));
    // Diagonally: 30 diagonal steps of 10 * sqrt(2) m.
    const Traverse d = planTraverse(flat, 10.0, 10.0, {0, 0}, {30, 30});
    REQUIRE(d.found);
    CHECK(d.length_m == Approx(300.0 * std::sqrt(2.0)));
}

TEST_CASE("Traverse: a wall too steep to climb is passed through its gap", "[terrain][traverse]")
{
    Raster<float> z(40, 40, 0.0f);
    for (int row = 0; row < 40; ++row)
        if (row != 33)
            z.at(20, row) = 50.0f; // 50 m up over 10 m: 79 deg
    const Traverse t = planTraverse(z, 10.0, 10.0, {5, 5}, {35, 5});
    REQUIRE(t.found);
    bool through_gap = false;
    for (const GridCell& c : t.cells) {
        CHECK(z.at(c.col, c.row) == 0.0f); // never on the wall
        through_gap = through_gap || (c.col == 20 && c.row == 33);
    }
    CHECK(through_gap);
    CHECK(t.max_slope_deg == 0.0);
    // At least the straight lines to the gap and on to the goal.
    CHECK(t.length_m >= 2.0 * std::hypot(150.0, 280.0));
}

TEST_CASE("Traverse: a gentle ramp is climbed, a steep one is not; no route says why",
          "[terrain][traverse]")
{
    // A ramp of 3 m per 10 m pixel (16.7 deg) up the whole width.
    Raster<float> ramp(30, 10);
    for (int row = 0; row < 10; ++row)
        for (int col = 0; col < 30; ++col)
            ramp.at(col, row) = static_cast<float>(3.0 * col);
    TraverseOptions rover;
    rover.max_slope_deg = 20.0;
    const Traverse up = planTraverse(ramp, 10.0, 10.0, {0, 5}, {29, 5}, rover);
    REQUIRE(up.found);
    CHECK(up.max_slope_deg <= 20.0);
    CHECK(up.length_m >= 29.0 * std::hypot(10.0, 3.0)); // never shorter than straight up
    // Under 15 deg the straight climb (16.7 deg) is barred, but diagonal steps climb 3 m
    // per 14.1 m (12 deg): the rover switches back and forth up the ramp.
    rover.max_slope_deg = 15.0;
    const Traverse switchbacks = planTraverse(ramp, 10.0, 10.0, {0, 5}, {29, 5}, rover);
    REQUIRE(switchbacks.found);
    CHECK(switchbacks.max_slope_deg == Approx(std::atan(3.0 / std::hypot(10.0, 10.0)) * 57.29577951308232).margin(1e-6));
    for (std::size_t i = 1; i < switchbacks.cells.size(); ++i)
        CHECK(switchbacks.cells[i].row != switchbacks.cells[i - 1].row); // every step diagonal
    rover.max_slope_deg = 10.0;
    const Traverse blocked = planTraverse(ramp, 10.0, 10.0, {0, 5}, {29, 5}, rover);
    CHECK_FALSE(blocked.found);
    CHECK(blocked.problem == "no route: every way is steeper than 10 deg or crosses a hole in the DEM");
    CHECK(blocked.cells.empty());

    Raster<float> holed(10, 10, 0.0f);
    holed.at(9, 9) = std::nanf("");
    CHECK(planTraverse(holed, 1.0, 1.0, {0, 0}, {9, 9}).problem ==
          "the start or the goal has no height (a hole in the DEM)");
    CHECK(planTraverse(holed, 1.0, 1.0, {0, 0}, {10, 3}).problem == "the start or the goal is off the DEM");
}
