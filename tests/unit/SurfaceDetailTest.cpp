// The drawn surface detail's reference (terrain/SurfaceDetail): the crater counts against
// Trask's equilibrium curve, zero mean over DEM pixels, determinism, continuity, and the
// analytic rim shadow against a march along the Sun's ray over the same heights.
#include "core/Angles.h"
#include "terrain/CraterSizeFrequency.h"
#include "terrain/SurfaceDetail.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

using namespace lunar;

namespace {

DetailSun sunAt(double azimuth_rad, double elevation_deg)
{
    DetailSun sun;
    sun.toward_x = std::cos(azimuth_rad);
    sun.toward_y = std::sin(azimuth_rad);
    sun.tan_elevation = std::tan(degToRad(elevation_deg));
    return sun;
}

// In shadow by marching along the ray toward the Sun over a height function: any sample
// that rises above the ray hides the Sun's centre.
template <typename Height>
bool marchedShadow(const Height& height, double x, double y, const DetailSun& sun,
                   double reach_m, double step_m)
{
    const double z0 = height(x, y);
    for (double t = step_m; t <= reach_m; t += step_m)
        if (height(x + t * sun.toward_x, y + t * sun.toward_y) > z0 + t * sun.tan_elevation)
            return true;
    return false;
}

} // namespace

TEST_CASE("Crater SFD: Trask's curve is 10^10.9 D^-2 per 10^6 km^2 in metres",
          "[terrain][detail]")
{
    // 10^10.9 craters per 10^12 m^2 at D = 1 m.
    CHECK(equilibriumCratersPerM2(1.0) == Approx(std::pow(10.0, 10.9) / 1e12));
    CHECK(equilibriumCratersPerM2(10.0) == Approx(equilibriumCratersPerM2(1.0) / 100.0));
    CHECK(equilibriumCratersPerM2(2.0, 4.0) == Approx(kEquilibriumCoefficientPerM2 * (0.25 - 0.0625)));
    // The inverse distribution: the ends, and the median of D^-2 counts between 1 and 2.
    CHECK(equilibriumDiameterAt(0.0, 1.0, 2.0) == Approx(1.0));
    CHECK(equilibriumDiameterAt(1.0, 1.0, 2.0) == Approx(2.0));
    const double median = equilibriumDiameterAt(0.5, 1.0, 2.0);
    CHECK(equilibriumCratersPerM2(1.0, median) == Approx(equilibriumCratersPerM2(median, 2.0)));
}

TEST_CASE("Surface detail: crater counts per diameter bin follow the equilibrium curve",
          "[terrain][detail]")
{
    SurfaceDetailOptions options;
    options.dem_pixel_m = 20.0;
    const int pixels = 40;
    const double area_m2 = std::pow(pixels * options.dem_pixel_m, 2.0);
    const std::vector<DetailCrater> craters = detailCratersInPixels(options, 0, 0, pixels, pixels);
    // Half-octave bins over what five levels hold: D from pixel/64 to pixel/2.
    const double smallest = options.dem_pixel_m / 64.0;
    for (int bin = 0; bin < 10; ++bin) {
        const double lo = smallest * std::pow(2.0, 0.5 * bin);
        const double hi = lo * std::sqrt(2.0);
        std::size_t counted = 0;
        for (const DetailCrater& c : craters)
            counted += (2.0 * c.radius_m >= lo && 2.0 * c.radius_m < hi) ? 1 : 0;
        const double expected = equilibriumCratersPerM2(lo, hi) * area_m2;
        const double observed = static_cast<double>(counted);
        CAPTURE(bin, lo, hi, observed, expected);
        // Binomial counts: within 4 standard deviations (at most 3.3 % here).
        CHECK(std::abs(observed - expected) < 4.0 * std::sqrt(expected));
    }
    // Nothing outside the range the levels cover.
    for (const DetailCrater& c : craters) {
        REQUIRE(2.0 * c.radius_m >= smallest * (1.0 - 1e-12));
        REQUIRE(2.0 * c.radius_m < 0.5 * options.dem_pixel_m);
    }
}

