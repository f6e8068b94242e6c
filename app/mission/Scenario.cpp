#include "mission/Scenario.h"

#include "core/NameList.h"
#include "core/Angles.h"
#include "core/LunarError.h"

namespace lunar {

LatLonHeight Scenario::origin() const
{
    return {degToRad(origin_lat_deg), degToRad(origin_lon_deg), 0.0};
}

const CameraBookmark* Scenario::findCamera(const std::string& camera_name) const
{
    for (const CameraBookmark& camera : cameras)
        if (camera.name == camera_name)
            return &camera;
    return nullptr;
}

std::vector<const Facility*> Scenario::facilitiesPresentAt(const UtcTime& time) const
{
    std::vector<const Facility*> present;
    for (const Facility& facility : facilities)
        if (!facility.arrival || !(time < *facility.arrival))
            present.push_back(&facility);
    return present;
}

const CameraPathSpec* Scenario::findCameraPath(const std::string& path_name) const
{
    for (const CameraPathSpec& p : camera_paths)
        if (p.name == path_name)
            return &p;
    return nullptr;
}

const CameraPathSpec& Scenario::cameraPath(const std::string& path_name) const
{
    if (const CameraPathSpec* p = findCameraPath(path_name))
        return *p;
    const std::string known = joinedNames(camera_paths, [](const CameraPathSpec& p) { return p.name; });
    throw LunarError(file, "has no camera path \"" + path_name + "\" (paths: " +
                               (known.empty() ? "none" : known) + ")");
}

const ProgrammePhaseSpan* Scenario::phaseAt(const UtcTime& time) const
{
    for (const ProgrammePhaseSpan& p : phases)
        if (!(time < p.start) && time < p.end)
            return &p;
    return nullptr;
}

} // namespace lunar
