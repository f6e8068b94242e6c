#pragma once
// The procedural default DEM is generated on first use and cached: a file named by a hash of
// the recipe (so a changed recipe makes a new file) in the user's cache directory
// ($LUNARVIZ_CACHE_DIR, else $XDG_CACHE_HOME/lunarviz, else ~/.cache/lunarviz).
#include "terrain/DemRecipe.h"
#include "terrain/ProceduralDem.h"

#include <string>

namespace lunar::io {

std::string cacheDirectory();

// Path the DEM for `recipe` has in the cache (exists or not).
std::string cachedDemPath(const DemRecipe& recipe);

// Returns the cached DEM's path, generating it (with a terminal progress bar) if missing.
std::string ensureCachedDem(const DemRecipe& recipe);

// Generates the recipe's DEM (on `base`'s large-scale shape if given) and writes it to
// `path` atomically, with progress on the terminal.
void writeProceduralDem(const DemRecipe& recipe, const std::string& path,
                        const BaseShape* base = nullptr);

} // namespace lunar::io