TEST_CASE("Surface detail: each crater has zero volume and reaches less than half a cell",
          "[terrain][detail]")
{
    // Radial integral of the profile, fresh and subdued: bowl and rim cancel.
    for (double depth : {kFreshDepthPerDiameter, kSubduedDepthPerDiameter}) {
        const DetailCrater c = detailCrater(0.0, 0.0, 10.0, depth);
        double volume = 0.0, bowl = 0.0;
        const int n = 200000;
        const double dr = kDetailEjectaRadii * c.radius_m / n;
        for (int i = 0; i < n; ++i) {
            const double r = (i + 0.5) * dr;
            const double z = detailCraterRelief(c, r, 0.0).height_m;
            volume += z * 2.0 * kPi * r * dr;
            bowl += std::min(z, 0.0) * 2.0 * kPi * r * dr;
        }
        CAPTURE(depth, volume, bowl);
        CHECK(std::abs(volume) < 1e-6 * std::abs(bowl));
        CHECK(c.floor_depth_m + c.rim_height_m == Approx(depth * 10.0));
    }
    // Centre in its own cell, ejecta within 0.4 cells: only the four nearest cells reach a point.
    SurfaceDetailOptions options;
    for (int level = 0; level < options.levels; ++level) {
        const double cell = std::ldexp(options.dem_pixel_m, -level);
        for (int ix = -20; ix < 20; ++ix)
            for (int iy = -20; iy < 20; ++iy)
                if (auto c = detailCraterInCell(options, level, ix, iy)) {
                    REQUIRE(c->x_m >= ix * cell);
                    REQUIRE(c->x_m < (ix + 1) * cell);
                    REQUIRE(c->y_m >= iy * cell);
                    REQUIRE(c->y_m < (iy + 1) * cell);
                    REQUIRE(kDetailEjectaRadii * c->radius_m <= 0.4 * cell + 1e-9);
                }
    }
}

TEST_CASE("Surface detail: the mean height and slope over a DEM pixel stay near zero",
          "[terrain][detail]")
{
    // Zero-volume craters under half a pixel across: a pixel's mean moves only by the parts
    // of craters straddling its edges. A crater field without raised rims would lower every
    // pixel by about 7 cm here (the bowls' volume per area), far beyond these bounds.
    SurfaceDetailOptions options;
    options.dem_pixel_m = 20.0;
    const DetailSun sun = sunAt(0.3, 1.5);
    const int samples = 512; // per side of a pixel: 4 cm apart, several across the smallest crater
    double worst_mean = 0.0, worst_slope = 0.0, sum_sq = 0.0, sum_slope_sq = 0.0, sum_means = 0.0;
    long long n_all = 0;
    int pixels = 0;
    for (int col = 100; col < 106; ++col)
        for (int row = 40; row < 43; ++row) {
            double sum = 0.0, sum_dx = 0.0, sum_dy = 0.0;
            for (int j = 0; j < samples; ++j)
                for (int i = 0; i < samples; ++i) {
                    const double x = (col + (i + 0.5) / samples) * options.dem_pixel_m;
                    const double y = (row + (j + 0.5) / samples) * options.dem_pixel_m;
                    const DetailSample s = surfaceDetailAt(options, x, y, sun);
                    sum += s.height_m;
                    sum_dx += s.dx;
                    sum_dy += s.dy;
                    sum_sq += s.height_m * s.height_m;
                    sum_slope_sq += s.dx * s.dx + s.dy * s.dy;
                    ++n_all;
                }
            const double n = static_cast<double>(samples) * samples;
            worst_mean = std::max(worst_mean, std::abs(sum / n));
            worst_slope = std::max(worst_slope, std::hypot(sum_dx / n, sum_dy / n));
            sum_means += sum / n;
            ++pixels;
        }
    const double rms_m = std::sqrt(sum_sq / static_cast<double>(n_all));
    const double rms_slope = std::sqrt(sum_slope_sq / static_cast<double>(n_all));
    const double bias_m = sum_means / pixels;
    CAPTURE(rms_m, worst_mean, bias_m, rms_slope, worst_slope);
    REQUIRE(rms_m > 0.1);      // there is relief to average: decimetres on a 20 m pixel
    REQUIRE(rms_slope > 0.1);  // and slopes of several degrees
    CHECK(worst_mean < 0.02);               // metres: under 2 cm on any pixel
    CHECK(worst_mean < 0.12 * rms_m);
    CHECK(std::abs(bias_m) < 0.03 * rms_m); // no bias over many pixels
    CHECK(worst_slope < 0.05 * rms_slope);  // under 0.6 deg of tilt on any pixel
}

