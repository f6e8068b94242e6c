// loadSiteModel: the scenario, its DEM read and checked, the grids and their horizon maps.
// All of it is GDAL and arithmetic: no GL context is needed, so tests build a site directly.
#include "site/SiteModel.h"

#include "core/Angles.h"
#include "core/Log.h"
#include "core/LunarError.h"
#include "core/ProgressBar.h"
#include "core/SelenographicFrame.h"
#include "io/HorizonMapCache.h"
#include "io/OverviewCache.h"
#include "io/ScenarioDemCheck.h"
#include "io/ScenarioLoader.h"
#include "mission/FacilityPlacement.h"
#include "terrain/DetailPatch.h"
#include "terrain/HorizonSweep.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace lunar::site {

namespace fs = std::filesystem;

namespace {

std::string resolveDemPath(const SiteRequest& request, const Scenario& scenario)
{
    if (request.dem_path)
        return *request.dem_path;
    return io::scenarioDemPath(scenario, request.scenario_path.value_or(""));
}

// What a grid read from the DEM covers, for naming its cached horizon map.
std::string describeGrid(const TerrainGrid& grid)
{
    const Raster<float>& h = grid.heights();
    char text[160];
    std::snprintf(text, sizeof text, "%dx%d origin %.6f,%.6f pixel %.9g,%.9g", h.width(),
                  h.height(), h.geo.origin_x, h.geo.origin_y, h.geo.pixel_width,
                  h.geo.pixel_height);
    return text;
}

// `what`: which read it is, for the warning ("the overview", "around the base").
TerrainGrid filled(TerrainGrid grid, const std::string& path, const char* what)
{
    const std::size_t missing = grid.missingCount();
    if (missing == grid.heights().size())
        throw LunarError(path, "has no valid height sample (all nodata)");
    if (missing > 0) {
        char percent[32];
        std::snprintf(percent, sizeof percent, "%.2f",
                      100.0 * static_cast<double>(missing) / static_cast<double>(grid.heights().size()));
        log::warning(path, std::string(percent) + " % of " + what + " is holes (nodata or NaN): "
                           "drawn filled from their neighbours, left out of measurements and analysis");
    }
    grid.fillHolesForRendering();
    return grid;
}

// Full-resolution heights around the origin (for placing facilities and cameras exactly).
// Returns no grid when the DEM is not finer than the overview. `as_read` gets the same grid
// with the DEM's holes left as NaN (for measuring).
std::optional<TerrainGrid> readDetailGrid(const io::LunarDem& dem, const TerrainGrid& mesh_grid,
                                          const LatLon& origin, double half_size_m,
                                          DetailPatchPlan& plan,
                                          std::optional<TerrainGrid>& as_read)
{
    if (half_size_m <= 0.0)
        return std::nullopt;
    const Raster<float>& mesh = mesh_grid.heights();
    // Map units per metre, from two neighbouring mesh vertices on the reference sphere
    // (degrees for lon/lat CRSs; heights left out so a steep slope does not count).
    const int mc = mesh.width() / 2, mr = mesh.height() / 2;
    const LatLonHeight a = mesh_grid.positionAt(mc, mr), b = mesh_grid.positionAt(mc + 1, mr);
    const double cell_m = sphereChord_m({a.lat_rad, a.lon_rad}, {b.lat_rad, b.lon_rad});
    const double units_per_m = std::fabs(mesh.geo.pixel_width) / cell_m;
    DetailPatchOptions options;
    options.half_size = half_size_m * units_per_m;
    const MapXY origin_map = dem.projection()->toMap(origin);
    if (!planDetailPatch(mesh.geo, mesh.width(), mesh.height(), origin_map,
                         std::fabs(dem.geoTransform().pixel_width), options, plan))
        return std::nullopt;
    // The DEM pixel window under the plan, with a margin for bilinear sampling.
    double c0 = 0, r0 = 0, c1 = 0, r1 = 0;
    dem.geoTransform().pixelFromMap(plan.geo.mapFromPixel(0.0, 0.0), c0, r0);
    dem.geoTransform().pixelFromMap(plan.geo.mapFromPixel(plan.cols, plan.rows), c1, r1);
    const int col0 = std::max(0, static_cast<int>(std::floor(std::min(c0, c1))) - 2);
    const int row0 = std::max(0, static_cast<int>(std::floor(std::min(r0, r1))) - 2);
    const int col1 = std::min(dem.width(), static_cast<int>(std::ceil(std::max(c0, c1))) + 2);
    const int row1 = std::min(dem.height(), static_cast<int>(std::ceil(std::max(r0, r1))) + 2);
    TerrainGrid unfilled(
        dem.readHeights(col0, row0, col1 - col0, row1 - row0, col1 - col0, row1 - row0),
        dem.projection());
    as_read.emplace(resampleForPatch(unfilled.heights(), plan), dem.projection());
    const TerrainGrid window = filled(std::move(unfilled), dem.path(), "the detail around the base");
    return TerrainGrid(resampleForPatch(window.heights(), plan), dem.projection());
}

} // namespace

