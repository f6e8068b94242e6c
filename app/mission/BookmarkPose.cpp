#include "mission/BookmarkPose.h"

#include "core/Angles.h"

#include <cmath>

namespace lunar {

namespace {
Vec3d placePoint(double lat_deg, double lon_deg, double height_m, bool above_terrain,
                 const TerrainStack& terrain, const EnuFrame& frame, double exaggeration)
{
    const LatLon ll{degToRad(lat_deg), degToRad(lon_deg)};
    double ground_m = 0.0;
    if (above_terrain) {
        ground_m = terrain.heightAt(ll) * exaggeration;
        if (std::isnan(ground_m))
            ground_m = 0.0; // outside the DEM: heights count from the sphere
    }
    return frame.enuFromSelenographic({ll.lat_rad, ll.lon_rad, ground_m + height_m});
}
} // namespace

CameraPose poseFromBookmark(const CameraBookmark& b, const TerrainStack& terrain,
                            const EnuFrame& frame, double vertical_exaggeration)
{
    CameraPose pose;
    pose.eye_enu = placePoint(b.eye_lat_deg, b.eye_lon_deg, b.eye_height_m, b.above_terrain,
                              terrain, frame, vertical_exaggeration);
    pose.target_enu = placePoint(b.target_lat_deg, b.target_lon_deg, b.target_height_m,
                                 b.above_terrain, terrain, frame, vertical_exaggeration);
    pose.up_enu = (pose.eye_enu - frame.toEnu({0.0, 0.0, 0.0})).normalized();
    pose.fov_y_deg = b.fov_y_deg;
    return pose;
}

CameraBookmark bookmarkFromPose(const std::string& name, const CameraPose& pose,
                                const TerrainStack& terrain, const EnuFrame& frame,
                                double vertical_exaggeration)
{
    const auto place = [&](const Vec3d& enu, double& lat_deg, double& lon_deg, double& height_m) {
        const LatLonHeight p = frame.selenographicFromEnu(enu);
        lat_deg = radToDeg(p.lat_rad);
        lon_deg = radToDeg(p.lon_rad);
        const double ground_m = terrain.heightAt({p.lat_rad, p.lon_rad}) * vertical_exaggeration;
        height_m = p.height_m - (std::isnan(ground_m) ? 0.0 : ground_m);
    };
    CameraBookmark b;
    b.name = name;
    place(pose.eye_enu, b.eye_lat_deg, b.eye_lon_deg, b.eye_height_m);
    place(pose.target_enu, b.target_lat_deg, b.target_lon_deg, b.target_height_m);
    b.above_terrain = true;
    b.fov_y_deg = pose.fov_y_deg;
    return b;
}

} // namespace lunar
