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
#include "core/UtcTime.h"
#include "terrain/SiteSuitability.h"

#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lunar {
struct Scenario;
}

namespace lunar::io {

const std::vector<std::string>& analysisLayerNames();

struct SiteAnalysisRequest {
    std::string dem_path;
    std::optional<std::string> assume_crs;
    std::string out_dir;
    std::vector<std::string> layers;     // analysisLayerNames(); empty: all
    UtcTime from = UtcTime::parseIso("2030-01-01");
    UtcTime to = UtcTime::parseIso("2031-01-01");
    double step_h = 2.0;                 // Sun and Earth sampled every step
    std::vector<double> heights_m = {2.0}; // eye heights above the ground for light and Earth
    int horizon_directions = 64;
    SuitabilityWeights weights;
    SuitabilityLimits limits;
    int best_count = 20;                 // sites in the ranking
    double site_spacing_m = 1000.0;      // ranked sites at least this far apart
    const Scenario* scenario = nullptr;  // facilities to report on (optional)
    int max_side_px = 0;                 // read the DEM at most this many px per side (0: full)
    int tile_index = 0;                  // 1..tile_count; 0: the whole DEM
    int tile_count = 0;
    double halo_km = 20.0;               // full-resolution horizon around a tile
};

// One ranked site, as best_sites.csv lists it (NaN where its map was not made).
struct BestSiteRow {
    int rank = 0;
    double lat_deg = 0.0, lon_deg = 0.0, x_m = 0.0, y_m = 0.0, elevation_m = 0.0;
    double score = 0.0, slope_deg = 0.0, roughness_m = 0.0, illumination_pct = 0.0;
    double longest_darkness_h = 0.0, earth_pct = 0.0, psr_distance_km = 0.0;
};

// A facility seen from its own top, as facilities.csv lists it; off the DEM: on_dem false and
// the figures NaN.
struct FacilityFiguresRow {
    std::string id, name;
    double lat_deg = 0.0, lon_deg = 0.0, height_m = 0.0;
    bool on_dem = false;
    double illumination_pct = 0.0, longest_darkness_h = 0.0, earth_pct = 0.0;
};

struct SiteAnalysisResult {
    std::vector<std::string> written; // file names under out_dir
    int width = 0, height = 0;        // of the area analysed (the tile's core for a tile)
    std::vector<BestSiteRow> best_sites;        // as written (with suitability)
    std::vector<FacilityFiguresRow> facilities; // as written (with facilities and a scenario)
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

} // namespace lunar::io
