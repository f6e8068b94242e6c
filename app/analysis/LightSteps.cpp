// The steps that need horizons: the Sun's and the Earth's visible share at each eye height,
// and the permanently shadowed regions found from the ground's horizon.
#include "analysis/AnalysisSteps.h"

#include "analysis/NumberText.h"
#include "astro/MoonCentredEphemeris.h"
#include "core/Angles.h"
#include "core/PhysicalConstants.h"
#include "terrain/DiscExposure.h"
#include "terrain/DiscStatistics.h"
#include "terrain/DistanceTransform.h"
#include "terrain/HorizonSweep.h"
#include "terrain/RasterCrop.h"
#include "terrain/TerrainLayer.h"

#include <atomic>
#include <cmath>
#include <optional>

namespace lunar::analysis {

namespace {

Raster<float> scaled(Raster<float> r, float factor)
{
    for (float& v : r.samples())
        v *= factor;
    return r;
}

// The horizon at `eye_m` over the grid read; a tile's beyond its halo comes from `coarse`.
HorizonMap horizonAt(const AnalysisRun& run, double eye_m, const std::optional<TerrainGrid>& coarse)
{
    const std::string stage = "horizon at " + heightTag(eye_m);
    std::atomic<int> done{0};
    const HorizonSweepOptions options{run.request.horizon_directions, eye_m};
    HorizonMap map = sweepHorizonMap(run.grid.heights(), horizonMetricOf(run.grid), options, [&] {
        run.report(stage, static_cast<double>(++done) / options.direction_count);
    });
    if (coarse)
        raiseToFarField(map, sweepHorizonMap(coarse->heights(), horizonMetricOf(*coarse), options));
    return map;
}

DiscExposure exposureOf(const AnalysisRun& run, const HorizonMap& horizon, const TerrainGrid& on,
                        const DistantDisc& disc, const std::string& stage)
{
    return discExposure(horizon, on, disc, [&](std::size_t done, std::size_t total) {
        run.report(stage, static_cast<double>(done) / static_cast<double>(total));
    });
}

// The period's statistics from per-direction tables: one pass over each texel's horizon,
// whatever the period's length (terrain/DiscStatistics).
DiscStatistics statisticsOf(const AnalysisRun& run, const HorizonMap& horizon, const TerrainGrid& on,
                            const DistantDisc& disc, const std::string& stage)
{
    return discStatistics(horizon, on, disc, {}, [&](std::size_t done, std::size_t total) {
        run.report(stage, static_cast<double>(done) / static_cast<double>(total));
    });
}

// Illumination, time in sunlight, darkness and Earth at one requested height, from its
// horizon over the core. The shares come from the period's tables; the longest darkness
// needs the hours in order, so it alone walks them one by one (its cost grows with the
// period: about 1.4 ns per texel and hour on two cores).
void makeExposureMaps(AnalysisRun& run, const PlannedEye& eye, const HorizonMap& core_horizon)
{
    const std::string tag = heightTag(eye.height_m);
    const std::string range = run.plan.rangeText();
    if (run.plan.computes(AnalysisLayer::illumination)) {
        const DistantDisc sun{run.track.sun_m, astro::kSunRadius_m};
        Raster<float> pct;
        if (run.plan.writes(AnalysisLayer::illumination) || eye.scored) {
            const DiscStatistics light = statisticsOf(run, core_horizon, run.core_grid, sun, "illumination at " + tag);
            pct = scaled(light.mean_fraction, 100.0f);
            if (run.plan.writes(AnalysisLayer::illumination)) {
                run.maps.write(pct, "illumination_" + tag, "%",
                               "illumination at " + tag + " above the ground: mean visible share of the solar disc, %, " + range);
                run.maps.write(scaled(light.any_share, 100.0f), "sunlit_" + tag, "%",
                               "time in sunlight at " + tag + ": share of the hours with some part of the Sun visible, %, " + range);
            }
        }
        if (run.plan.writes(AnalysisLayer::darkness) || eye.scored) {
            const DiscExposure hours = exposureOf(run, core_horizon, run.core_grid, sun, "darkness at " + tag);
            Raster<float> dark = scaled(hours.longest_dark, static_cast<float>(run.plan.step_h()));
            if (run.plan.writes(AnalysisLayer::darkness))
                run.maps.write(dark, "darkness_" + tag, "h",
                               "longest darkness at " + tag + ": hours in a row with no part of the Sun visible, " + range);
            if (eye.scored)
                run.darkness_h = std::move(dark);
        }
        if (eye.scored)
            run.illumination_pct = std::move(pct);
    }
    if (run.plan.computes(AnalysisLayer::earth)) {
        const DistantDisc earth{run.track.earth_m, astro::kEarthEquatorialRadius_m};
        const DiscStatistics seen = statisticsOf(run, core_horizon, run.core_grid, earth, "Earth at " + tag);
        Raster<float> pct = scaled(seen.mean_fraction, 100.0f);
        if (run.plan.writes(AnalysisLayer::earth)) {
            run.maps.write(pct, "earth_" + tag, "%",
                           "Earth visibility at " + tag + ": mean visible share of the Earth's disc, %, " + range);
            run.maps.write(scaled(seen.any_share, 100.0f), "earth_any_" + tag, "%",
                           "Earth in view at " + tag + ": share of the hours with some part of the Earth visible, %, " + range);
        }
        if (eye.scored)
            run.earth_pct = std::move(pct);
    }
}

// psr from the ground's horizon over the whole grid read, and the distance to the nearest.
void makeColdTraps(AnalysisRun& run, const HorizonMap& ground_horizon)
{
    const bool south = run.grid.positionAt(run.windows.grid_width / 2.0, run.windows.grid_height / 2.0).lat_rad < 0.0;
    const DistantDisc extreme{astro::extremeSunPositions_m(south, 720),
                              kAstronomicalUnit_m * std::tan(degToRad(astro::kMaxSunAngularRadius_deg))};
    // Over the halo too, so the distance to the nearest cold trap sees past the tile.
    const DiscExposure ever = exposureOf(run, ground_horizon, run.grid, extreme, "permanent shadow");
    Raster<float> psr = ever.max_fraction;
    for (float& v : psr.samples())
        if (!std::isnan(v))
            v = v == 0.0f ? 1.0f : 0.0f;
    if (run.plan.writes(AnalysisLayer::psr))
        run.maps.write(cropped(psr, run.windows.core), "psr", "",
                       "permanently shadowed: 1 where no part of the Sun is ever seen (Sun 1.59 deg toward "
                       "the pole at every longitude), 0 elsewhere",
                       AnalysisMapWriter::Overviews::nearest);
    run.psr_distance_m = cropped(distanceToMarked_m(psr, run.windows.pixel_x_m, run.windows.pixel_y_m), run.windows.core);
}

} // namespace

void makeBodyTrack(AnalysisRun& run)
{
    run.report("Sun and Earth positions", 0.0);
    run.track = astro::bodyTrack(run.plan.from(), run.plan.to(), run.plan.step_h() * 3600.0);
}

void makeHorizonMaps(AnalysisRun& run)
{
    std::optional<TerrainGrid> coarse;
    if (run.plan.needsFarHorizon())
        coarse.emplace(run.dem.readGrid(1024));
    // One horizon map per eye height; each is large (directions x texels), so one at a time.
    for (const PlannedEye& eye : run.plan.eyes()) {
        const HorizonMap horizon = horizonAt(run, eye.height_m, coarse);
        if (eye.exposures)
            makeExposureMaps(run, eye, cropped(horizon, run.windows.core));
        if (eye.cold_traps)
            makeColdTraps(run, horizon);
    }
}

} // namespace lunar::analysis