TEST_CASE("Surface detail: the same point gives the same detail, and the hash is pinned",
          "[terrain][detail]")
{
    SurfaceDetailOptions options;
    const DetailSun sun = sunAt(1.0, 1.5);
    const DetailSample a = surfaceDetailAt(options, 1234.567, 890.123, sun, {0.1, 0.3});
    const DetailSample b = surfaceDetailAt(options, 1234.567, 890.123, sun, {0.1, 0.3});
    CHECK(a.height_m == b.height_m);
    CHECK(a.dx == b.dx);
    CHECK(a.sunlit == b.sunlit);
    // The shader carries the same hash: these values pin it (change both or neither).
    CHECK(detailMix(1u) == 0x514e28b7u);
    CHECK(detailCellHash(0, 0, 0) == 0xfede50e1u);
    CHECK(detailCellHash(-3, 7, 9) == 0x6a5f2bedu);
}

TEST_CASE("Surface detail: the shader uses the reference's hash and shape constants",
          "[terrain][detail]")
{
    std::ifstream in(std::string(LUNAR_SHADER_SOURCE_DIR) + "/surface_detail.glsl");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const std::string glsl = text.str();
    for (const char* constant : {"0x85ebca6bu", "0xc2b2ae35u", "0x9e3779b9u", "0x7f4a7c15u",
                                 "0x94d049bbu", "16777216.0"}) {
        CAPTURE(constant);
        CHECK(glsl.find(constant) != std::string::npos);
    }
}

TEST_CASE("Surface detail: the relief is continuous, across cell edges too",
          "[terrain][detail]")
{
    SurfaceDetailOptions options;
    options.dem_pixel_m = 20.0;
    const DetailSun sun = sunAt(0.0, 1.5);
    // Slopes stay below about 1 (45 deg), so a 1 mm step changes the height by under ~1 mm.
    const double step = 1e-3;
    double worst = 0.0;
    for (int k = 0; k < 4000; ++k) {
        const double cell = std::ldexp(options.dem_pixel_m, -(k % options.levels));
        // Straddle a cell edge of every level in turn, and a point between.
        const double x = (k / 5 + 3) * cell + ((k % 2) ? 0.5 * step : 0.37 * cell);
        const double y = 11.3 + 0.731 * k;
        const double h0 = surfaceDetailAt(options, x - step, y, sun).height_m;
        const double h1 = surfaceDetailAt(options, x, y, sun).height_m;
        worst = std::max(worst, std::abs(h1 - h0));
    }
    CAPTURE(worst);
    CHECK(worst < 2.0 * step);
}

TEST_CASE("Surface detail: the rim shadow agrees with a march along the Sun's ray",
          "[terrain][detail][shadow]")
{
    for (double depth : {kFreshDepthPerDiameter, 0.1, kSubduedDepthPerDiameter})
        for (double elevation_deg : {1.0, 1.5, 2.0, 10.0, 30.0}) {
            const DetailCrater c = detailCrater(0.0, 0.0, 8.0, depth);
            auto height = [&](double x, double y) { return detailCraterRelief(c, x, y).height_m; };
            int agree = 0, total = 0, shadowed = 0;
            for (int k = 0; k < 12; ++k) {
                const DetailSun sun = sunAt(0.52 * k, elevation_deg);
                for (int j = -20; j <= 20; ++j)
                    for (int i = -20; i <= 20; ++i) {
                        const double x = i * 0.049 * c.radius_m, y = j * 0.049 * c.radius_m;
                        if (x * x + y * y >= c.radius_m * c.radius_m)
                            continue;
                        const bool analytic = detailCraterSunlit(c, x, y, sun, 0.0) < 0.5;
                        const bool marched = marchedShadow(height, x, y, sun,
                                                           kDetailEjectaRadii * 2.0 * c.radius_m,
                                                           1e-3 * c.radius_m);
                        agree += analytic == marched ? 1 : 0;
                        shadowed += marched ? 1 : 0;
                        ++total;
                    }
            }
            CAPTURE(depth, elevation_deg, agree, total, shadowed);
            // Disagreement only within a march step of the shadow's edge.
            CHECK(agree >= total - total / 500);
            if (elevation_deg <= 2.0)
                CHECK(shadowed > total / 2); // a low Sun fills most of the bowl
        }
}

