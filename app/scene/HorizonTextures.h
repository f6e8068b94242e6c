#pragma once
// The scene's horizon maps on the GPU: one 3-D texture per map (a slice per direction,
// signed 16-bit normalised: hundredths of a degree / 32767), and the uniforms that take a
// vertex's DEM pixel to each map's texture coordinates. The terrain shader reads the horizon
// toward the Sun's (and the Earth's) grid angle, filtered between the two nearest slices,
// and draws the visible part of the disc.
#include "terrain/HorizonMap.h"

#include <osg/StateSet>

namespace lunar::scene {

// Degrees per unit of a horizon texel as the shader reads it: GL_R16_SNORM gives the stored
// step count / 32767. The shaders get this value from here (scene/ShaderLibrary defines it
// for shaders/common.glsl), so the two sides cannot drift apart.
constexpr double kHorizonTexelDegPerUnit = 32767.0 * kHorizonDegPerStep;

// `detail` may be null. `dem_geo`: the DEM's geotransform (what vertex DEM pixels refer to).
// The textures read the maps' memory directly: the maps must outlive the state set.
void attachHorizonMaps(osg::StateSet* state, const HorizonMap& coarse, const HorizonMap* detail,
                       const GeoTransform& dem_geo);

// Gives `to` the horizon textures and uniforms attachHorizonMaps put on `from` (the same
// texture objects: nothing is copied to the GPU twice), for other shaders that shadow by them.
void shareHorizonMaps(const osg::StateSet& from, osg::StateSet* to);

} // namespace lunar::scene
