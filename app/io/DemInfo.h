#pragma once
// What `lunarviz info FILE` prints for a DEM: size, driver, CRS, resolution, extent in
// lat/lon, height range and nodata share.
#include <string>

namespace lunar::io {

struct DemOpenOptions;

// Multi-line human-readable report; throws LunarError for an unusable file.
std::string describeDem(const std::string& path, const DemOpenOptions& options);

} // namespace lunar::io
