#include "site/SiteModel.h"

#include "core/LunarError.h"
#include "core/NameList.h"
#include "mission/BookmarkPose.h"

#include <cmath>

namespace lunar::site {

CameraPose SiteModel::pose(const std::string& camera_name) const
{
    const CameraBookmark* bookmark = scenario.findCamera(camera_name);
    if (!bookmark) {
        const std::string known = joinedNames(scenario.cameras, [](const CameraBookmark& c) { return c.name; });
        throw LunarError(scenario.file, "has no camera \"" + camera_name + "\" (cameras: " +
                                            (known.empty() ? "none" : known) + ")");
    }
    return poseFromBookmark(*bookmark, terrain, *frame, vertical_exaggeration);
}

CameraPose SiteModel::defaultPose() const
{
    if (!scenario.cameras.empty())
        return poseFromBookmark(scenario.cameras.front(), terrain, *frame, vertical_exaggeration);
    CameraBookmark overhead;
    overhead.eye_lat_deg = scenario.origin_lat_deg - 0.1;
    overhead.eye_lon_deg = scenario.origin_lon_deg;
    overhead.eye_height_m = 3000.0;
    overhead.target_lat_deg = scenario.origin_lat_deg;
    overhead.target_lon_deg = scenario.origin_lon_deg;
    return poseFromBookmark(overhead, terrain, *frame, vertical_exaggeration);
}

Film SiteModel::film(const std::string& path_name) const
{
    return filmFor(scenario.cameraPath(path_name), terrain, *frame, lander_flights,
                   vertical_exaggeration);
}

const LanderFlight& SiteModel::landerFlight(const std::string& mission_id) const
{
    for (const LanderFlight& f : lander_flights)
        if (f.mission_id == mission_id)
            return f;
    const std::string known = joinedNames(lander_flights, [](const LanderFlight& f) { return f.mission_id; });
    throw LunarError("--lander", "no mission \"" + mission_id + "\" lands on the terrain (" +
                                     known + ")");
}

void SiteModel::setModelExaggeration(double factor)
{
    if (!(factor >= 1.0 && factor <= 10.0))
        throw LunarError("--exaggeration", std::to_string(factor) + " is outside 1..10");
    vertical_exaggeration = factor;
}

} // namespace lunar::site
