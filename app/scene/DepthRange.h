#pragma once
// The depth range of the cameras that look at the surface. OSG computes near and far planes
// from what each frame draws, then keeps near at least far times a ratio (0.0005 by default):
// seen along the ground, mountains 70 km away put the near plane 35 m out and clip a
// facility filmed from 20 m. A ratio of 2e-5 keeps near at 1.4 m there; with a 24-bit depth
// buffer the depth step is still under 10 cm at 1 km and a few metres at 10 km, where no two
// surfaces lie that close.
#include <osg/Camera>

namespace lunar::scene {

constexpr double kSurfaceNearFarRatio = 2.0e-5;

void useSurfaceDepthRange(osg::Camera& camera);

} // namespace lunar::scene
