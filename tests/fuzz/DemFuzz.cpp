// Fuzz target: the DEM opener on small GDAL-readable files. The bytes are written to a
// file (the opener checks the file system before GDAL does), opened as `lunarviz info`
// opens a DEM, described, and read as a small grid. Every input must end as a DEM or a
// LunarError; anything else is a bug: in lunarviz, or one lunarviz must guard against.
#include "core/LunarError.h"
#include "io/DemInfo.h"
#include "io/LunarDem.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace {
constexpr double kMaxReadSamples = 1 << 26;

std::string inputPath()
{
    static const std::string path =
        (std::filesystem::temp_directory_path() /
         ("lunarviz_fuzz_dem_" + std::to_string(::getpid()) + ".tif"))
            .string();
    return path;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = inputPath();
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file)
        return 0;
    const bool written = std::fwrite(data, 1, size, file) == size;
    std::fclose(file);
    if (!written)
        return 0;
    try {
        const lunar::io::LunarDem dem = lunar::io::LunarDem::open(path);
        // A header may declare any size; reading it is then proportional to what it claims
        // (10^10 samples take minutes, as they would in a real file). That is a known cost,
        // not a finding: such inputs are opened and checked but not read.
        if (static_cast<double>(dem.width()) * dem.height() <= kMaxReadSamples) {
            (void)lunar::io::describeDem(path, {});
            (void)dem.readGrid(32);
        }
    }
    catch (const lunar::LunarError&) {
        // the expected answer to a bad DEM
    }
    std::error_code ignored; // leave nothing behind (GDAL may add a statistics sidecar)
    std::filesystem::remove(path, ignored);
    std::filesystem::remove(path + ".aux.xml", ignored);
    return 0;
}
