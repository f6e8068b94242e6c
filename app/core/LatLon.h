#pragma once
// A selenographic (planetocentric) position: latitude, east longitude, height above the
// reference sphere. Angles in radians.

namespace lunar {

struct LatLon {
    double lat_rad = 0.0;
    double lon_rad = 0.0;
};

struct LatLonHeight {
    double lat_rad = 0.0;
    double lon_rad = 0.0;
    double height_m = 0.0;
};

} // namespace lunar
