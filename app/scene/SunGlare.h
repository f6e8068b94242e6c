#pragma once
// The Sun's glare in the camera (shaders/sunglare.*), drawn over the picture after the
// terrain, globe and facilities. Each frame it first counts, with occlusion queries, how
// many of the solar disc's samples pass the depth test against how many the disc covers, and
// then adds the glare scaled by that visible share: a Sun behind the terrain gives none, a
// Sun half over the horizon half. The queries are waited for within the frame, so a frame's
// glare depends on that frame alone (films stay deterministic).
// A glare sprite, not a bloom of bright pixels: a post-process blur of the frame costs too
// much on software OpenGL (llvmpipe), and in these scenes only the Sun is that bright.
#include <osg/Node>

namespace lunar::scene {

osg::ref_ptr<osg::Node> buildSunGlare(float glare_radius_deg = 25.0f);

// The visible share of the disc (0..1) the glare node measured in the last frame it drew.
float sunVisibleShare(const osg::Node& glare);

} // namespace lunar::scene
