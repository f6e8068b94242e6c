#pragma once
// A view: where the eye is, what it looks at and which way is up, in the base ENU frame,
// with the vertical field of view. Pure: navigation, flights and bookmarks work on it.
#include "core/Vec3d.h"

namespace lunar {

struct CameraPose {
    Vec3d eye_enu;
    Vec3d target_enu;
    Vec3d up_enu{0.0, 0.0, 1.0};
    double fov_y_deg = 40.0;
};

} // namespace lunar
