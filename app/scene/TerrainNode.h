#pragma once
// Terrain as an OSG subgraph: a mesh grid split into square tiles, each under its own
// double-precision transform with float vertices relative to the tile centre (no jitter at
// Moon scale), shaded per fragment from a float texture holding the layer's ENU surface
// normal; shadows come from the scene's horizon maps, looked up by each vertex's DEM pixel.
#include "core/Vec3d.h"
#include "terrain/TerrainLayer.h"

#include <osg/Group>
#include <osg/Program>

#include <atomic>


namespace lunar::scene {

struct TerrainNodeOptions {
    int tile_quads = 64;              // quads per tile side
    double skirt_depth_m = 0.0;       // > 0: hang skirts this deep from the mesh's outer edge
    Vec3d moon_centre_enu;            // for the skirts' "down"
    bool set_program = true;          // false when a parent state set holds the program
    // 0: mesh and shading rasters cover the same extent (pixel-centre sampling each);
    // > 0: mesh vertex i lies on shading texel centre i * texels_per_quad (LOD tiles, whose
    // shading is this many times finer than their mesh).
    int texels_per_quad = 0;
    // DEM pixel-centre coordinates of mesh vertex (0, 0) and between neighbours: where the
    // shader looks up the horizon maps.
    double dem_pixel_col0 = 0.0, dem_pixel_row0 = 0.0, dem_pixel_step = 1.0;
    // Vertical exaggeration the bounds must allow for (the shader applies the factor).
    const std::atomic<double>* vertical_exaggeration = nullptr;
    // Free the shading image once uploaded. Only where one context draws the scene for its
    // whole life: a later context (tests, snapshots after a view) would find no image.
    bool release_shading_image = false;
};

// Vertex attribute slot of each vertex's height above the sphere (metres): the terrain
// shader moves vertices along their local up by height * (exaggeration - 1).
constexpr unsigned kHeightAttribute = 6;
// Vertex attribute slot of each vertex's DEM pixel-centre coordinates (col, row).
constexpr unsigned kDemPixelAttribute = 7;

// The terrain shader program with its vertex attributes bound.
osg::ref_ptr<osg::Program> terrainProgram();

// `mesh_positions`: the mesh vertices (ENU metres), covering the same extent as `shading`
// (any resolution).
osg::ref_ptr<osg::Group> buildTerrainNode(const Raster<Vec3d>& mesh_positions,
                                          const TerrainLayer& shading,
                                          const TerrainNodeOptions& options = {});

} // namespace lunar::scene
