#pragma once
// What a site analysis is asked to do, as `lunarviz analyze` and the Analysis panel fill it
// in. Checked once by AnalysisPlan (the layers, heights, range and step) before any DEM work.
#include "core/UtcTime.h"
#include "terrain/SiteSuitability.h"

#include <optional>
#include <string>
#include <vector>

namespace lunar {
struct Scenario;
}

namespace lunar::analysis {

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

} // namespace lunar::analysis
