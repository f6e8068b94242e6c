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

struct HorizonCacheOptions {
    // Read a cached map's planes in place from a read-only mapping of its file (clean pages
    // the kernel may drop; see MappedHorizonPlanes) instead of into memory. Where mapping
    // fails the planes are read into memory, with a warning.
    bool map_file = true;
};

// `what`: a description of the grid read from the DEM and the sweep options (window,
// resolution, directions); with the DEM's identity it names the cache file.
// Returns the cached map, or computes it with `compute`, stores it (atomically) and
// returns it. A cache file that cannot be written is reported once and skipped.
// A cache file too short for its planes is recomputed, with a warning naming it.
HorizonMap cachedHorizonMap(const std::string& dem_path, const std::string& what,
                            const std::function<HorizonMap()>& compute,
                            const HorizonCacheOptions& options = {});

// The cache file a DEM and description map to (for tests and `info`).
std::string horizonCachePath(const std::string& dem_path, const std::string& what);

} // namespace lunar::io
