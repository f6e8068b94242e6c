#pragma once
// Applies the layer choices that are not nodes of their own each frame: the terrain
// shading mode, photometric model, grid and surface detail (shader uniforms on the scene
// root) and the stars.
#include "mission/LayerVisibility.h"

#include <osg/Group>

#include <memory>

namespace lunar::scene {

// `stars`: the node to hide when stars are off (may be null); `height_range_m`: lowest and
// highest DEM heights, for the elevation colours.
void attachLayerSwitches(osg::Group& root, osg::Node* stars,
                         std::shared_ptr<const LayerVisibility> layers,
                         const osg::Vec2& height_range_m);

} // namespace lunar::scene
