#pragma once
// Site-selection analysis of a DEM, as `lunarviz analyze` and the viewer's Analysis panel
// run it: maps written as GeoTIFFs in the DEM's own CRS, the best sites ranked (CSV and
// JSON), and each facility's own figures and Sun/Earth strips (CSV).
//
// Maps: slope, aspect, roughness (Horn 1981, as gdaldem); illumination (time-average of the
// visible share of the solar disc, %), darkness (longest run with none of it, hours) and
// earth (the same for the Earth's disc, %) at each requested height above the ground, over
// the date range; psr (1 where no part of the Sun is ever seen, at its most favourable
// declination, so "permanent" is independent of the range); suitability (0-100).
//
// Horizons are exact over the whole DEM for a whole-DEM run. A tile (`tile_index` of
// `tile_count`) reads its part with a halo at full resolution and takes the horizon beyond
// the halo from a coarse map of the whole DEM, so tiles can run on separate machines and
// merge with a GDAL VRT (`mergeAnalysisTiles`).
//
// The request is checked once into an AnalysisPlan; the run is one step per layer
// (AnalysisSteps.h) reading it, and the tables are written by io/SiteReportWriter from rows.
#include "analysis/AnalysisLayer.h"
#include "analysis/SiteAnalysisRequest.h"
#include "io/SiteReportRows.h"

#include <exception>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace lunar::analysis {

struct SiteAnalysisResult {
    std::vector<std::string> written; // file names under out_dir
    int width = 0, height = 0;        // of the area analysed (the tile's core for a tile)
    std::vector<io::BestSiteRow> best_sites;        // as written (with suitability)
    std::vector<io::FacilityFiguresRow> facilities; // as written (with facilities and a scenario)
};

// Called from worker threads as work goes on. It may throw (e.g. AnalysisCancelled) to stop
// the run: the exception comes out of runSiteAnalysis and no further file is written.
using AnalysisProgress = std::function<void(const std::string& stage, double fraction)>;

struct AnalysisCancelled : std::exception {
    const char* what() const noexcept override { return "analysis cancelled"; }
};

// Throws LunarError naming the option and the problem (unknown layer, empty or backward
// range, bad heights...): run before slow set-up such as generating the default DEM.
void checkSiteAnalysisRequest(const SiteAnalysisRequest& request);

// Throws LunarError naming the file and the problem (bad DEM, lon/lat grid, unwritable
// folder, empty range...).
SiteAnalysisResult runSiteAnalysis(const SiteAnalysisRequest& request,
                                   const AnalysisProgress& progress = {});

// "3/8" -> {3, 8}; throws LunarError for anything else (0/8, 9/8, 3, x/y).
std::pair<int, int> parseTileSpec(const std::string& text);

// Writes <layer>.vrt in `dir` over each layer's tile files found there; returns the VRT
// names. Throws LunarError when there are no tiles or a tile is missing.
std::vector<std::string> mergeAnalysisTiles(const std::string& dir);

} // namespace lunar::analysis
