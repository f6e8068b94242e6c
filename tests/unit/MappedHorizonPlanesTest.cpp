// Horizon planes read in place from a mapped cache file: the values are the file's, a
// released mapping reads the same again, writing copies first, and bad files (truncated,
// misaligned, missing) are refused with a message naming the file; the cache falls back to
// reading into memory when asked to, with the same planes.
#include "HorizonCacheScratch.h"

#include "core/LunarError.h"
#include "io/HorizonMapCache.h"
#include "io/MappedHorizonPlanes.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace lunar;

namespace {

// A file of `header_bytes` filler bytes, then `values` as native int16.
std::string writePlaneFile(const std::filesystem::path& path, std::size_t header_bytes,
                           const std::vector<std::int16_t>& values)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    const std::string header(header_bytes, 'h');
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    out.write(reinterpret_cast<const char*>(values.data()),
              static_cast<std::streamsize>(values.size() * sizeof(std::int16_t)));
    return path.string();
}

std::vector<std::int16_t> rampValues(std::size_t count)
{
    std::vector<std::int16_t> values(count);
    for (std::size_t i = 0; i < count; ++i)
        values[i] = static_cast<std::int16_t>(static_cast<int>(i % 18001) - 9000);
    return values;
}

std::vector<std::int16_t> planesOf(const HorizonMap& map)
{
    return {map.planeData(), map.planeData() + map.planeValueCount()};
}

HorizonMap sampleMap()
{
    HorizonMap map(9, 6, 4, GeoTransform{0.0, 5.0, 0.0, 0.0, 0.0, -5.0});
    for (int k = 0; k < 4; ++k)
        for (int row = 0; row < 6; ++row)
            for (int col = 0; col < 9; ++col)
                map.setElevation_deg(col, row, k, -45.0 + 0.37 * (k * 54 + row * 9 + col));
    return map;
}

} // namespace

TEST_CASE("Mapped horizon planes: reads equal the file's values, also after a release",
          "[io][horizon][mapped]")
{
    const auto dir = test::scratchDir("mapped_planes");
    // Past a page boundary and past a whole page of values, so the offset is not aligned to
    // a page and the planes span several.
    const std::vector<std::int16_t> values = rampValues(5000);
    const std::string path = writePlaneFile(dir / "planes.bin", 4098, values);
    const auto store = io::mapHorizonPlanes(path, 4098, values.size());
    const std::vector<std::int16_t> read(store->data(), store->data() + values.size());
    CHECK(read == values);

    store->releaseResident();
    const std::vector<std::int16_t> again(store->data(), store->data() + values.size());
    CHECK(again == values);
}

TEST_CASE("Mapped horizon planes: bad files are refused, naming the file", "[io][horizon][mapped]")
{
    const auto dir = test::scratchDir("mapped_planes_bad");
    const std::vector<std::int16_t> values = rampValues(100);
    const std::string path = writePlaneFile(dir / "planes.bin", 10, values);

    SECTION("truncated: shorter than its planes")
    {
        CHECK_THROWS_WITH(io::mapHorizonPlanes(path, 10, values.size() + 1),
                          path + ": holds 210 bytes, its horizon planes need 212 (truncated cache file)");
    }
    SECTION("an odd offset (int16 would be misaligned)")
    {
        CHECK_THROWS_WITH(io::mapHorizonPlanes(path, 11, 10),
                          path + ": horizon planes start at odd offset 11 (cannot be read in place)");
    }
    SECTION("missing")
    {
        const std::string missing = (dir / "none.bin").string();
        CHECK_THROWS_AS(io::mapHorizonPlanes(missing, 10, 10), LunarError);
        CHECK_THROWS_WITH(io::mapHorizonPlanes(missing, 10, 10),
                          Catch::StartsWith(missing + ": cannot be opened for mapping"));
    }
}

TEST_CASE("Mapped horizon map: lookups read the mapping; writing copies the planes first",
          "[io][horizon][mapped]")
{
    const auto dir = test::scratchDir("mapped_map");
    const HorizonMap own = sampleMap();
    const std::string path = writePlaneFile(dir / "planes.bin", 64, planesOf(own));
    HorizonMap mapped(own.width(), own.height(), own.directionCount(), own.geo(),
                      io::mapHorizonPlanes(path, 64, own.planeValueCount()));
    REQUIRE(mapped.planesStored());
    CHECK(planesOf(mapped) == planesOf(own));
    CHECK(mapped.elevation_deg(3, 2, 1) == own.elevation_deg(3, 2, 1));
    CHECK(mapped.elevationTowardAt_deg(4.3, 1.7, 2.1) == own.elevationTowardAt_deg(4.3, 1.7, 2.1));

    const HorizonMap copy = mapped; // shares the mapping
    mapped.setElevation_deg(0, 0, 0, 12.5);
    CHECK_FALSE(mapped.planesStored());
    CHECK(mapped.elevation_deg(0, 0, 0) == Approx(12.5));
    CHECK(copy.planesStored());
    CHECK(copy.elevation_deg(0, 0, 0) == own.elevation_deg(0, 0, 0)); // the file is untouched
}

TEST_CASE("Horizon cache: mapped or read into memory, the same planes", "[io][horizon][mapped]")
{
    const auto [dir, dem] = test::horizonCacheScratch("horizon_cache_mapped");

    int computed = 0;
    const auto compute = [&] {
        ++computed;
        return sampleMap();
    };
    const HorizonMap first = io::cachedHorizonMap(dem.string(), "overview 9x6", compute);
    CHECK(first.planesStored()); // computed, written, then read in place from the new file

    {
        const HorizonMap mapped = io::cachedHorizonMap(dem.string(), "overview 9x6", compute, {true});
        const HorizonMap in_memory =
            io::cachedHorizonMap(dem.string(), "overview 9x6", compute, {false});
        CHECK(computed == 1);
        CHECK(mapped.planesStored());
        CHECK_FALSE(in_memory.planesStored());
        CHECK(planesOf(mapped) == planesOf(first));
        CHECK(planesOf(in_memory) == planesOf(first));
        CHECK(mapped.geo().pixel_width == 5.0);
    } // unmapped before the file is cut short under it

    // Truncated after the header: recomputed, not mapped past the file's end.
    const std::string path = io::horizonCachePath(dem.string(), "overview 9x6");
    std::filesystem::resize_file(path, std::filesystem::file_size(path) - 2);
    const HorizonMap recomputed = io::cachedHorizonMap(dem.string(), "overview 9x6", compute, {true});
    CHECK(computed == 2);
    CHECK(planesOf(recomputed) == planesOf(sampleMap())); // not first: it maps the cut file
}

TEST_CASE("Horizon cache: planes are read in place whatever the identity's length",
          "[io][horizon][mapped]")
{
    // The identity (path, size, time, key) has any length; the planes after it must still
    // start on an even offset, or the map is read into memory (the default DEM's cache once
    // had its planes at byte 257).
    const auto [dir, dem] = test::horizonCacheScratch("horizon_cache_alignment");
    for (const char* key : {"k", "ke", "key", "key4", "key45", "key456", "key4567", "key45678"}) {
        CAPTURE(key);
        io::cachedHorizonMap(dem.string(), key, [] { return sampleMap(); });
        const HorizonMap again =
            io::cachedHorizonMap(dem.string(), key, [] { return sampleMap(); }, {true});
        CHECK(again.planesStored());
        CHECK(planesOf(again) == planesOf(sampleMap()));
    }
}