std::unique_ptr<SiteModel> loadSiteModel(const SiteRequest& request)
{
    auto loaded = std::make_unique<SiteModel>();
    loaded->scenario = request.scenario_path ? io::loadScenario(*request.scenario_path)
                                             : io::defaultScenario();
    const Scenario& scenario = loaded->scenario;
    for (const std::string& warning : scenario.warnings)
        log::warning(warning);
    std::optional<UtcTime> time_asked;
    if (request.time_iso) {
        time_asked = UtcTime::parseIso(*request.time_iso, "--time");
        if (*time_asked < scenario.timeline_start || scenario.timeline_end < *time_asked)
            throw LunarError("--time", time_asked->toIso() + " is outside the scenario's timeline " +
                                           scenario.timeline_start.toIso() + " .. " +
                                           scenario.timeline_end.toIso());
    }

    loaded->dem_path = resolveDemPath(request, scenario);
    loaded->assume_crs = request.assume_crs;
    io::DemOpenOptions open_options;
    open_options.assume_crs = request.assume_crs;
    // Checked first (a bad file fails at once), then reopened with overviews if it needs them.
    io::LunarDem dem = io::LunarDem::open(loaded->dem_path, open_options);
    if (const std::string indexed = io::withOverviews(loaded->dem_path); indexed != loaded->dem_path)
        dem = io::LunarDem::open(indexed, open_options);
    if (const std::string warning = io::polarGridWarning(dem); !warning.empty())
        log::warning(warning);
    if (request.dem_path) { // the user's DEM: show what of the scenario stands on it
        loaded->dem_fit = fitScenarioToDem(loaded->scenario, io::demExtentOf(dem), loaded->dem_path,
                                           time_asked);
        if (!loaded->dem_fit.note.empty()) {
            log::note(loaded->dem_fit.note);
            // Saved layouts then name the DEM they were made on.
            loaded->scenario.dem = fs::absolute(loaded->dem_path).string();
        }
    }
    io::requireSitesOnDem(scenario, io::demExtentOf(dem), loaded->dem_path);
    loaded->clock = std::make_unique<PlaybackClock>(scenario.timeline_start, scenario.timeline_end,
                                                    time_asked.value_or(scenario.initial_time));
    loaded->frame = std::make_unique<EnuFrame>(scenario.origin());
    const LatLon origin{degToRad(scenario.origin_lat_deg), degToRad(scenario.origin_lon_deg)};
    TerrainGrid shading_grid = dem.readGrid(request.shading_side);
    loaded->coarse_as_read = std::make_unique<TerrainGrid>(shading_grid);
    shading_grid = filled(std::move(shading_grid), dem.path(), "the overview");
    DetailPatchPlan plan;
    std::optional<TerrainGrid> detail_as_read;
    std::optional<TerrainGrid> detail_grid = readDetailGrid(
        dem, shading_grid, origin, request.detail_half_size_m, plan, detail_as_read);
    if (detail_grid && detail_as_read)
        loaded->detail_as_read = std::make_unique<TerrainGrid>(std::move(*detail_as_read));

    // Terrain layers with horizon maps: shadows at any date. The maps come from the cache
    // when this DEM window was swept before.
    {
        const std::size_t directions = static_cast<std::size_t>(request.horizon_directions);
        ProgressBar bar("horizon maps", directions * (detail_grid ? 2 : 1));
        const auto keyOf = [&](const TerrainGrid& grid, const std::string& what) {
            return what + " " + describeGrid(grid) + " directions " + std::to_string(directions) +
                   " sweep v1";
        };
        const auto sweep = [&](const TerrainGrid& grid) {
            return sweepHorizonMap(grid.heights(), horizonMetricOf(grid),
                                   {request.horizon_directions, 0.0}, [&bar] { bar.advance(); });
        };
        loaded->coarse =
            std::make_unique<TerrainLayer>(lookupLayer(std::move(shading_grid)));
        const std::string coarse_key = keyOf(loaded->coarse->grid, "overview");
        loaded->coarse->horizon = io::cachedHorizonMap(
            dem.path(), coarse_key, [&] { return sweep(loaded->coarse->grid); });
        bar.setDone(directions);
        if (detail_grid) {
            loaded->detail =
                std::make_unique<TerrainLayer>(lookupLayer(std::move(*detail_grid)));
            // Beyond its own few kilometres the detail map sees what the overview sees. The
            // map is cached raised (half of a cached start's time was this raise), so its key
            // names the overview map it was raised to.
            const std::string detail_key =
                keyOf(loaded->detail->grid, "detail") + " raised to " + coarse_key;
            loaded->detail->horizon = io::cachedHorizonMap(dem.path(), detail_key, [&] {
                HorizonMap map = sweep(loaded->detail->grid);
                raiseToFarField(map, loaded->coarse->horizon);
                return map;
            });
        }
        bar.finish();
    }
    if (loaded->detail)
        loaded->terrain.add(loaded->detail.get());
    loaded->terrain.add(loaded->coarse.get());
    if (loaded->dem_fit.recentred) { // its views were made on the sphere: onto its ground
        const double centre_m = loaded->terrain.heightAt(origin);
        liftDemViews(loaded->scenario, std::isnan(centre_m) ? 0.0 : centre_m);
    }

    for (const std::string& line :
         placementReport(scenario.file, scenario.facilities,
                         [&](const LatLon& p) { return loaded->terrain.heightAt(p); },
                         PlacementOptions{request.max_slope_deg, 6}))
        log::warning(line);

    loaded->dem = std::make_unique<io::LunarDem>(std::move(dem));
    loaded->globe_flights = planLanderFlights(loaded->scenario, loaded->terrain, false);
    loaded->lander_flights = planLanderFlights(loaded->scenario, loaded->terrain);
    loaded->dem_geo = loaded->dem->geoTransform();
    loaded->setModelExaggeration(request.vertical_exaggeration);
    return loaded;
}

} // namespace lunar::site
