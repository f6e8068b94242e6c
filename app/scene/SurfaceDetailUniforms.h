#pragma once
// The uniforms shaders/surface_detail.glsl reads, from terrain/SurfaceDetail (its reference),
// so the shader draws exactly the craters the tests check. Whether the detail is shown is
// the "detail" layer, set each frame by LayerSwitches.
#include "terrain/SurfaceDetail.h"

#include <osg/StateSet>

namespace lunar::scene {

// Puts the detail's uniforms on the terrain's state set.
void attachSurfaceDetail(osg::StateSet& terrain_state, const SurfaceDetailOptions& options);

} // namespace lunar::scene
