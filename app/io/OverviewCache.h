#pragma once
// Large DEMs without overviews (raw LOLA .IMG files, plain GeoTIFFs) would make every coarse
// LOD tile read the whole file. The first time such a DEM is opened, lunarviz builds its
// overviews once, in the user's cache (never beside the user's file): a VRT that refers to
// the DEM, with the overviews in the VRT's .ovr. Later opens find them at once.
#include <string>

namespace lunar::io {

// The path to open for `dem_path`: the DEM itself when it is small or has overviews, else
// the cached VRT with overviews (built now, with a progress bar, if missing or stale).
std::string withOverviews(const std::string& dem_path);

} // namespace lunar::io
