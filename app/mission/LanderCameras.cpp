#include "mission/LanderCameras.h"

#include "core/Angles.h"
#include "core/LunarError.h"

#include <cmath>

namespace lunar {

LanderCameraMode landerCameraModeNamed(const std::string& name)
{
    if (name == "ground")
        return LanderCameraMode::Ground;
    if (name == "chase")
        return LanderCameraMode::Chase;
    if (name == "follow")
        return LanderCameraMode::Follow;
    throw LunarError("--lander-camera", "\"" + name + "\" is not one of ground, chase, follow");
}

CameraPose landerCameraPose(const LanderFlight& flight, const EnuFrame& frame,
                            const TerrainStack& terrain, const UtcTime& now,
                            LanderCameraMode mode)
{
    const EnuFrame site(flight.site);
    const auto toBase = [&](const Vec3d& site_enu) { return frame.toEnu(site.toMoonFixed(site_enu)); };
    const double t = std::max(0.0, now.secondsSince(flight.start));
    const DescentState s = flight.trajectory->at(t);
    const Vec3d lander = toBase(s.position_enu_m + Vec3d{0, 0, 2.0}); // its middle
    CameraPose pose;
    pose.up_enu = frame.directionToEnu(site.directionToMoonFixed({0, 0, 1}));
    if (mode == LanderCameraMode::Ground) {
        // 250 m from the site, across the ground track, eye 6 m over the ground (a mast).
        const Vec3d track = s.velocity_enu_m_s.length() > 1.0
                                ? Vec3d{s.velocity_enu_m_s.x, s.velocity_enu_m_s.y, 0.0}.normalized()
                                : Vec3d{0, 1, 0};
        const Vec3d across{track.y, -track.x, 0.0};
        Vec3d eye_site = across * 250.0;
        const LatLonHeight eye_ll = site.selenographicFromEnu(eye_site);
        const double ground = terrain.heightAt({eye_ll.lat_rad, eye_ll.lon_rad});
        eye_site.z = (std::isnan(ground) ? flight.site.height_m : ground) - flight.site.height_m + 6.0;
        pose.eye_enu = toBase(eye_site);
        // Watch the lander once it is near and over the horizon; before that, the sky over
        // the landing spot where it will appear.
        const bool near = (s.position_enu_m - eye_site).length() < 20000.0 &&
                          s.position_enu_m.z > eye_site.z;
        pose.target_enu = near ? lander : toBase(Vec3d{0.0, 0.0, 60.0});
        pose.fov_y_deg = near && s.position_enu_m.z > 3000.0 ? 20.0 : 40.0;
    }
    else if (mode == LanderCameraMode::Chase) {
        const Vec3d v = s.velocity_enu_m_s.length() > 0.5 ? s.velocity_enu_m_s.normalized()
                                                          : Vec3d{0, 0, -1};
        pose.eye_enu = toBase(s.position_enu_m - v * 60.0 + Vec3d{0, 0, 15.0});
        pose.target_enu = lander;
        pose.fov_y_deg = 45.0;
    }
    else {
        pose.eye_enu = toBase(s.position_enu_m + Vec3d{60.0, -60.0, 25.0});
        pose.target_enu = lander;
        pose.fov_y_deg = 40.0;
    }
    return pose;
}

} // namespace lunar
