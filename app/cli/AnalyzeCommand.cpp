// `lunarviz analyze`: site-selection maps computed from a DEM, written as GeoTIFFs in the
// DEM's own CRS (QGIS opens them on the right Moon CRS): slope (Horn), aspect, roughness.
#include "cli/CommandLine.h"

#include "core/LunarError.h"
#include "core/ProgressBar.h"
#include "io/AtomicFile.h"
#include "io/DefaultDemCache.h"
#include "io/DemRecipeLoader.h"
#include "io/GeoTiffWriter.h"
#include "io/LunarDem.h"
#include "terrain/SlopeKernels.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <sstream>

namespace lunar::cli {

namespace {

const std::vector<std::string>& knownLayers()
{
    static const std::vector<std::string> layers = {"slope", "aspect", "roughness"};
    return layers;
}

// "slope,aspect" -> the layers, each checked; empty -> all of them.
std::vector<std::string> chosenLayers(const std::string& list)
{
    if (list.empty())
        return knownLayers();
    std::vector<std::string> out;
    std::stringstream in(list);
    std::string name;
    while (std::getline(in, name, ',')) {
        if (name.empty())
            continue;
        bool known = false;
        std::string names;
        for (const std::string& k : knownLayers()) {
            known = known || k == name;
            names += (names.empty() ? "" : ", ") + k;
        }
        if (!known)
            throw LunarError("--layers", "\"" + name + "\" is not an analysis layer (layers: " +
                                             names + ")");
        out.push_back(name);
    }
    if (out.empty())
        throw LunarError("--layers", "names no layer");
    return out;
}

int runAnalyze(const std::string& dem_path_given, const std::string& out_dir,
               const std::string& layer_list, const std::string& assume_crs)
{
    const std::vector<std::string> layers = chosenLayers(layer_list);
    const std::string dem_path =
        dem_path_given.empty() ? io::ensureCachedDem(io::defaultDemRecipe()) : dem_path_given;
    io::DemOpenOptions open_options;
    if (!assume_crs.empty())
        open_options.assume_crs = assume_crs;
    const io::LunarDem dem = io::LunarDem::open(dem_path, open_options);
    if (dem.isLonLatGrid())
        throw LunarError(dem_path, "is a longitude/latitude grid; slope and the other maps need "
                                   "a projected DEM in metres (gdalwarp -t_srs IAU_2015:30135 "
                                   "for the south pole)");
    std::error_code error;
    std::filesystem::create_directories(out_dir, error);
    if (error)
        throw LunarError(out_dir, "cannot be created (" + error.message() + ")");
    io::requireOutputDirectory((std::filesystem::path(out_dir) / "slope.tif").string());
    const GeoTransform& g = dem.geoTransform();
    // Pixel sizes are in the CRS's linear unit (metres for IAU_2015:30135, but not always).
    const double pixel_x_m = std::abs(g.pixel_width) * dem.mapUnitsToMetres();
    const double pixel_y_m = std::abs(g.pixel_height) * dem.mapUnitsToMetres();

    ProgressBar progress("analyze " + std::filesystem::path(dem_path).filename().string(),
                         layers.size() + 1);
    const Raster<float> height_m =
        dem.readHeights(0, 0, dem.width(), dem.height(), dem.width(), dem.height());
    progress.advance();

    io::GeoTiffOptions tiff;
    tiff.crs = dem.crsWkt();
    tiff.compress = false; // measured: DEFLATE saves about a fifth on slopes and doubles the time
    const auto write = [&](const Raster<float>& values, const std::string& name,
                           const std::string& unit, const std::string& what) {
        // Averaging angles that wrap would turn 359 and 1 degrees into 180.
        tiff.overview_resampling = name == "aspect" ? "NEAREST" : "AVERAGE";
        tiff.unit = unit;
        tiff.band_description = what;
        tiff.description = what + ", from " + dem_path + " (lunarviz analyze)";
        io::writeFloatGeoTiff(values, (std::filesystem::path(out_dir) / (name + ".tif")).string(), tiff);
        progress.advance();
    };
    for (const std::string& layer : layers) {
        if (layer == "slope")
            write(slopeHorn_deg(height_m, pixel_x_m, pixel_y_m), "slope", "deg", "slope (Horn 1981), degrees");
        else if (layer == "aspect")
            write(aspectHorn_deg(height_m, pixel_x_m, pixel_y_m), "aspect", "deg",
                  "aspect: the direction the slope faces, degrees clockwise from grid north");
        else if (layer == "roughness")
            write(roughness_m(height_m), "roughness", "m",
                  "roughness: largest height difference in each 3 x 3 neighbourhood, metres");
    }
    progress.finish();
    std::printf("wrote");
    for (const std::string& layer : layers)
        std::printf(" %s.tif", layer.c_str());
    std::printf(" (%d x %d, %s) to %s\n", dem.width(), dem.height(), dem.crsName().c_str(),
                out_dir.c_str());
    return 0;
}

} // namespace

Subcommand addAnalyzeCommand(CLI::App& app)
{
    struct Options {
        std::string dem;
        std::string out;
        std::string layers;
        std::string assume_crs;
    };
    auto options = std::make_shared<Options>();
    CLI::App* sub = app.add_subcommand(
        "analyze", "Site-selection maps from a DEM, as GeoTIFFs in the DEM's CRS");
    sub->add_option("--dem", options->dem,
                    "The DEM (any GDAL raster on a lunar CRS); default: the built-in one");
    sub->add_option("--out", options->out, "Folder for the maps (created if missing)")->required();
    sub->add_option("--layers", options->layers,
                    "Comma-separated maps: slope, aspect, roughness (default: all)");
    sub->add_option("--assume-crs", options->assume_crs,
                    "CRS of a DEM that has none (e.g. IAU_2015:30135)");
    return {sub, [options] {
                return runAnalyze(options->dem, options->out, options->layers, options->assume_crs);
            }};
}

} // namespace lunar::cli
