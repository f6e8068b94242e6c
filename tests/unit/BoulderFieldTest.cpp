// The drawn boulders' reference (terrain/BoulderField): counts per size against the law,
// determinism, more boulders on crater rims and on slopes than on the plains, and windows
// that share an edge holding exactly the boulders of their union.
#include "core/Angles.h"
#include "terrain/BoulderField.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

using namespace lunar;

namespace {

double flat(double, double) { return 0.0; }

// Only the plains' law: no rims, no slopes.
BoulderFieldOptions plainsOnly()
{
    BoulderFieldOptions options;
    options.rim_gain = 0.0;
    options.slope_gain = 0.0;
    return options;
}

std::set<std::tuple<double, double, double>> keysOf(const std::vector<Boulder>& boulders)
{
    std::set<std::tuple<double, double, double>> keys;
    for (const Boulder& b : boulders)
        keys.emplace(b.x_m, b.y_m, b.diameter_m);
    return keys;
}

} // namespace

TEST_CASE("Boulder SFD: the law's level gives 0.21 % rock cover from 0.1 m up",
          "[terrain][boulders]")
{
    // Covered area of D >= 0.1 m under N = K D^-b: (pi / 4) K b 0.1^(2 - b) / (b - 2).
    const double b = kBoulderCumulativeSlope;
    const double cover = 0.25 * kPi * kBoulderCoefficientPerM2 * b * std::pow(0.1, 2.0 - b) / (b - 2.0);
    CHECK(cover == Approx(0.0021).epsilon(0.01));
    CHECK(boulderCumulativePerM2(1.0) == Approx(kBoulderCoefficientPerM2));
    CHECK(boulderDiameterAt(0.0, 0.3, 6.0) == Approx(0.3));
    CHECK(boulderDiameterAt(1.0, 0.3, 6.0) == Approx(6.0));
    const double median = boulderDiameterAt(0.5, 0.3, 6.0);
    CHECK(boulderCumulativePerM2(0.3, median) == Approx(boulderCumulativePerM2(median, 6.0)));
}

TEST_CASE("Boulder field: counts above each size follow the law within 4 sigma",
          "[terrain][boulders]")
{
    const BoulderFieldOptions options = plainsOnly();
    // 128 x 128 DEM pixels of 20 m: 6.6 km^2, ~22,000 boulders of 0.3 m and up.
    const std::vector<Boulder> boulders = bouldersInPixels(options, 0, 0, 128, 128, flat);
    const double area_m2 = std::pow(128 * options.dem_pixel_m, 2);
    for (double d : {0.3, 0.5, 1.0, 2.0, 4.0}) {
        const double expected = area_m2 * boulderCumulativePerM2(d, options.max_diameter_m);
        const auto counted = std::count_if(boulders.begin(), boulders.end(),
                                           [d](const Boulder& b) { return b.diameter_m >= d; });
        INFO("D >= " << d << " m: " << counted << " boulders, law " << expected);
        CHECK(std::abs(static_cast<double>(counted) - expected) <= 4.0 * std::sqrt(expected) + 1.0);
    }
    for (const Boulder& b : boulders) {
        REQUIRE(b.diameter_m >= options.min_diameter_m);
        REQUIRE(b.diameter_m <= options.max_diameter_m);
        REQUIRE(b.height_m > 0.0);
        REQUIRE(b.buried_m < b.height_m);
        REQUIRE(b.variant >= 0);
        REQUIRE(b.variant < kBoulderVariants);
    }
}

TEST_CASE("Boulder field: the same window gives the same boulders, another window others",
          "[terrain][boulders]")
{
    const BoulderFieldOptions options;
    const auto a = bouldersInPixels(options, 40, 60, 56, 76, flat);
    const auto b = bouldersInPixels(options, 40, 60, 56, 76, flat);
    REQUIRE(a.size() == b.size());
    REQUIRE(!a.empty());
    CHECK(keysOf(a) == keysOf(b));
    const auto elsewhere = bouldersInPixels(options, 41, 60, 57, 76, flat);
    CHECK(keysOf(elsewhere) != keysOf(a));
}

