#pragma once
// Horizon maps are worth keeping: they depend only on the DEM (and the window and
// resolution read from it), not on the date. They are stored next to the DEM (a sidecar
// "<dem file>.horizon_<hash>.lvhorizon", as GDAL keeps .ovr files), or in the user cache
// (~/.cache/lunarviz or $LUNARVIZ_CACHE_DIR) when the DEM's folder is read-only. The name is
// hashed from the DEM's absolute path, size and modification time and from what was read,
// and the file repeats them: editing or replacing the DEM makes a new name, so a stale map
// is never used.
#include "terrain/HorizonMap.h"

#include <functional>
#include <string>

namespace lunar::io {

// `what`: a description of the grid read from the DEM and the sweep options (window,
// resolution, directions); with the DEM's identity it names the cache file.
// Returns the cached map, or computes it with `compute`, stores it (atomically) and
// returns it. A cache file that cannot be written is reported once and skipped.
HorizonMap cachedHorizonMap(const std::string& dem_path, const std::string& what,
                            const std::function<HorizonMap()>& compute);

// The cache file a DEM and description map to (for tests and `info`).
std::string horizonCachePath(const std::string& dem_path, const std::string& what);

} // namespace lunar::io
