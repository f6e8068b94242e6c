#pragma once
// An elevation profile as CSV for spreadsheets and plotting scripts: one header line naming
// each column with its unit, then one line per sample. A missing height (a hole in the DEM)
// and a slope that cannot be known leave their field empty, which spreadsheets and pandas
// read as "no value" rather than as a number.
//
//   distance_m,elevation_m,slope_deg,lat_deg,lon_deg,horizontal_distance_m
//
// distance_m is along the ground (rises included); horizontal_distance_m on the sphere.
#include "terrain/SurfaceProfile.h"

#include <string>
#include <vector>

namespace lunar::io {

// The header line, without its line end.
const std::string& profileCsvHeader();

// Writes atomically (a failed write leaves `path` as it was). Throws LunarError naming the
// path and the problem.
void writeProfileCsv(const SurfaceProfile& profile, const std::string& path);

// One line of a profile CSV, read back (NaN for empty fields).
struct ProfileCsvRow {
    double distance_m = 0.0;
    double elevation_m = 0.0;
    double slope_deg = 0.0;
    double lat_deg = 0.0;
    double lon_deg = 0.0;
    double horizontal_distance_m = 0.0;
};

// Throws LunarError naming the file and line of anything that is not a profile CSV.
std::vector<ProfileCsvRow> readProfileCsv(const std::string& path);

} // namespace lunar::io
