#pragma once
// Terrain as an OSG subgraph: a mesh grid split into square tiles, each under its own
// double-precision transform with float vertices relative to the tile centre (no jitter at
// Moon scale), shaded per fragment from a float texture holding the layer's ENU surface
// normal and the visible fraction of the Sun's disc.
#include "core/Vec3d.h"
#include "terrain/TerrainLayer.h"

#include <osg/Group>

#include <optional>

namespace lunar::scene {

struct QuadRange {
    int col0 = 0, col1 = 0, row0 = 0, row1 = 0; // quads [col0, col1) x [row0, row1)
    bool contains(int col, int row) const
    {
        return col >= col0 && col < col1 && row >= row0 && row < row1;
    }
};

struct TerrainNodeOptions {
    int tile_quads = 64;              // quads per tile side
    std::optional<QuadRange> hole;    // quads left out (where the detail patch goes)
    double skirt_depth_m = 0.0;       // > 0: hang skirts this deep from the mesh's outer edge
    Vec3d moon_centre_enu;            // for the skirts' "down"
};

// `mesh_positions`: the mesh vertices (ENU metres), covering the same extent as `shading`
// (any resolution).
osg::ref_ptr<osg::Group> buildTerrainNode(const Raster<Vec3d>& mesh_positions,
                                          const TerrainLayer& shading,
                                          const TerrainNodeOptions& options = {});

} // namespace lunar::scene
