#include "io/HorizonMapCache.h"

#include "core/Log.h"
#include "core/LunarError.h"
#include "io/AtomicFile.h"
#include "io/CacheHash.h"
#include "io/DefaultDemCache.h"
#include "io/MappedHorizonPlanes.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include <unistd.h>

namespace lunar::io {

namespace fs = std::filesystem;

namespace {

// Version 02: the planes start on an 8-byte boundary (zero bytes after the identity), so
// they can be read in place (io/MappedHorizonPlanes) whatever the identity's length. Files
// of version 01 are recomputed once.
constexpr char kMagic[8] = {'L', 'V', 'H', 'O', 'R', 'Z', '0', '2'};
constexpr std::size_t kPlaneAlignment = 8;

std::string identity(const std::string& dem_path, const std::string& what)
{
    std::error_code ec;
    const auto absolute = fs::absolute(dem_path, ec).string();
    const auto size = fs::file_size(dem_path, ec);
    const auto mtime = fs::last_write_time(dem_path, ec).time_since_epoch().count();
    return absolute + "|" + std::to_string(size) + "|" + std::to_string(mtime) + "|" + what;
}

struct Header {
    char magic[8];
    std::int32_t width, height, directions, identity_length;
    double geo[6];
};

// Zero bytes between the identity and the planes.
std::size_t paddingAfter(std::size_t identity_length)
{
    return (kPlaneAlignment - (sizeof(Header) + identity_length) % kPlaneAlignment) % kPlaneAlignment;
}

// The planes of a checked cache file, read in place from a mapping when options allow it
// and that works, else into memory. Returns false for a file too short for its planes.
bool readPlanes(const std::string& path, std::ifstream& in, const HorizonCacheOptions& options,
                int width, int height, int directions, const GeoTransform& geo, HorizonMap& out)
{
    const auto offset = static_cast<std::size_t>(in.tellg());
    const std::size_t values = static_cast<std::size_t>(width) * height * directions;
    std::error_code ec;
    const std::uintmax_t file_bytes = fs::file_size(path, ec);
    if (ec || file_bytes < offset + values * sizeof(std::int16_t)) {
        log::warning("horizon map cache: " + path + ": holds " + std::to_string(file_bytes) +
                     " bytes, its planes need " +
                     std::to_string(offset + values * sizeof(std::int16_t)) +
                     " (truncated): recomputed");
        return false;
    }
    if (options.map_file) {
        try {
            out = HorizonMap(width, height, directions, geo, mapHorizonPlanes(path, offset, values));
            return true;
        }
        catch (const LunarError& e) { // costs memory, not correctness
            log::warning(std::string("horizon map cache: ") + e.what() + ": read into memory");
        }
    }
    HorizonMap map(width, height, directions, geo);
    std::vector<std::int16_t>& planes = map.writablePlanes();
    in.read(reinterpret_cast<char*>(planes.data()),
            static_cast<std::streamsize>(planes.size() * sizeof(std::int16_t)));
    if (!in) {
        log::warning("horizon map cache: " + path + ": could not be read: recomputed");
        return false;
    }
    out = std::move(map);
    return true;
}

bool readCached(const std::string& path, const std::string& expected_identity,
                const HorizonCacheOptions& options, HorizonMap& out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    Header header{};
    in.read(reinterpret_cast<char*>(&header), sizeof header);
    if (!in || std::memcmp(header.magic, kMagic, sizeof kMagic) != 0 || header.width <= 0 ||
        header.height <= 0 || header.directions <= 0 ||
        header.identity_length != static_cast<std::int32_t>(expected_identity.size()))
        return false;
    std::string stored(expected_identity.size(), '\0');
    in.read(stored.data(), static_cast<std::streamsize>(stored.size()));
    if (!in || stored != expected_identity)
        return false; // a hash collision or an older map: recompute
    in.seekg(static_cast<std::streamoff>(paddingAfter(stored.size())), std::ios::cur);
    if (!in)
        return false;
    const GeoTransform geo{header.geo[0], header.geo[1], header.geo[2],
                           header.geo[3], header.geo[4], header.geo[5]};
    return readPlanes(path, in, options, header.width, header.height, header.directions, geo, out);
}

void writeCached(const std::string& path, const std::string& identity_text, const HorizonMap& map)
{
    writeAtomically(path, [&](const std::string& temp) {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw LunarError(temp, "cannot be created");
        Header header{};
        std::memcpy(header.magic, kMagic, sizeof kMagic);
        header.width = map.width();
        header.height = map.height();
        header.directions = map.directionCount();
        header.identity_length = static_cast<std::int32_t>(identity_text.size());
        const GeoTransform& g = map.geo();
        const double geo[6] = {g.origin_x, g.pixel_width, g.row_rotation,
                               g.origin_y, g.col_rotation, g.pixel_height};
        std::memcpy(header.geo, geo, sizeof geo);
        out.write(reinterpret_cast<const char*>(&header), sizeof header);
        out.write(identity_text.data(), static_cast<std::streamsize>(identity_text.size()));
        const char zeros[kPlaneAlignment] = {};
        out.write(zeros, static_cast<std::streamsize>(paddingAfter(identity_text.size())));
        out.write(reinterpret_cast<const char*>(map.planeData()),
                  static_cast<std::streamsize>(map.planeValueCount() * sizeof(std::int16_t)));
        out.close();
        if (!out)
            throw LunarError(temp, "could not be written (disk full?)");
    });
}

// Whether files may be added to the folder: writable for us, and not marked read-only. Root
// may write anywhere, so the mode bits say what the folder's owner meant (shared data laid
// out without write bits stays untouched).
bool folderTakesSidecars(const fs::path& directory)
{
    std::error_code ec;
    const fs::perms perms = fs::status(directory, ec).permissions();
    if (ec)
        return false;
    const fs::perms any_write = fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;
    return (perms & any_write) != fs::perms::none && ::access(directory.c_str(), W_OK) == 0;
}

} // namespace

std::string horizonCachePath(const std::string& dem_path, const std::string& what)
{
    char suffix[64];
    std::snprintf(suffix, sizeof suffix, ".horizon_%016llx.lvhorizon",
                  static_cast<unsigned long long>(fnv1a(identity(dem_path, what))));
    const fs::path dem(dem_path);
    fs::path directory = dem.parent_path().empty() ? fs::path(".") : dem.parent_path();
    // Beside the DEM, like GDAL's .ovr and .aux.xml sidecars; where that folder is read-only
    // (shared data, a mounted archive, even for root) in the user cache.
    if (!folderTakesSidecars(directory))
        directory = cacheDirectory();
    return (directory / (dem.filename().string() + suffix)).string();
}

HorizonMap cachedHorizonMap(const std::string& dem_path, const std::string& what,
                            const std::function<HorizonMap()>& compute,
                            const HorizonCacheOptions& options)
{
    const std::string id = identity(dem_path, what);
    const std::string path = horizonCachePath(dem_path, what);
    HorizonMap map;
    if (readCached(path, id, options, map))
        return map;
    map = compute();
    try {
        std::error_code ec;
        fs::create_directories(fs::path(path).parent_path(), ec);
        writeCached(path, id, map);
    }
    catch (const LunarError& e) {
        log::warning(std::string("horizon map not cached: ") + e.what());
        return map;
    }
    // Read in place from the file just written, as on every later run, so a first run does
    // not hold the planes in memory for the whole session either.
    if (HorizonMap mapped; options.map_file && readCached(path, id, options, mapped))
        return mapped;
    return map;
}

} // namespace lunar::io
