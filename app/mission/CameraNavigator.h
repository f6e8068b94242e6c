#pragma once
// How the viewer's camera moves, as pure state and commands (the OSG manipulator only maps
// mouse and keys onto them):
// - Orbit: around a target on the ground (azimuth, elevation, distance), as in Google Earth
//   or Blender; panning slides the target over the terrain.
// - Fly: free flight along the view direction, faster the higher above the ground.
// - Walk: on the surface at eye height (1.7 m), the eye following the terrain.
// The eye never goes below the ground. Changing mode, or going to a bookmark, is a smooth
// CameraFlight. Directions are kept in the local frame at the eye (up: away from the
// Moon's centre; north: the base frame's north laid into the local horizontal), so they
// stay continuous across the site, pole included.
#include "core/EnuFrame.h"
#include "mission/CameraFlight.h"
#include "mission/CameraPose.h"
#include "mission/FacilityPlacement.h"

#include <optional>
#include <string>

namespace lunar {

enum class NavigationMode { Orbit, Fly, Walk };
const char* navigationModeName(NavigationMode mode);
// The mode of a name ("orbit", "fly", "walk"); false if unknown.
bool navigationModeNamed(const std::string& name, NavigationMode& out);

class CameraNavigator {
public:
    static constexpr double kEyeHeight_m = 1.7;    // walking: eyes above the ground
    static constexpr double kClearance_m = 2.0;    // orbit and fly stay this far above it
    static constexpr double kMinDistance_m = 5.0;  // orbit: closest to the target
    static constexpr double kMaxDistance_m = 4.0e6; // orbit: the whole Moon in view

    // `ground`: terrain height above the sphere at a point (as drawn: exaggerated where the
    // view exaggerates; NaN outside the DEM counts as the sphere).
    CameraNavigator(const EnuFrame& frame, GroundHeight ground);

    // The mode, or the one a flight under way ends in.
    NavigationMode mode() const { return flight_ ? mode_after_flight_ : mode_; }
    // Switches mode with a smooth flight: orbit takes the ground point looked at as its
    // target; walk lands where the view meets the ground, facing the same way.
    void setMode(NavigationMode mode);

    // Puts the camera at a pose at once (keeping the mode; walking, it drops to the ground).
    void setPose(const CameraPose& pose);
    CameraPose pose() const;
    // Flies to a pose (a bookmark): orbit mode around its target, unless walking.
    void flyTo(const CameraPose& pose);
    bool flying() const { return flight_.has_value(); }
    // Advances a flight under way by a wall-clock interval.
    void advance(double wall_seconds);

    // Orbit: turn around the target, move toward/away from it (distance x factor), slide it.
    void orbit(double d_azimuth_rad, double d_elevation_rad);
    void dolly(double factor);
    void pan(double right_m, double forward_m);
    // Fly and walk: turn the view (yaw right, pitch up), and move in view-relative metres.
    void look(double d_yaw_rad, double d_pitch_rad);
    void move(double forward_m, double right_m, double up_m);

    double heightAboveGround_m() const;
    // A comfortable speed for flying and walking here (m/s).
    double travelSpeed_mps() const;
    double orbitDistance_m() const { return distance_m_; }
    const Vec3d& orbitTarget() const { return target_; }

    // Where a ray from `origin` along `direction` first meets the ground, within `max_m`.
    std::optional<Vec3d> groundHit(const Vec3d& origin, const Vec3d& direction,
                                   double max_m = 60000.0) const;
    // The ground point under (or over) a position.
    Vec3d groundBelow(const Vec3d& position_enu) const;

private:
    struct LocalFrame {
        Vec3d east, north, up;
    };
    LocalFrame localFrameAt(const Vec3d& p) const;
    Vec3d viewDirection() const; // from yaw/pitch at the eye
    void placeEyeFromOrbit();
    void keepAboveGround();
    void setDirection(const Vec3d& direction);
    double groundHeightAt(const Vec3d& p) const;

    const EnuFrame& frame_;
    GroundHeight ground_;
    Vec3d moon_centre_enu_;
    NavigationMode mode_ = NavigationMode::Orbit;
    Vec3d eye_;
    double yaw_rad_ = 0.0;   // view azimuth, clockwise from local north
    double pitch_rad_ = 0.0; // view elevation above the local horizontal
    Vec3d target_;           // orbit
    double distance_m_ = 1000.0;
    double fov_y_deg_ = 40.0;
    std::optional<CameraFlight> flight_;
    NavigationMode mode_after_flight_ = NavigationMode::Orbit;
};

} // namespace lunar
