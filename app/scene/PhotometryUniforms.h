#pragma once
// The uniforms of shaders/photometry.glsl that do not change while the scene runs: the Hapke
// parameters (from terrain/HapkeReflectance, defined there once) and the gain that brings
// Hapke's I/F to the brightness the scene's exposure was chosen for. The model itself
// (photometricModel) follows the layers each frame (scene/LayerSwitches).
#include "terrain/HapkeReflectance.h"

#include <osg/StateSet>

namespace lunar::scene {

// Hapke I/F -> the terrain shader's reflectance. The exposure (LightSettings, 9) was chosen
// under Lunar-Lambert with a normal albedo of 0.12. At the standard geometry (i = 30, e = 0,
// g = 30 deg) the two models agree within 13 % (Hapke 0.095, Lunar-Lambert 0.109), but in the
// base's grazing light (i of 80..89 deg) the roughness shadowing S of theta-bar = 23.7 deg
// leaves Hapke's I/F at 0.3..0.8 of Lunar-Lambert's. With a gain of 1 the `core` view's mean
// luminance fell from 85 to 54 (of 255), `base` from 80 to 51; 2.0 gave 81 and 76. 2.15 keeps
// the core view as bright as under Lunar-Lambert (tests/render/PhotometryTest checks it).
constexpr float kHapkeSceneGain = 2.15f;

void attachPhotometryUniforms(osg::StateSet& state, const HapkeParameters& hapke = HapkeParameters{},
                              float gain = kHapkeSceneGain);

} // namespace lunar::scene
