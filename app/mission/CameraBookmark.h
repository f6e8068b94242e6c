#pragma once
// A named camera: where the eye is and what it looks at, as selenographic positions.
// Heights are above the terrain at that point when `above_terrain`, else above the sphere.
#include <string>

namespace lunar {

struct CameraBookmark {
    std::string name;
    double eye_lat_deg = 0.0;
    double eye_lon_deg = 0.0;
    double eye_height_m = 1000.0;
    double target_lat_deg = 0.0;
    double target_lon_deg = 0.0;
    double target_height_m = 0.0;
    bool above_terrain = true;
    double fov_y_deg = 40.0;
};

} // namespace lunar
