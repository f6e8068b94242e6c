#include "mission/Film.h"

#include "core/LunarError.h"
#include "core/NameList.h"
#include "mission/BookmarkPose.h"
#include "mission/CameraNavigator.h"

#include <cmath>

namespace lunar {

namespace {
// A following key's pose: the lander's position then, plus the key's offsets.
CameraPose followingPose(const LanderFlight& flight, const CameraPathKeySpec& k,
                         const EnuFrame& frame, const UtcTime& now)
{
    const Vec3d lander = landerPoseAt(flight, frame, now).position_enu;
    // Offsets are east, north and up at the lander's own site: near the pole the base's
    // axes are turned by the difference in longitude (120 degrees for Chang'e-7).
    const EnuFrame site(flight.site);
    const auto toBase = [&](const Vec3d& offset_site) {
        return frame.directionToEnu(site.directionToMoonFixed(offset_site));
    };
    CameraPose p;
    p.eye_enu = lander + toBase(k.eye_offset_m);
    p.target_enu = lander + toBase(k.target_offset_m);
    p.fov_y_deg = k.view.fov_y_deg;
    return p;
}
} // namespace

Film filmFor(const CameraPathSpec& spec, const TerrainStack& terrain, const EnuFrame& frame,
             const std::vector<LanderFlight>& flights, double vertical_exaggeration)
{
    VideoTimeMap time(spec.name, spec.time);
    std::vector<CameraKey> keys;
    std::vector<std::pair<std::size_t, LanderFlight>> following;
    for (std::size_t i = 0; i < spec.keys.size(); ++i) {
        const CameraPathKeySpec& k = spec.keys[i];
        CameraKey key;
        key.video_s = k.video_s;
        if (k.follow.empty()) {
            key.pose = poseFromBookmark(k.view, terrain, frame, vertical_exaggeration);
        }
        else {
            const LanderFlight* flight = nullptr;
            for (const LanderFlight& f : flights)
                flight = f.mission_id == k.follow ? &f : flight;
            if (!flight) {
                const std::string known = joinedNames(flights, [](const LanderFlight& f) { return f.mission_id; });
                throw LunarError(spec.name, "key " + std::to_string(i) + " follows \"" + k.follow +
                                                "\", which does not land on the terrain (those that do: " +
                                                (known.empty() ? "none" : known) + ")");
            }
            following.emplace_back(i, *flight);
            key.pose = followingPose(*flight, k, frame, time.at(k.video_s));
        }
        key.tension = k.tension;
        key.continuity = k.continuity;
        key.bias = k.bias;
        key.ease = k.ease;
        keys.push_back(key);
    }
    return Film{spec.title, CameraPath(spec.name, std::move(keys), frame.toEnu({0.0, 0.0, 0.0})),
                std::move(time), std::move(following), spec.keys};
}

CameraPose Film::poseAboveGround(double video_s, const EnuFrame& frame,
                                 const TerrainStack& terrain, double vertical_exaggeration) const
{
    CameraPose pose = poseAt(video_s, frame);
    const LatLonHeight eye = frame.selenographicFromEnu(pose.eye_enu);
    const double ground = terrain.heightAt({eye.lat_rad, eye.lon_rad});
    if (std::isfinite(ground)) {
        const double lowest = ground * vertical_exaggeration + CameraNavigator::kClearance_m;
        if (eye.height_m < lowest)
            pose.eye_enu = frame.enuFromSelenographic({eye.lat_rad, eye.lon_rad, lowest});
    }
    return pose;
}

CameraPose Film::poseAt(double video_s, const EnuFrame& frame) const
{
    if (following.empty())
        return path.poseAt(video_s);
    // Following keys are where their landers are at this moment, so the camera rides along.
    std::vector<CameraKey> keys = path.keys();
    const UtcTime now = time.at(video_s);
    for (const auto& [index, flight] : following)
        keys[index].pose = followingPose(flight, key_specs[index], frame, now);
    return CameraPath(path.name(), std::move(keys), frame.toEnu({0.0, 0.0, 0.0})).poseAt(video_s);
}

} // namespace lunar
