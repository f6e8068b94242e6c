#include "scene/LoadedScene.h"

#include "astro/SunDirection.h"
#include "core/Angles.h"
#include "core/LunarError.h"
#include "core/ProgressBar.h"
#include "io/DefaultDemCache.h"
#include "io/DemRecipeLoader.h"
#include "io/LunarDem.h"
#include "io/ScenarioLoader.h"
#include "scene/SceneBuilder.h"
#include "terrain/SunOcclusion.h"
#include "terrain/SurfaceNormals.h"

#include <filesystem>

namespace lunar::scene {

namespace fs = std::filesystem;

namespace {

std::string resolveDemPath(const SceneRequest& request, const Scenario& scenario)
{
    if (request.dem_path)
        return *request.dem_path;
    if (scenario.dem == "procedural:default")
        return io::ensureCachedDem(io::defaultDemRecipe());
    const fs::path dem(scenario.dem);
    if (dem.is_absolute() || !request.scenario_path)
        return dem.string();
    return (fs::path(*request.scenario_path).parent_path() / dem).string();
}

TerrainGrid readFilledGrid(const io::LunarDem& dem, int max_side)
{
    TerrainGrid grid = dem.readGrid(max_side);
    if (grid.missingCount() == grid.heights().size())
        throw LunarError(dem.path(), "has no valid height sample (all nodata)");
    grid.fillHolesForRendering();
    return grid;
}

} // namespace

CameraPose LoadedScene::pose(const std::string& camera_name) const
{
    const CameraBookmark* bookmark = scenario.findCamera(camera_name);
    if (!bookmark) {
        std::string known;
        for (const CameraBookmark& c : scenario.cameras)
            known += (known.empty() ? "" : ", ") + c.name;
        throw LunarError(scenario.file, "has no camera \"" + camera_name + "\" (cameras: " +
                                            (known.empty() ? "none" : known) + ")");
    }
    return poseFromBookmark(*bookmark, *terrain, *frame);
}

CameraPose LoadedScene::defaultPose() const
{
    if (!scenario.cameras.empty())
        return poseFromBookmark(scenario.cameras.front(), *terrain, *frame);
    CameraBookmark overhead;
    overhead.eye_lat_deg = scenario.origin_lat_deg - 0.1;
    overhead.eye_lon_deg = scenario.origin_lon_deg;
    overhead.eye_height_m = 3000.0;
    overhead.target_lat_deg = scenario.origin_lat_deg;
    overhead.target_lon_deg = scenario.origin_lon_deg;
    return poseFromBookmark(overhead, *terrain, *frame);
}

std::unique_ptr<LoadedScene> loadScene(const SceneRequest& request)
{
    auto loaded = std::make_unique<LoadedScene>();
    loaded->scenario = request.scenario_path ? io::loadScenario(*request.scenario_path)
                                             : io::defaultScenario();
    const Scenario& scenario = loaded->scenario;
    UtcTime start_time = scenario.initial_time;
    if (request.time_iso)
        start_time = UtcTime::parseIso(*request.time_iso, "--time");
    if (start_time < scenario.timeline_start || scenario.timeline_end < start_time)
        throw LunarError("--time", start_time.toIso() + " is outside the scenario's timeline " +
                                       scenario.timeline_start.toIso() + " .. " +
                                       scenario.timeline_end.toIso());
    loaded->clock = std::make_unique<PlaybackClock>(scenario.timeline_start,
                                                    scenario.timeline_end, start_time);

    loaded->dem_path = resolveDemPath(request, scenario);
    const io::LunarDem dem = io::LunarDem::open(loaded->dem_path);
    loaded->frame = std::make_unique<EnuFrame>(scenario.origin());
    loaded->terrain = std::make_unique<TerrainGrid>(readFilledGrid(dem, request.shading_side));
    if (!loaded->terrain->contains({degToRad(scenario.origin_lat_deg),
                                    degToRad(scenario.origin_lon_deg)}))
        throw LunarError(scenario.file, "the base origin is outside the DEM " + loaded->dem_path);
    const TerrainGrid mesh_grid = readFilledGrid(dem, request.mesh_side);
    loaded->mesh_positions = mesh_grid.enuPositions(*loaded->frame);

    // Light: the scenario's fixed Sun, as a direction in the base ENU frame.
    loaded->sun_direction_enu = astro::enuDirectionFromAzEl(degToRad(scenario.sun.azimuth_deg),
                                                            degToRad(scenario.sun.elevation_deg));
    const Vec3d moon_centre = loaded->frame->toEnu({0.0, 0.0, 0.0});
    const Raster<Vec3d> positions = loaded->terrain->enuPositions(*loaded->frame);
    loaded->shading.normals_enu = surfaceNormals(positions, moon_centre);
    {
        ProgressBar bar("terrain shadows", static_cast<std::size_t>(positions.height()));
        loaded->shading.sun_visible = sunVisibleFraction(
            positions, loaded->sun_direction_enu, moon_centre, {},
            [&bar](int rows_done) { bar.setDone(static_cast<std::size_t>(rows_done)); });
    }

    SceneInputs inputs;
    inputs.scenario = &loaded->scenario;
    inputs.terrain = loaded->terrain.get();
    inputs.frame = loaded->frame.get();
    inputs.mesh_positions = &loaded->mesh_positions;
    inputs.shading = &loaded->shading;
    inputs.light.sun_direction_enu = loaded->sun_direction_enu;
    const PlaybackClock* clock = loaded->clock.get();
    inputs.now = [clock] { return clock->now(); };
    loaded->root = buildScene(inputs);
    return loaded;
}

} // namespace lunar::scene
