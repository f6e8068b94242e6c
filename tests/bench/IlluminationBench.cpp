// Illumination-map benchmark: one year of hourly Sun positions over a 2048 x 2048 procedural
// DEM (40 m/px around the south pole) from its horizon map, against the brute force on a
// random sample of texels: for every hour, a ray march toward the Sun's exact direction and
// the visible share of the disc above it. Both timed in the same run (the brute force
// extrapolated to the map), and how far apart their illumination percentages are.
//   lunar_illumination_bench [--size N] [--samples N] [--step-hours H]
#include "BenchClock.h"
#include "astro/BodyTrack.h"
#include "astro/MoonCentredEphemeris.h"
#include "core/Angles.h"
#include "core/PolarStereographic.h"
#include "core/ProgressBar.h"
#include "terrain/DiscExposure.h"
#include "terrain/DiscVisibility.h"
#include "terrain/GroundFrame.h"
#include "terrain/HorizonRayMarch.h"
#include "terrain/HorizonSweep.h"
#include "terrain/ProceduralDem.h"
#include "terrain/TerrainLayer.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace lunar;
using bench::secondsSince;

int main(int argc, char** argv)
{
    int size = 2048, samples = 100;
    double step_h = 1.0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--size") size = std::stoi(argv[i + 1]);
        else if (flag == "--samples") samples = std::stoi(argv[i + 1]);
        else if (flag == "--step-hours") step_h = std::stod(argv[i + 1]);
    }
    DemRecipe recipe;
    recipe.size_px = size;
    recipe.resolution_m = 40.0;
    recipe.seed = 2030;
    std::fprintf(stderr, "generating a %d x %d procedural DEM at 40 m...\n", size, size);
    Raster<float> heights = generateProceduralDem(recipe);
    const TerrainGrid grid(std::move(heights), std::make_shared<PolarStereographic>(PolarStereographic::Pole::South));
    const HorizonGridMetric metric = horizonMetricOf(grid);

    auto start = std::chrono::steady_clock::now();
    const astro::BodyTrack year = astro::bodyTrack(UtcTime::parseIso("2030-01-01"),
                                                   UtcTime::parseIso("2031-01-01"), step_h * 3600.0);
    const double track_s = secondsSince(start);
    const DistantDisc sun{year.sun_m, astro::kSunRadius_m};

    start = std::chrono::steady_clock::now();
    ProgressBar sweep_bar("horizon sweep", 64);
    const HorizonMap horizon = sweepHorizonMap(grid.heights(), metric, {64, 0.0}, [&] { sweep_bar.advance(); });
    sweep_bar.finish();
    const double sweep_s = secondsSince(start);

    start = std::chrono::steady_clock::now();
    ProgressBar map_bar("illumination map", 1000);
    const DiscExposure map = discExposure(horizon, grid, sun, [&](std::size_t done, std::size_t total) {
        map_bar.setDone(done * 1000 / total);
    });
    map_bar.finish();
    const double map_s = secondsSince(start);

    // The brute force on a sample of texels, on all cores too.
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> pick(0, size - 1);
    std::vector<std::pair<int, int>> texels(static_cast<std::size_t>(samples));
    for (auto& t : texels)
        t = {pick(rng), pick(rng)};
    std::vector<double> brute_pct(texels.size());
    ProgressBar brute_bar("ray march", texels.size());
    start = std::chrono::steady_clock::now();
    tbb::parallel_for(std::size_t{0}, texels.size(), [&](std::size_t i) {
        const auto [col, row] = texels[i];
        const GroundFrame frame = groundFrameAt(grid, col, row);
        double sum = 0.0;
        for (const Vec3d& centre : year.sun_m) {
            const BodyDirection b = bodyDirectionFrom(frame, centre);
            const double radius_deg = radToDeg(std::asin(astro::kSunRadius_m / b.distance_m));
            const double horizon_deg = rayMarchedHorizon_deg(grid.heights(), metric, col, row, b.grid_angle_rad);
            sum += visibleDiscFraction(b.elevation_deg - horizon_deg, radius_deg);
        }
        brute_pct[i] = 100.0 * sum / static_cast<double>(year.size());
        brute_bar.advance();
    });
    brute_bar.finish();
    const double brute_sample_s = secondsSince(start);
    const double brute_full_s = brute_sample_s * double(size) * size / samples;

    double sum = 0.0, worst = 0.0;
    int within_1 = 0;
    for (std::size_t i = 0; i < texels.size(); ++i) {
        const double d = std::fabs(brute_pct[i] - 100.0 * map.mean_fraction.at(texels[i].first, texels[i].second));
        sum += d;
        worst = std::max(worst, d);
        within_1 += d <= 1.0 ? 1 : 0;
    }
    std::printf("one-year illumination map, %d x %d DEM (40 m), %zu Sun positions (every %g h), %u cores:\n",
                size, size, year.size(), step_h, std::thread::hardware_concurrency());
    std::printf("  Sun and Earth positions (ERFA):      %8.2f s\n", track_s);
    std::printf("  horizon map (64 directions):         %8.2f s\n", sweep_s);
    std::printf("  illumination from the horizon map:   %8.2f s   (%.2f ns per texel and hour)\n", map_s,
                map_s * 1e9 / (double(size) * size * static_cast<double>(year.size())));
    std::printf("  brute-force ray march toward the Sun: %7.2f s for %d texels -> %.0f s for the map "
                "(extrapolated)\n", brute_sample_s, samples, brute_full_s);
    std::printf("  speed-up (horizon map + illumination): %6.0f x\n", brute_full_s / (sweep_s + map_s));
    std::printf("  |map - ray march| illumination over %d texels: mean %.2f, worst %.2f percentage points; "
                "%d within 1 point\n", samples, sum / samples, worst, within_1);
    return 0;
}