TEST_CASE("Surface detail: over the whole field, what is drawn dark is dark by a march",
          "[terrain][detail][shadow]")
{
    // Dark as drawn: in a bowl's rim shadow, or on a slope turned away from the Sun. The
    // march over the summed heights also finds rims shading the ground beyond their crater
    // and craters shading each other, which the drawing leaves lit: it must never draw a
    // shadow the march does not find, and it finds most of what the march finds.
    SurfaceDetailOptions options;
    options.dem_pixel_m = 20.0;
    options.levels = 3;
    const DetailSun sun = sunAt(2.2, 1.5);
    auto height = [&](double x, double y) { return surfaceDetailAt(options, x, y, sun).height_m; };
    int total = 0, drawn_dark = 0, marched_dark = 0, false_dark = 0;
    for (int j = 0; j < 60; ++j)
        for (int i = 0; i < 60; ++i) {
            const double x = 500.0 + i * 0.53, y = 300.0 + j * 0.47;
            const DetailSample here = surfaceDetailAt(options, x, y, sun);
            const bool turned_away =
                here.dx * sun.toward_x + here.dy * sun.toward_y > sun.tan_elevation;
            const bool drawn = here.sunlit < 0.5 || turned_away;
            const bool marched = marchedShadow(height, x, y, sun, options.dem_pixel_m, 0.01);
            drawn_dark += drawn ? 1 : 0;
            marched_dark += marched ? 1 : 0;
            false_dark += (drawn && !marched) ? 1 : 0;
            ++total;
        }
    CAPTURE(total, drawn_dark, marched_dark, false_dark);
    CHECK(false_dark < total / 100);
    CHECK(drawn_dark > marched_dark / 2);
}

TEST_CASE("Surface detail: craters fade with the pixel footprint and vanish far away",
          "[terrain][detail]")
{
    CHECK(detailFade(1.0, 0.0) == 1.0);
    CHECK(detailFade(1.5, 1.0) == 0.0);  // a pixel and a half across: not drawn
    CHECK(detailFade(4.0, 1.0) == 1.0);  // four pixels: drawn in full
    CHECK(detailFade(2.75, 1.0) == Approx(0.5));
    SurfaceDetailOptions options;
    const DetailSun sun = sunAt(0.0, 1.5);
    for (int k = 0; k < 200; ++k) {
        const DetailSample far = surfaceDetailAt(options, 37.0 * k, 11.0 * k, sun,
                                                 {options.dem_pixel_m, 4.0 * options.dem_pixel_m});
        REQUIRE(far.height_m == 0.0);
        REQUIRE(far.sunlit == 1.0);
    }
}

TEST_CASE("Surface detail: on a 1 m DEM the craters are below a metre", "[terrain][detail]")
{
    SurfaceDetailOptions options;
    options.dem_pixel_m = 1.0;
    const std::vector<DetailCrater> craters = detailCratersInPixels(options, 0, 0, 30, 30);
    REQUIRE(craters.size() > 1000);
    double largest = 0.0, smallest = 1e9;
    for (const DetailCrater& c : craters) {
        largest = std::max(largest, 2.0 * c.radius_m);
        smallest = std::min(smallest, 2.0 * c.radius_m);
    }
    CHECK(largest < 0.5);
    CHECK(smallest >= 1.0 / 64.0 - 1e-12);
}
