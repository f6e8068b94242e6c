#pragma once
// Shadows of the facilities on the ground and on each other, for the low Sun: a depth-only
// pre-render camera looks along the sunlight at the base's facilities (an orthographic box
// around them, following the Sun each frame) into a depth texture; the terrain and facility
// shaders compare against it (3 x 3 filtered). Terrain shadows come from the horizon maps;
// this adds what the DEM cannot know about.
#include "scene/SceneLight.h"

#include <osg/Camera>
#include <osg/StateSet>

namespace lunar::scene {

struct FacilityShadowOptions {
    int map_size_px = 2048;
    double radius_m = 1500.0; // half-width of the shadowed area around the base origin
};

// Builds the depth camera over `facilities` (add it to the scene root) and adds the shadow
// texture and matrix to `receivers` (the state set of what draws the terrain and the
// facilities in the main view; not an ancestor of the camera).
osg::ref_ptr<osg::Camera> buildFacilityShadowCamera(osg::Node* facilities, const SceneLight& light,
                                                    osg::StateSet* receivers,
                                                    const FacilityShadowOptions& options = {});

} // namespace lunar::scene
