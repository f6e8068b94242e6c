#pragma once
// A finest terrain tile's boulders (terrain/BoulderPlacement) as instanced rocks and their
// shadows: one texture holds the tile's instances (three RGBA32F texels each, layout in
// shaders/boulder_instance.glsl); each block of the tile is one rock draw and one shadow
// draw of that texture's range, and draws only its boulders wide enough to see from the
// eye (its largest first, cut at one pixel's width at its nearest point), so far blocks
// cost little. Their state (programs, blending, texture unit) is one BoulderStyle, made
// once per scene.
#include "mission/LayerVisibility.h"
#include "terrain/BoulderPlacement.h"

#include <osg/Geometry>
#include <osg/Group>
#include <osg/StateSet>

#include <atomic>
#include <memory>

namespace lunar::scene {

// What every tile's boulders share.
struct BoulderStyle {
    osg::ref_ptr<osg::StateSet> rocks;   // the rock program (its meshes' depth and culling)
    osg::ref_ptr<osg::StateSet> shadows; // the shadow program, multiplied over the terrain
    osg::ref_ptr<osg::Vec4Array> rock_vertices;      // unit spheres: coarse (w 0), fine (w 1)
    osg::ref_ptr<osg::DrawElementsUShort> coarse_rock; // indices of each, copied per block
    osg::ref_ptr<osg::DrawElementsUShort> fine_rock;
    osg::ref_ptr<osg::Vec4Array> shadow_vertices;    // one quad, (across, along) corners
    // The layers the panels chose: the "boulders" switch (null: always drawn).
    std::shared_ptr<const LayerVisibility> layers;
    const std::atomic<double>* vertical_exaggeration = nullptr; // for the blocks' bounds
};

BoulderStyle makeBoulderStyle();

// Texture unit of the instance texture.
constexpr int kBoulderDataUnit = 7;

// Puts on `node` (above every tile) the uniform the boulder shaders read for one screen
// pixel's angle, and a cull callback that sets it from each view as it is culled.
void attachBoulderViewUniform(osg::Node& node);

// Rocks handed to the GPU by every draw since the program started (each view counted; the
// shaders then drop those under half a pixel): for benchmarks.
long long boulderRocksSubmitted();

// The node of one tile's boulders, with its own origin at `origin_enu` (ENU metres);
// `release_data`: free the instance image once uploaded (one context draws the scene).
osg::ref_ptr<osg::Node> buildBoulderNode(const TileBoulders& tile, const Vec3d& origin_enu,
                                         const Vec3d& moon_centre_enu, int col0, int row0,
                                         const BoulderStyle& style, bool release_data);

} // namespace lunar::scene
