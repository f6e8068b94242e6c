#pragma once
// A local East-North-Up frame tangent to the sphere at an origin. The renderer works in the
// ENU frame of the scenario's base origin, in double precision.
//
// At a pole "east" is undefined; the origin's longitude then fixes it (east = direction of
// increasing longitude along that meridian), so the frame stays well defined everywhere.
#include "core/LatLon.h"
#include "core/Vec3d.h"

namespace lunar {

class EnuFrame {
public:
    explicit EnuFrame(const LatLonHeight& origin);

    // Moon-fixed metres -> ENU metres relative to the origin, and back.
    Vec3d toEnu(const Vec3d& moon_fixed_m) const;
    Vec3d toMoonFixed(const Vec3d& enu_m) const;

    // Directions (no translation).
    Vec3d directionToEnu(const Vec3d& moon_fixed_dir) const;
    Vec3d directionToMoonFixed(const Vec3d& enu_dir) const;

    // Convenience: selenographic position -> ENU metres.
    Vec3d enuFromSelenographic(const LatLonHeight& position) const;
    LatLonHeight selenographicFromEnu(const Vec3d& enu_m) const;

    const LatLonHeight& origin() const { return origin_; }
    const Vec3d& originMoonFixed() const { return origin_moon_fixed_m_; }

private:
    LatLonHeight origin_;
    Vec3d origin_moon_fixed_m_;
    Vec3d east_, north_, up_;
};

} // namespace lunar