TEST_CASE("Boulder field: windows across a tile edge hold their union's boulders, once",
          "[terrain][boulders]")
{
    const BoulderFieldOptions options;
    struct Split { const char* name; int c0, r0, c1, r1, c2, r2, c3, r3; };
    const Split splits[] = {
        {"east-west edge at column 64", 32, 10, 64, 42, 64, 10, 96, 42},
        {"north-south edge at row 64", 10, 32, 42, 64, 10, 64, 42, 96},
        {"negative pixels across column 0", -16, 0, 0, 16, 0, 0, 16, 16},
    };
    for (const Split& s : splits) {
        INFO(s.name);
        const auto first = bouldersInPixels(options, s.c0, s.r0, s.c1, s.r1, flat);
        const auto second = bouldersInPixels(options, s.c2, s.r2, s.c3, s.r3, flat);
        const auto whole = bouldersInPixels(options, std::min(s.c0, s.c2), std::min(s.r0, s.r2),
                                            std::max(s.c1, s.c3), std::max(s.r1, s.r3), flat);
        auto both = keysOf(first);
        const auto other = keysOf(second);
        for (const auto& k : other)
            CHECK(both.count(k) == 0); // no boulder in both windows
        both.insert(other.begin(), other.end());
        CHECK(both.size() == first.size() + second.size());
        CHECK(both == keysOf(whole)); // and none missing
    }
}

TEST_CASE("Boulder field: denser near fresh crater rims and on steep slopes than on plains",
          "[terrain][boulders]")
{
    const BoulderFieldOptions options;
    // Rims: boulders per square metre on the rim band (0.8..1.3 radii) of fresh blocky
    // detail craters, against the plains' law over the same window.
    const std::vector<Boulder> field = bouldersInPixels(options, 0, 0, 48, 48, flat);
    const SurfaceDetailOptions craters{options.dem_pixel_m, options.crater_levels};
    std::size_t on_rims = 0;
    double rim_area_m2 = 0.0;
    for (const DetailCrater& c : detailCratersInPixels(craters, 2, 2, 46, 46)) {
        const double depth_per_diameter = (c.floor_depth_m + c.rim_height_m) / (2.0 * c.radius_m);
        if (2.0 * c.radius_m < options.blocky_crater_m || depth_per_diameter < 0.16)
            continue;
        rim_area_m2 += kPi * (1.3 * 1.3 - 0.8 * 0.8) * c.radius_m * c.radius_m;
        for (const Boulder& b : field) {
            const double r = std::hypot(b.x_m - c.x_m, b.y_m - c.y_m) / c.radius_m;
            on_rims += r >= 0.8 && r < 1.3 ? 1 : 0;
        }
    }
    REQUIRE(rim_area_m2 > 1000.0);
    const double rim_density = static_cast<double>(on_rims) / rim_area_m2;
    const double plains_density = boulderCumulativePerM2(0.3, 6.0);
    const double plains_counted =
        static_cast<double>(bouldersInPixels(plainsOnly(), 0, 0, 48, 48, flat).size()) /
        std::pow(48 * options.dem_pixel_m, 2);
    INFO("fresh rims " << rim_density << " /m^2, plains " << plains_counted << " /m^2 (law "
                       << plains_density << ")");
    CHECK(rim_density > 8.0 * plains_counted);
    // The whole field, rims and all, is denser than the plains but of the same order.
    CHECK(field.size() > bouldersInPixels(plainsOnly(), 0, 0, 48, 48, flat).size());

    // Slopes: the same window on 40-degree ground against flat ground (rims left out, so
    // the slope's own factor shows).
    BoulderFieldOptions slopes_only = options;
    slopes_only.rim_gain = 0.0;
    const auto steep = bouldersInPixels(slopes_only, 0, 0, 32, 32,
                                        [](double, double) { return degToRad(40.0); });
    const auto level = bouldersInPixels(slopes_only, 0, 0, 32, 32, flat);
    INFO("40 deg: " << steep.size() << ", flat: " << level.size());
    CHECK(static_cast<double>(steep.size()) > 6.0 * static_cast<double>(level.size()));
    // A gentle 5-degree slope is the plains.
    const auto gentle = bouldersInPixels(slopes_only, 0, 0, 32, 32,
                                         [](double, double) { return degToRad(5.0); });
    CHECK(gentle.size() == level.size());
}

TEST_CASE("Boulder field: cells are the largest halving of a DEM pixel within max_cell_m",
          "[terrain][boulders]")
{
    struct Row { double pixel_m, cell_m; };
    for (const Row& row : {Row{20.0, 2.5}, Row{5.0, 2.5}, Row{4.0, 4.0}, Row{40.0, 2.5}, Row{1.0, 1.0}}) {
        BoulderFieldOptions options;
        options.dem_pixel_m = row.pixel_m;
        INFO("DEM pixel " << row.pixel_m << " m");
        CHECK(boulderCellSize(options) == Approx(row.cell_m));
    }
}
