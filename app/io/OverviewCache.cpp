#include "io/OverviewCache.h"

#include "core/Log.h"
#include "core/LunarError.h"
#include "core/ProgressBar.h"
#include "io/CacheHash.h"
#include "io/DefaultDemCache.h"
#include "io/GdalSession.h"

#include <gdal_priv.h>

#include <cstdio>
#include <filesystem>
#include <vector>

namespace lunar::io {

namespace fs = std::filesystem;

namespace {

constexpr int kOverviewsAboveSide = 4096; // smaller DEMs are read fast enough as they are

std::string cacheKey(const std::string& dem_path)
{
    std::error_code ec;
    const auto absolute = fs::absolute(dem_path, ec).string();
    const auto size = fs::file_size(dem_path, ec);
    const auto mtime = fs::last_write_time(dem_path, ec).time_since_epoch().count();
    const std::uint64_t h =
        fnv1a(absolute + "|" + std::to_string(size) + "|" + std::to_string(mtime));
    char name[64];
    std::snprintf(name, sizeof name, "overviews_%016llx.vrt", static_cast<unsigned long long>(h));
    return name;
}

int CPL_STDCALL reportProgress(double fraction, const char*, void* bar)
{
    static_cast<ProgressBar*>(bar)->setDone(static_cast<std::size_t>(fraction * 1000.0));
    return TRUE;
}

struct Closer {
    void operator()(GDALDataset* ds) const { GDALClose(ds); }
};

} // namespace

std::string withOverviews(const std::string& dem_path)
{
    ensureGdal();
    {
        std::unique_ptr<GDALDataset, Closer> ds(
            static_cast<GDALDataset*>(GDALOpen(dem_path.c_str(), GA_ReadOnly)));
        if (!ds || ds->GetRasterCount() < 1)
            return dem_path; // LunarDem::open says what is wrong with it
        const int side = std::max(ds->GetRasterXSize(), ds->GetRasterYSize());
        if (side <= kOverviewsAboveSide || ds->GetRasterBand(1)->GetOverviewCount() > 0)
            return dem_path;
    }
    const fs::path vrt = fs::path(cacheDirectory()) / cacheKey(dem_path);
    std::error_code ec;
    if (fs::exists(vrt, ec) && fs::exists(vrt.string() + ".ovr", ec))
        return vrt.string();
    fs::create_directories(vrt.parent_path(), ec);
    if (ec)
        throw LunarError(vrt.parent_path().string(), "cannot create the cache directory: " +
                                                         ec.message());
    log::info(dem_path + " has no overviews; building them once in " +
              vrt.parent_path().string());
    clearGdalError();
    // The VRT lives elsewhere: it must name its source by an absolute path.
    const std::string absolute = fs::absolute(dem_path, ec).string();
    std::unique_ptr<GDALDataset, Closer> source(
        static_cast<GDALDataset*>(GDALOpen(absolute.c_str(), GA_ReadOnly)));
    GDALDriver* vrt_driver = GetGDALDriverManager()->GetDriverByName("VRT");
    const std::string temp = vrt.string() + ".partial.vrt";
    std::unique_ptr<GDALDataset, Closer> copy(
        vrt_driver->CreateCopy(temp.c_str(), source.get(), FALSE, nullptr, nullptr, nullptr));
    if (!copy)
        throw LunarError(dem_path, "cannot index it for overviews (" + lastGdalError() + ")");
    std::vector<int> levels;
    for (int f = 2; std::max(copy->GetRasterXSize(), copy->GetRasterYSize()) / f >= 256; f *= 2)
        levels.push_back(f);
    {
        ProgressBar bar("building overviews", 1000);
        CPLSetThreadLocalConfigOption("COMPRESS_OVERVIEW", "DEFLATE");
        const CPLErr err = copy->BuildOverviews("AVERAGE", static_cast<int>(levels.size()),
                                                levels.data(), 0, nullptr, reportProgress, &bar);
        CPLSetThreadLocalConfigOption("COMPRESS_OVERVIEW", nullptr);
        if (err != CE_None) {
            copy.reset();
            fs::remove(temp, ec);
            fs::remove(temp + ".ovr", ec);
            throw LunarError(dem_path, "building overviews failed (" + lastGdalError() + ")");
        }
    }
    copy.reset();
    // The VRT names its .ovr by its own file name: move both into place together.
    fs::rename(temp + ".ovr", vrt.string() + ".ovr", ec);
    if (!ec)
        fs::rename(temp, vrt, ec);
    if (ec)
        throw LunarError(vrt.string(), "cannot be written: " + ec.message());
    return vrt.string();
}

} // namespace lunar::io
