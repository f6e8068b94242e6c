#pragma once
// What to load as a site: which scenario and DEM, the time to open at, and how finely to
// read the terrain and its horizons. Everything here is model-side: no drawing options.
#include <optional>
#include <string>

namespace lunar::site {

struct SiteRequest {
    std::optional<std::string> scenario_path; // empty: the built-in ILRS concept
    std::optional<std::string> dem_path;      // overrides the scenario's DEM (what of the
                                              // scenario is not on it is left out)
    std::optional<std::string> assume_crs;    // CRS for a DEM that has none
    std::optional<std::string> time_iso;      // overrides the scenario's initial time
    int shading_side = 1024;                  // whole-DEM overview: its horizon map, bounds
    double detail_half_size_m = 6000.0;       // full-resolution heights around the origin
    double vertical_exaggeration = 1.0;       // heights drawn this many times (1..10)
    int horizon_directions = 64;              // horizon map azimuths (64..1024)
    double max_slope_deg = 15.0;              // steeper footprints are reported
};

} // namespace lunar::site
