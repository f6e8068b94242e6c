#pragma once
// The rows the site-analysis reports hold: computed by the analysis (app/analysis/), written
// by io/SiteReportWriter. Plain figures, so writing them is formatting alone and the data
// goes one way, analysis -> io.
#include "core/UtcTime.h"
#include "terrain/SiteSuitability.h"

#include <string>
#include <vector>

namespace lunar::io {

// One ranked site, as best_sites.csv lists it (NaN where its map was not made).
struct BestSiteRow {
    int rank = 0;
    double lat_deg = 0.0, lon_deg = 0.0, x_m = 0.0, y_m = 0.0, elevation_m = 0.0;
    double score = 0.0, slope_deg = 0.0, roughness_m = 0.0, illumination_pct = 0.0;
    double longest_darkness_h = 0.0, earth_pct = 0.0, psr_distance_km = 0.0;
};

// What produced a ranking, written beside its sites in best_sites.json.
struct SiteRankingFacts {
    std::string dem_path;
    std::string from_utc, to_utc; // ISO-8601, as the range was given to the analysis
    double step_h = 0.0;          // hours between Sun and Earth samples
    double eye_height_m = 0.0;    // the height the suitability was scored at
    SuitabilityWeights weights;
    SuitabilityLimits limits;
    double site_spacing_m = 0.0;  // ranked sites at least this far apart
};

// A facility seen from its own top, as facilities.csv lists it; off the DEM: on_dem false and
// the figures NaN.
struct FacilityFiguresRow {
    std::string id, name;
    double lat_deg = 0.0, lon_deg = 0.0, height_m = 0.0;
    bool on_dem = false;
    double illumination_pct = 0.0, longest_darkness_h = 0.0, earth_pct = 0.0;
};

// Each facility on the DEM instant by instant (facility_strips.csv): the visible share (0..1)
// of the Sun's and the Earth's discs from its top.
struct FacilityStrip {
    std::string id;
    std::vector<float> sun_fraction, earth_fraction; // one per instant
};

struct FacilityStrips {
    std::vector<UtcTime> instants;
    std::vector<FacilityStrip> facilities; // those on the DEM, in the scenario's order
};

} // namespace lunar::io
