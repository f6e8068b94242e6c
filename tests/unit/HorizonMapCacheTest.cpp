// The horizon-map cache: computed once per DEM and window, read back identical, recomputed
// when the DEM changes; a damaged cache file is recomputed, never trusted.
#include "HorizonCacheScratch.h"

#include "io/HorizonMapCache.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

using namespace lunar;

namespace {
HorizonMap sampleMap(int seed)
{
    HorizonMap map(7, 5, 8, GeoTransform{100.0, 10.0, 0.0, 200.0, 0.0, -10.0});
    for (int k = 0; k < 8; ++k)
        for (int row = 0; row < 5; ++row)
            for (int col = 0; col < 7; ++col)
                map.setElevation_deg(col, row, k, 0.01 * (seed + k * 100 + row * 10 + col));
    return map;
}
} // namespace

TEST_CASE("Horizon cache: computed once, then read back; a changed DEM is recomputed",
          "[io][horizon]")
{
    const auto [dir, dem] = test::horizonCacheScratch("horizon_cache");

    int computed = 0;
    const auto compute = [&] {
        ++computed;
        return sampleMap(computed);
    };
    const HorizonMap first = io::cachedHorizonMap(dem.string(), "overview 7x5", compute);
    const HorizonMap again = io::cachedHorizonMap(dem.string(), "overview 7x5", compute);
    CHECK(computed == 1);
    // Stored beside the DEM (its folder is writable).
    const std::filesystem::path stored = io::horizonCachePath(dem.string(), "overview 7x5");
    CHECK(stored.parent_path() == dir);
    CHECK(stored.filename().string().rfind("dem.tif.horizon_", 0) == 0);
    CHECK(std::filesystem::exists(stored));
    CHECK(std::equal(first.planeData(), first.planeData() + first.planeValueCount(),
                     again.planeData(), again.planeData() + again.planeValueCount()));
    CHECK(again.geo().pixel_width == 10.0);
    CHECK(again.directionCount() == 8);

    // Another window of the same DEM is another map.
    io::cachedHorizonMap(dem.string(), "detail 7x5", compute);
    CHECK(computed == 2);

    // The DEM is rewritten: its size and time change, the old map is not used.
    std::filesystem::last_write_time(dem, std::filesystem::last_write_time(dem) +
                                              std::chrono::seconds(5));
    std::ofstream(dem) << "a different DEM, longer than before";
    const HorizonMap after = io::cachedHorizonMap(dem.string(), "overview 7x5", compute);
    CHECK(computed == 3);
    CHECK_FALSE(std::equal(first.planeData(), first.planeData() + first.planeValueCount(),
                           after.planeData(), after.planeData() + after.planeValueCount()));

    // A truncated cache file is recomputed.
    const std::string path = io::horizonCachePath(dem.string(), "overview 7x5");
    std::filesystem::resize_file(path, std::filesystem::file_size(path) - 10);
    io::cachedHorizonMap(dem.string(), "overview 7x5", compute);
    CHECK(computed == 4);

    // A read-only folder (no write bit: even root, who may write there, leaves it alone, as
    // CI's copy of ../shared is laid out): the map goes to the user cache instead.
    std::filesystem::permissions(dir, std::filesystem::perms::owner_write | std::filesystem::perms::group_write |
                                          std::filesystem::perms::others_write,
                                 std::filesystem::perm_options::remove);
    CHECK(std::filesystem::path(io::horizonCachePath(dem.string(), "x")).parent_path() ==
          dir / "cache");
    std::filesystem::permissions(dir, std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::add);
    unsetenv("LUNARVIZ_CACHE_DIR");
}
