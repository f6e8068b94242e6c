#include "analysis/SiteAnalysis.h"

#include "analysis/AnalysisSteps.h"
#include "core/LunarError.h"
#include "io/AtomicFile.h"
#include "terrain/RasterCrop.h"

#include <cmath>
#include <filesystem>

namespace lunar::analysis {

namespace {

io::LunarDem openProjectedDem(const SiteAnalysisRequest& request)
{
    io::DemOpenOptions open_options;
    open_options.assume_crs = request.assume_crs;
    io::LunarDem dem = io::LunarDem::open(request.dem_path, open_options);
    if (dem.isLonLatGrid())
        throw LunarError(request.dem_path,
                         "is a longitude/latitude grid; slope and the other maps need a projected DEM "
                         "in metres (gdalwarp -t_srs IAU_2015:30135 for the south pole)");
    return dem;
}

// Before any long work, so a run does not end in a folder it cannot write.
void prepareOutputFolder(const std::string& out_dir)
{
    std::error_code error;
    std::filesystem::create_directories(out_dir, error);
    if (error)
        throw LunarError(out_dir, "cannot be created (" + error.message() + ")");
    io::requireOutputDirectory((std::filesystem::path(out_dir) / "slope.tif").string());
}

DemShape shapeOf(const io::LunarDem& dem)
{
    const GeoTransform& g = dem.geoTransform();
    return {dem.width(), dem.height(), std::abs(g.pixel_width) * dem.mapUnitsToMetres(),
            std::abs(g.pixel_height) * dem.mapUnitsToMetres()};
}

} // namespace

void checkSiteAnalysisRequest(const SiteAnalysisRequest& request)
{
    [[maybe_unused]] const AnalysisPlan plan(request); // its constructor checks the request
}

SiteAnalysisResult runSiteAnalysis(const SiteAnalysisRequest& request, const AnalysisProgress& progress)
{
    const AnalysisPlan plan(request);
    const io::LunarDem dem = openProjectedDem(request);
    const AnalysisWindows windows = plan.windowsOn(shapeOf(dem));
    if (!plan.eyes().empty())
        checkAnalysisMemory(windows.grid_width, windows.grid_height, request.horizon_directions,
                            physicalMemory_bytes());
    prepareOutputFolder(request.out_dir);

    if (progress)
        progress("reading the DEM", 0.0);
    const PixelWindow& read = windows.dem_read;
    const TerrainGrid grid(dem.readHeights(read.col0, read.row0, read.width, read.height, windows.grid_width,
                                           windows.grid_height),
                           dem.projection());
    const TerrainGrid core_grid(cropped(grid.heights(), windows.core), dem.projection());
    SiteAnalysisResult result;
    result.width = windows.core.width;
    result.height = windows.core.height;
    AnalysisMapWriter maps(request.out_dir, request.dem_path, dem.crsWkt(), plan.fileSuffix(), result.written);
    AnalysisRun run{request, plan, windows, dem, grid, core_grid, maps, progress, result};

    if (plan.computes(AnalysisLayer::slope) || plan.computes(AnalysisLayer::aspect))
        makeSlopeAndAspect(run);
    if (plan.computes(AnalysisLayer::roughness))
        makeRoughness(run);
    if (plan.needsBodyTrack())
        makeBodyTrack(run);
    if (!plan.eyes().empty())
        makeHorizonMaps(run);
    if (plan.computes(AnalysisLayer::suitability))
        makeSuitability(run);
    if (plan.writes(AnalysisLayer::facilities))
        makeFacilityFigures(run);
    return result;
}

std::pair<int, int> parseTileSpec(const std::string& text)
{
    const auto slash = text.find('/');
    int index = 0, count = 0;
    try {
        std::size_t a = 0, b = 0;
        if (slash != std::string::npos) {
            index = std::stoi(text.substr(0, slash), &a);
            count = std::stoi(text.substr(slash + 1), &b);
        }
        // Both parts whole numbers, nothing before or after.
        if (slash == std::string::npos || a != slash || b != text.size() - slash - 1)
            count = 0;
    } catch (const std::exception&) {
        count = 0;
    }
    if (count < 1 || index < 1 || index > count)
        throw LunarError("--tile", "\"" + text + "\" is not i/N with 1 <= i <= N (e.g. 3/8)");
    return {index, count};
}

} // namespace lunar::analysis
