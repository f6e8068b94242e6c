#include "io/DefaultDemCache.h"

#include "core/Log.h"
#include "core/LunarError.h"
#include "core/ProgressBar.h"
#include "io/AtomicFile.h"
#include "io/CacheHash.h"
#include "io/GeoTiffWriter.h"
#include "terrain/ProceduralDem.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace lunar::io {

namespace fs = std::filesystem;

namespace {

// Bump when the generator's output changes for the same recipe.
constexpr const char* kGeneratorVersion = "procedural-dem-2";

std::string recipeKey(const DemRecipe& r)
{
    std::ostringstream key;
    key.precision(17);
    key << kGeneratorVersion << '|' << r.size_px << '|' << r.resolution_m << '|' << r.seed;
    for (const NamedCrater& c : r.named_craters)
        key << '|' << c.name << ',' << c.lat_deg << ',' << c.lon_deg << ',' << c.diameter_km
            << ',' << c.depth_km << ',' << c.degradation;
    for (const ClearSite& s : r.clear_sites)
        key << "|clear," << s.lat_deg << ',' << s.lon_deg << ',' << s.radius_km;
    const auto& p = r.population;
    key << '|' << p.density_per_km2_above_1km << ',' << p.sfd_slope << ',' << p.min_diameter_px
        << ',' << p.max_diameter_km << ',' << p.degradation_exponent;
    const auto& b = r.background;
    key << '|' << b.regional_amplitude_m << ',' << b.regional_wavelength_km << ','
        << b.roughness_amplitude_m << ',' << b.roughness_wavelength_m;
    return key.str();
}

} // namespace

std::string cacheDirectory()
{
    if (const char* dir = std::getenv("LUNARVIZ_CACHE_DIR"); dir && *dir)
        return dir;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return (fs::path(xdg) / "lunarviz").string();
    if (const char* home = std::getenv("HOME"); home && *home)
        return (fs::path(home) / ".cache" / "lunarviz").string();
    return (fs::temp_directory_path() / "lunarviz-cache").string();
}

std::string cachedDemPath(const DemRecipe& recipe)
{
    char name[64];
    std::snprintf(name, sizeof name, "default_dem_%016llx.tif",
                  static_cast<unsigned long long>(fnv1a(recipeKey(recipe))));
    return (fs::path(cacheDirectory()) / name).string();
}

void writeProceduralDem(const DemRecipe& recipe, const std::string& path, const BaseShape* base)
{
    requireOutputDirectory(path);
    Raster<float> dem;
    {
        ProgressBar bar("generating DEM", 1000);
        dem = generateProceduralDem(recipe, [&bar](std::size_t done, std::size_t total) {
            bar.setDone(done * 1000 / total);
        }, base);
    }
    std::ostringstream description;
    description << "lunarviz procedural south-polar DEM, seed " << recipe.seed << ", "
                << recipe.size_px << " px at " << recipe.resolution_m << " m"
                << (base ? ", on a real DEM's large-scale shape" : "");
    GeoTiffOptions options;
    options.description = description.str();
    log::info("writing " + path);
    writeFloatGeoTiff(dem, path, options);
}

std::string ensureCachedDem(const DemRecipe& recipe)
{
    const std::string path = cachedDemPath(recipe);
    if (fs::exists(path))
        return path;
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
    if (ec)
        throw LunarError(fs::path(path).parent_path().string(),
                         "cannot create the cache directory: " + ec.message());
    log::info("first run, generating the default DEM (cached in " + path + ")");
    writeProceduralDem(recipe, path);
    return path;
}

} // namespace lunar::io
