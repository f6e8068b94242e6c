#pragma once
// Terrain of any size as an OSG PagedLOD quadtree (chunked LOD): each tile is a fixed grid
// with skirts, read from the DEM (its overviews for coarse tiles) and shaded on the
// DatabasePager's threads when the camera comes close enough; finer tiles replace it when
// its geometric error would exceed ~2 px on screen. The pager expires tiles out of view,
// which bounds the memory used. Tiles are produced by a pseudo-loader: the pager asks for
// "<terrain id>/<level>_<x>_<y>.lunartile" and our ReaderWriter builds it.
#include "core/EnuFrame.h"
#include "io/DemTileReader.h"
#include "scene/BoulderNodes.h"
#include "terrain/TerrainLayer.h"
#include "terrain/TileBoundsEstimator.h"
#include "terrain/TilePyramid.h"

#include <osg/Node>
#include <osgViewer/Viewer>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace lunar::scene {

struct PagedTerrainOptions {
    int tile_quads = 64;         // quads per tile side
    double max_error_px = 2.0;   // screen-space error allowed before refining
    double slope = 0.5;          // steepest typical slope, for the per-level error bound
    // Terrain triangles one view may draw: above it, the view's LOD scale coarsens the
    // selection (terrain/TileBudget) so the error grows instead of the triangles. 0: none.
    std::size_t max_triangles_drawn = 1250000;
    // Free each tile's shading image (257² half-float pairs, 258 KB) once it is uploaded:
    // only where one context draws the scene for its whole life (see TerrainNodeOptions).
    bool release_tile_images = false;
};

// Everything tile building needs; shared, read-only, by the pager threads.
struct PagedTerrainSource {
    PagedTerrainSource(const io::LunarDem& dem, const io::DemOpenOptions& open_options,
                       const EnuFrame& frame, const TerrainLayer& coarse,
                       const PagedTerrainOptions& options);

    TilePyramid pyramid;
    io::DemTileReader reader;
    std::shared_ptr<const MapProjection> projection;
    EnuFrame frame;
    const TerrainLayer& coarse; // whole-DEM overview: tile bounds
    double dem_pixel_m;
    PagedTerrainOptions options;
    TileBoundsEstimator bounds;
    std::atomic<double> vertical_exaggeration{1.0}; // what tile bounds allow for
    // Boulders on the finest tiles (terrain/BoulderField): whether this DEM has them (not on
    // DEMs coarser than kCoarsestBoulderDem_m), their law, and how they are drawn
    // (buildPagedTerrain makes the style; set `layers` before it, for the layer switch).
    bool has_boulders = false;
    BoulderFieldOptions boulder_options;
    std::shared_ptr<const LayerVisibility> layers;
    BoulderStyle boulder_style;

    // The bounds of a tile, estimated once and kept: the pager's threads and the per-view
    // budget ask for the same tiles again and again.
    TileBounds boundsOf(const TileKey& key) const;

private:
    mutable std::mutex bounds_mutex_;
    mutable std::unordered_map<std::uint64_t, TileBounds> bounds_cache_;
};

// The root of the paged terrain. `source` must outlive the returned node's use (the scene
// keeps it alive through LoadedScene).
osg::ref_ptr<osg::Node> buildPagedTerrain(const std::shared_ptr<PagedTerrainSource>& source);

// Sets up a viewer's DatabasePager for the paged terrain: the number of tile groups kept
// loaded (the tile cache's bound; older ones out of view are expired) and its threads.
void configurePager(osgViewer::Viewer& viewer);

// Name of a tile's geometry node: "tile <level>/<x>/<y>".
std::string tileName(const TileKey& key);

// Builds one tile (with its PagedLOD for its children unless it is at the finest level).
// Exposed for tests; returns null for a tile wholly outside the DEM or in nodata.
osg::ref_ptr<osg::Node> buildTerrainTile(const PagedTerrainSource& source, const TileKey& key);

} // namespace lunar::scene
