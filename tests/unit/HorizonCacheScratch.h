#pragma once
// A scratch folder for horizon-cache tests: the cache directory inside it, and a stand-in
// DEM file whose path, size and time name the cache files (their contents are never read).
#include "TestPaths.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace lunar::test {

struct HorizonCacheScratch {
    std::filesystem::path dir;
    std::filesystem::path dem;
};

inline HorizonCacheScratch horizonCacheScratch(const std::string& name)
{
    HorizonCacheScratch s;
    s.dir = scratchDir(name);
    setenv("LUNARVIZ_CACHE_DIR", (s.dir / "cache").c_str(), 1);
    s.dem = s.dir / "dem.tif";
    std::ofstream(s.dem) << "stand-in for a DEM";
    return s;
}

} // namespace lunar::test
