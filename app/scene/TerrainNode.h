#pragma once
// Terrain as an OSG subgraph: the mesh grid split into square tiles, each under its own
// double-precision transform with float vertices relative to the tile centre (no jitter at
// Moon scale), shaded per fragment from a float texture holding the ENU surface normal and
// the visible fraction of the Sun's disc.
#include "core/Vec3d.h"
#include "terrain/Raster.h"

#include <osg/Group>

namespace lunar::scene {

struct TerrainShading {
    Raster<Vec3d> normals_enu;   // unit normals in the base ENU frame
    Raster<float> sun_visible;   // 0..1 visible fraction of the solar disc
};

struct TerrainNodeOptions {
    int tile_quads = 64; // quads per tile side
};

// `positions_enu`: the mesh vertices (ENU metres). The shading rasters cover the same extent
// (any resolution).
osg::ref_ptr<osg::Group> buildTerrainNode(const Raster<Vec3d>& positions_enu,
                                          const TerrainShading& shading,
                                          const TerrainNodeOptions& options = {});

} // namespace lunar::scene
