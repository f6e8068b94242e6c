// Horizon-map benchmark: the sweep over a whole 2048 x 2048 procedural DEM (64 directions,
// all cores) against the brute-force ray march (one-pixel steps to the grid edge) on a
// random sample of texels, timed in the same run and extrapolated to the whole map; and the
// mean and worst difference between the two on that sample. scripts/bench runs it.
//   lunar_horizon_bench [--size N] [--samples N] [--directions N]
#include "BenchClock.h"
#include "core/ProgressBar.h"
#include "terrain/HorizonRayMarch.h"
#include "terrain/HorizonSweep.h"
#include "terrain/ProceduralDem.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace lunar;

using bench::secondsSince;

int main(int argc, char** argv)
{
    int size = 2048, samples = 2000, directions = 64;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const int value = std::stoi(argv[i + 1]);
        if (flag == "--size") size = value;
        else if (flag == "--samples") samples = value;
        else if (flag == "--directions") directions = value;
    }
    DemRecipe recipe;
    recipe.size_px = size;
    recipe.resolution_m = 40.0;
    recipe.seed = 2030;
    std::fprintf(stderr, "generating a %d x %d procedural DEM at 40 m...\n", size, size);
    const Raster<float> dem = generateProceduralDem(recipe);
    const HorizonGridMetric metric{40.0, -40.0, 1737400.0};

    const auto sweep_start = std::chrono::steady_clock::now();
    ProgressBar bar("horizon sweep", static_cast<std::size_t>(directions));
    const HorizonMap map = sweepHorizonMap(dem, metric, {directions, 0.0}, [&] { bar.advance(); });
    bar.finish();
    const double sweep_s = secondsSince(sweep_start);

    // The same texels and directions by brute force, on all cores too.
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> pick(0, size - 1);
    std::vector<std::pair<int, int>> texels(static_cast<std::size_t>(samples));
    for (auto& t : texels)
        t = {pick(rng), pick(rng)};
    std::vector<double> differences(texels.size() * directions, -1.0);
    const auto brute_start = std::chrono::steady_clock::now();
    tbb::parallel_for(std::size_t{0}, texels.size(), [&](std::size_t i) {
        for (int k = 0; k < directions; ++k) {
            const double brute = rayMarchedHorizon_deg(dem, metric, texels[i].first,
                                                       texels[i].second, map.directionAngle_rad(k));
            if (brute > -89.0)
                differences[i * directions + k] =
                    std::fabs(brute - map.elevation_deg(texels[i].first, texels[i].second, k));
        }
    });
    const double brute_sample_s = secondsSince(brute_start);
    const double brute_full_s = brute_sample_s * double(size) * size / samples;

    double sum = 0.0, worst = 0.0;
    std::size_t n = 0;
    for (double d : differences)
        if (d >= 0.0) {
            sum += d;
            worst = std::max(worst, d);
            ++n;
        }
    const unsigned cores = std::thread::hardware_concurrency();
    std::printf("horizon map, %d x %d DEM (40 m), %d directions, %u cores:\n", size, size,
                directions, cores);
    std::printf("  sweep (hull, whole map):          %8.2f s\n", sweep_s);
    std::printf("  brute-force ray march:            %8.2f s for %d texels -> %.0f s for the map "
                "(extrapolated)\n", brute_sample_s, samples, brute_full_s);
    std::printf("  speed-up:                         %8.1f x   (target >= 20 x)\n",
                brute_full_s / sweep_s);
    std::printf("  |sweep - ray march| over %zu rays: mean %.4f deg, worst %.3f deg "
                "(target mean <= 0.1 deg)\n", n, sum / static_cast<double>(std::max<std::size_t>(n, 1)), worst);
    return 0;
}
