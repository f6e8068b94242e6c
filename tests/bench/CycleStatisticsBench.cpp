// The lunar cycle's statistics benchmark: the 18.6-year precession cycle hourly (2015-12-24
// to 2034-12-24, Gläser et al. 2014) over a procedural south-polar DEM at 40 m, its horizon
// at 720 directions. Times, in the same run: the horizon map, the Sun's positions, the
// statistics from the period's tables (terrain/DiscStatistics), and the per-instant method
// (terrain/DiscExposure) on every 64th hour, extrapolated to the whole cycle; and how far
// apart the two methods' illumination is on those same hours. The goal: over the whole
// cycle the statistics take no longer than the horizon map.
//   lunar_cycle_bench [--size N] [--directions N] [--sample-every H]
#include "BenchClock.h"
#include "BenchMemory.h"
#include "astro/BodyTrack.h"
#include "astro/MoonCentredEphemeris.h"
#include "core/PolarStereographic.h"
#include "terrain/DiscExposure.h"
#include "terrain/DiscStatistics.h"
#include "terrain/HorizonSweep.h"
#include "terrain/ProceduralDem.h"
#include "terrain/TerrainLayer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>

using namespace lunar;
using bench::peakMemoryKb;
using bench::secondsSince;

int main(int argc, char** argv)
{
    int size = 2048, directions = 720, every = 64;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--size") size = std::stoi(argv[i + 1]);
        else if (flag == "--directions") directions = std::stoi(argv[i + 1]);
        else if (flag == "--sample-every") every = std::stoi(argv[i + 1]);
    }
    DemRecipe recipe;
    recipe.size_px = size;
    recipe.resolution_m = 40.0;
    recipe.seed = 2030;
    std::fprintf(stderr, "generating a %d x %d procedural DEM at 40 m...\n", size, size);
    const TerrainGrid grid(generateProceduralDem(recipe),
                           std::make_shared<PolarStereographic>(PolarStereographic::Pole::South));

    auto start = std::chrono::steady_clock::now();
    const HorizonMap horizon = sweepHorizonMap(grid.heights(), horizonMetricOf(grid), {directions, 0.0});
    const double horizon_s = secondsSince(start);

    start = std::chrono::steady_clock::now();
    const astro::BodyTrack cycle = astro::bodyTrack(UtcTime::parseIso("2015-12-24"),
                                                    UtcTime::parseIso("2034-12-24"), 3600.0);
    const double track_s = secondsSince(start);
    const DistantDisc sun{cycle.sun_m, astro::kSunRadius_m};

    start = std::chrono::steady_clock::now();
    const DiscStatistics stats = discStatistics(horizon, grid, sun);
    const double stats_s = secondsSince(start);

    // The per-instant method on every `every`-th hour, and the tables on the same hours.
    DistantDisc sampled{{}, astro::kSunRadius_m};
    for (std::size_t i = 0; i < cycle.sun_m.size(); i += static_cast<std::size_t>(every))
        sampled.centre_m.push_back(cycle.sun_m[i]);
    start = std::chrono::steady_clock::now();
    const DiscExposure per_instant = discExposure(horizon, grid, sampled);
    const double per_instant_s = secondsSince(start);
    const double per_instant_cycle_s =
        per_instant_s * static_cast<double>(cycle.sun_m.size()) / static_cast<double>(sampled.centre_m.size());
    const DiscStatistics same_hours = discStatistics(horizon, grid, sampled);
    double sum = 0.0, worst = 0.0, worst_inside = 0.0;
    std::size_t n = 0, worst_at = 0;
    const auto side = static_cast<std::size_t>(size);
    for (std::size_t i = 0; i < per_instant.mean_fraction.samples().size(); ++i) {
        const double d = std::fabs(per_instant.mean_fraction.samples()[i] - same_hours.mean_fraction.samples()[i]);
        if (std::isnan(d))
            continue;
        sum += d;
        if (d > worst) {
            worst = d;
            worst_at = i;
        }
        const std::size_t c = i % side, r = i / side;
        if (c > 0 && r > 0 && c + 1 < side && r + 1 < side) // off the DEM's outer edge
            worst_inside = std::max(worst_inside, d);
        ++n;
    }
    double mean_light = 0.0;
    for (float v : stats.mean_fraction.samples())
        mean_light += std::isnan(v) ? 0.0 : v;
    const double texels = static_cast<double>(size) * size;
    std::printf("DEM %d x %d at 40 m, %d directions; the lunar cycle: %zu hours (Sun positions in %.1f s)\n",
                size, size, directions, cycle.sun_m.size(), track_s);
    std::printf("horizon map: %.1f s (%.1f ns per texel and direction)\n", horizon_s,
                1e9 * horizon_s / (texels * directions));
    std::printf("statistics over the whole cycle from the tables: %.1f s, %.2f x the horizon map's time "
                "(goal: no longer); mean illumination %.2f %%\n",
                stats_s, stats_s / horizon_s, 100.0 * mean_light / texels);
    std::printf("per-instant method, timed on every %d-th hour (%zu hours, %.1f s) and extrapolated: %.0f s "
                "for the cycle, %.0f x the tables' time\n",
                every, sampled.centre_m.size(), per_instant_s, per_instant_cycle_s, per_instant_cycle_s / stats_s);
    std::printf("the two on those hours: mean difference %.4f pp, worst %.3f pp (bounds 0.1 and 0.5) at "
                "texel (%zu, %zu): %.3f %% against %.3f %%\n",
                100.0 * sum / static_cast<double>(std::max<std::size_t>(n, 1)), 100.0 * worst,
                worst_at % static_cast<std::size_t>(size), worst_at / static_cast<std::size_t>(size),
                100.0 * per_instant.mean_fraction.samples()[worst_at],
                100.0 * same_hours.mean_fraction.samples()[worst_at]);
    std::printf("   off the DEM's outer edge (its horizon jumps from terrain to none): worst %.3f pp\n",
                100.0 * worst_inside);
    std::printf("peak memory: %.0f MB (the horizon map alone: %.0f MB)\n",
                static_cast<double>(peakMemoryKb()) / 1024.0, texels * directions * 2.0 / 1048576.0);
    return 0;
}
