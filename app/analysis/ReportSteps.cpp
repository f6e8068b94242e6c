// The steps that end in tables: the suitability score with the best sites ranked on it, and
// the facilities' own figures. They compute the rows; io/SiteReportWriter writes them.
#include "analysis/AnalysisSteps.h"

#include "analysis/FacilityFigures.h"
#include "analysis/NumberText.h"
#include "core/Angles.h"
#include "io/SiteReportWriter.h"
#include "terrain/SiteSuitability.h"

#include <algorithm>
#include <cmath>

namespace lunar::analysis {

namespace {

double valueAt(const Raster<float>& r, int col, int row)
{
    return r.empty() ? NAN : static_cast<double>(r.at(col, row));
}

// The ranked sites with every figure of the run's maps at their texel.
std::vector<io::BestSiteRow> bestSiteRows(const AnalysisRun& run, const std::vector<RankedSite>& best)
{
    std::vector<io::BestSiteRow> rows;
    const TerrainGrid& grid = run.core_grid;
    for (const RankedSite& s : best) {
        const LatLonHeight p = grid.positionAt(s.col, s.row);
        const MapXY map = grid.heights().geo.mapFromPixel(s.col + 0.5, s.row + 0.5);
        io::BestSiteRow row;
        row.rank = static_cast<int>(rows.size()) + 1;
        row.lat_deg = radToDeg(p.lat_rad);
        row.lon_deg = radToDeg(p.lon_rad);
        row.x_m = map.x;
        row.y_m = map.y;
        row.elevation_m = p.height_m;
        row.score = s.score;
        row.slope_deg = valueAt(run.slope_deg, s.col, s.row);
        row.roughness_m = valueAt(run.roughness_m, s.col, s.row);
        row.illumination_pct = valueAt(run.illumination_pct, s.col, s.row);
        row.longest_darkness_h = valueAt(run.darkness_h, s.col, s.row);
        row.earth_pct = valueAt(run.earth_pct, s.col, s.row);
        row.psr_distance_km = valueAt(run.psr_distance_m, s.col, s.row) / 1000.0;
        rows.push_back(row);
    }
    return rows;
}

io::SiteRankingFacts rankingFacts(const AnalysisRun& run)
{
    const SiteAnalysisRequest& r = run.request;
    return {r.dem_path, run.plan.from().toIso(), run.plan.to().toIso(), run.plan.step_h(),
            run.plan.scoredHeight_m(), r.weights, r.limits, r.site_spacing_m};
}

void record(AnalysisRun& run, const std::vector<std::string>& files)
{
    run.result.written.insert(run.result.written.end(), files.begin(), files.end());
}

} // namespace

void makeSuitability(AnalysisRun& run)
{
    run.report("suitability", 0.0);
    SuitabilityInputs in;
    in.slope_deg = &run.slope_deg;
    in.roughness_m = &run.roughness_m;
    in.illumination_pct = &run.illumination_pct;
    in.earth_pct = &run.earth_pct;
    in.darkness_h = &run.darkness_h;
    in.psr_distance_m = &run.psr_distance_m;
    const Raster<float> score = suitabilityScore(in, run.request.weights, run.request.limits);
    run.maps.write(score, "suitability", "score",
                   "suitability 0-100 (weights and limits in best_sites.json), at " + heightTag(run.plan.scoredHeight_m()));
    const double pixel_m = std::min(run.windows.pixel_x_m, run.windows.pixel_y_m);
    const int spacing_px = static_cast<int>(std::lround(run.request.site_spacing_m / pixel_m));
    run.result.best_sites = bestSiteRows(run, rankSites(score, run.request.best_count, spacing_px));
    record(run, io::writeSiteRanking(run.request.out_dir, rankingFacts(run), run.result.best_sites,
                                     run.plan.fileSuffix()));
}

void makeFacilityFigures(AnalysisRun& run)
{
    run.report("facilities", 0.0);
    // On the grid as read, so a tile measures its facilities with their horizon beyond its core.
    FacilityFigures figures = facilityFigures(run.request.scenario->facilities, run.grid, run.track,
                                              run.plan.step_h());
    record(run, io::writeFacilityReport(run.request.out_dir, figures.rows, figures.strips));
    run.result.facilities = std::move(figures.rows);
}

} // namespace lunar::analysis
