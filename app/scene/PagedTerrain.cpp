#include "scene/PagedTerrain.h"

#include "core/SelenographicFrame.h"
#include "scene/ShaderLibrary.h"
#include "scene/SurfaceDetailUniforms.h"
#include "scene/TerrainNode.h"
#include "scene/TileBudgetCallback.h"
#include "terrain/RasterCrop.h"
#include "terrain/SurfaceNormals.h"
#include "terrain/TileBudget.h"
#include "terrain/TileSelection.h"

#include <osg/PagedLOD>
#include <osgDB/DatabasePager>
#include <osgDB/FileNameUtils>
#include <osgDB/ReaderWriter>
#include <osgDB/Registry>

#include <cmath>
#include <cstdio>
#include <map>
#include <mutex>

namespace lunar::scene {

namespace {

// Sources by id, so the pseudo-loader (which only gets a file name) can find them.
std::mutex g_sources_mutex;
std::map<std::string, std::weak_ptr<PagedTerrainSource>> g_sources;

std::string registerSource(const std::shared_ptr<PagedTerrainSource>& source)
{
    std::lock_guard<std::mutex> lock(g_sources_mutex);
    char id[32];
    std::snprintf(id, sizeof id, "terrain%zu", g_sources.size());
    g_sources[id] = source;
    return id;
}

std::shared_ptr<PagedTerrainSource> findSource(const std::string& id)
{
    std::lock_guard<std::mutex> lock(g_sources_mutex);
    const auto found = g_sources.find(id);
    return found == g_sources.end() ? nullptr : found->second.lock();
}

std::string idOf(const PagedTerrainSource& source)
{
    std::lock_guard<std::mutex> lock(g_sources_mutex);
    for (const auto& [id, weak] : g_sources)
        if (const auto shared = weak.lock(); shared.get() == &source)
            return id;
    return "";
}

} // namespace

std::string tileName(const TileKey& key)
{
    return "tile " + std::to_string(key.level) + "/" + std::to_string(key.x) + "/" +
           std::to_string(key.y);
}

namespace {

// Shading texels per mesh quad on LOD tiles.
constexpr int kShadingTexelsPerQuad = 4;

std::string childrenFile(const std::string& id, const TileKey& key)
{
    return id + "/" + std::to_string(key.level) + "_" + std::to_string(key.x) + "_" +
           std::to_string(key.y) + ".lunartile";
}

// The DatabasePager's pseudo-loader: "<id>/<level>_<x>_<y>.lunartile" -> a group holding
// the four children of that tile.
class LunarTileReaderWriter : public osgDB::ReaderWriter {
public:
    LunarTileReaderWriter() { supportsExtension("lunartile", "lunarviz terrain tile"); }
    const char* className() const override { return "lunarviz terrain tiles"; }

    ReadResult readNode(const std::string& file, const Options*) const override
    {
        if (osgDB::getLowerCaseFileExtension(file) != "lunartile")
            return ReadResult::FILE_NOT_HANDLED;
        const auto slash = file.rfind('/');
        TileKey parent;
        if (slash == std::string::npos ||
            std::sscanf(file.c_str() + slash + 1, "%d_%d_%d", &parent.level, &parent.x,
                        &parent.y) != 3)
            return ReadResult::FILE_NOT_FOUND;
        const auto source = findSource(file.substr(0, slash));
        if (!source)
            return ReadResult::FILE_NOT_FOUND;
        osg::ref_ptr<osg::Group> children = new osg::Group;
        try {
            for (const TileKey& child : source->pyramid.children(parent))
                if (osg::ref_ptr<osg::Node> tile = buildTerrainTile(*source, child))
                    children->addChild(tile);
        }
        catch (const std::exception& e) {
            return ReadResult(std::string("lunarviz tile ") + file + ": " + e.what());
        }
        return children.release();
    }
};

void registerReaderWriter()
{
    static std::once_flag once;
    std::call_once(once, [] {
        osgDB::Registry::instance()->addReaderWriter(new LunarTileReaderWriter);
    });
}

} // namespace

namespace {
// The DEM's pixel size in metres, measured on the sphere at the DEM's centre.
double demPixelMetres(const io::LunarDem& dem)
{
    const GeoTransform& g = dem.geoTransform();
    const double cx = dem.width() / 2.0, cy = dem.height() / 2.0;
    const LatLon a = dem.projection()->toLatLon(g.mapFromPixel(cx, cy));
    const LatLon b = dem.projection()->toLatLon(g.mapFromPixel(cx + 1.0, cy));
    return sphereChord_m(a, b);
}
} // namespace

PagedTerrainSource::PagedTerrainSource(const io::LunarDem& dem,
                                       const io::DemOpenOptions& open_options,
                                       const EnuFrame& frame_, const TerrainLayer& coarse_,
                                       const PagedTerrainOptions& options_)
    : pyramid(dem.width(), dem.height(), {options_.tile_quads}),
      reader(dem.path(), open_options, dem.width(), dem.height()),
      projection(dem.projection()), frame(frame_), coarse(coarse_),
      dem_pixel_m(demPixelMetres(dem)), options(options_),
      bounds(pyramid, coarse.grid, frame, dem_pixel_m, options.slope)
{
    has_boulders = boulderOptionsForDem(dem_pixel_m, boulder_options);
}

TileBounds PagedTerrainSource::boundsOf(const TileKey& key) const
{
    {
        std::lock_guard<std::mutex> lock(bounds_mutex_);
        if (const auto found = bounds_cache_.find(key.hash()); found != bounds_cache_.end())
            return found->second;
    }
    const TileBounds estimated = bounds(key);
    std::lock_guard<std::mutex> lock(bounds_mutex_);
    bounds_cache_.emplace(key.hash(), estimated);
    return estimated;
}

namespace {

// Side of a tile's boulder blocks, in blocks: each draws only what its nearest point shows.
constexpr int kBoulderBlocksPerSide = 4;

// A finest tile's boulders, on the mesh it draws (`bordered`: its grid and a ring round it).
void addBoulders(const PagedTerrainSource& source, const TileWindow& window,
                 const TerrainLayer& bordered, int border, osg::Group& tile)
{
    BoulderGround ground;
    ground.positions_enu = &bordered.positions_enu;
    ground.normals_enu = &bordered.normals_enu;
    ground.col0 = static_cast<int>(window.col0);
    ground.row0 = static_cast<int>(window.row0);
    ground.border = border;
    ground.moon_centre_enu = source.frame.toEnu({0.0, 0.0, 0.0});
    const TileBoulders boulders =
        placeTileBoulders(source.boulder_options, ground, window.vertex_cols - 1,
                          window.vertex_rows - 1, kBoulderBlocksPerSide);
    const Vec3d origin = bordered.positions_enu.at(border + (window.vertex_cols - 1) / 2,
                                                   border + (window.vertex_rows - 1) / 2);
    if (osg::ref_ptr<osg::Node> node =
            buildBoulderNode(boulders, origin, ground.moon_centre_enu, ground.col0, ground.row0,
                             source.boulder_style, source.options.release_tile_images))
        tile.addChild(node);
}

} // namespace

osg::ref_ptr<osg::Node> buildTerrainTile(const PagedTerrainSource& source, const TileKey& key)
{
    const TileWindow window = source.pyramid.window(key);
    if (window.empty())
        return nullptr;
    // Shading is sampled `sub` times finer than the mesh (down to the DEM's own pixels): the
    // geometric error allows coarse geometry long before the eye accepts coarse lighting.
    const int sub = std::max(1, std::min(kShadingTexelsPerQuad, static_cast<int>(window.step_px)));
    constexpr int kBorder = 1; // extra ring of samples so edge normals match the neighbour's
    Raster<float> heights = source.reader.read(source.pyramid, key, sub, kBorder);
    for (float h : heights.samples())
        if (std::isnan(h))
            return nullptr; // a tile wholly in nodata: nothing to draw
    const TerrainLayer bordered =
        buildTerrainLayer(TerrainGrid(std::move(heights), source.projection), source.frame);
    const int texels_x = (window.vertex_cols - 1) * sub + 1;
    const int texels_y = (window.vertex_rows - 1) * sub + 1;
    TerrainLayer layer{bordered.grid, {}, {}, {}};
    layer.normals_enu = cropped(bordered.normals_enu, {kBorder, kBorder, texels_x, texels_y});
    Raster<Vec3d> mesh(window.vertex_cols, window.vertex_rows);
    for (int j = 0; j < mesh.height(); ++j)
        for (int i = 0; i < mesh.width(); ++i)
            mesh.at(i, j) = bordered.positions_enu.at(kBorder + i * sub, kBorder + j * sub);

    const TileBounds bounds = source.boundsOf(key);
    TerrainNodeOptions options;
    options.tile_quads = source.pyramid.tileQuads();
    options.moon_centre_enu = source.frame.toEnu({0.0, 0.0, 0.0});
    // Skirts deeper than the largest step between this level and a neighbour one finer.
    options.skirt_depth_m =
        std::max(5.0, 4.0 * bounds.geometric_error_m + 2.0 * source.dem_pixel_m);
    options.set_program = false;
    options.vertical_exaggeration = &source.vertical_exaggeration;
    options.texels_per_quad = sub;
    options.release_shading_image = source.options.release_tile_images;
    options.dem_pixel_col0 = window.col0;
    options.dem_pixel_row0 = window.row0;
    options.dem_pixel_step = window.step_px;
    osg::ref_ptr<osg::Group> geometry = buildTerrainNode(mesh, layer, options);
    geometry->setName(tileName(key));
    if (source.has_boulders && window.step_px == 1.0)
        addBoulders(source, window, bordered, kBorder, *geometry);
    if (key.level >= source.pyramid.maxLevel() || bounds.geometric_error_m <= 0.0)
        return geometry;

    // Refine when the tile's error would cover more than max_error_px on screen. OSG measures
    // the bounding sphere's diameter in pixels (CullStack::pixelSize), so the switch is set on
    // that diameter (set on the radius, as it once was, the error allowed was half of it).
    const std::string id = idOf(source);
    osg::ref_ptr<osg::PagedLOD> lod = new osg::PagedLOD;
    lod->setCenterMode(osg::LOD::USER_DEFINED_CENTER);
    lod->setCenter(osg::Vec3d(bounds.centre_enu.x, bounds.centre_enu.y, bounds.centre_enu.z));
    lod->setRadius(static_cast<float>(bounds.radius_m));
    lod->setRangeMode(osg::LOD::PIXEL_SIZE_ON_SCREEN);
    const auto switch_px =
        static_cast<float>(refinePixelSize(bounds, source.options.max_error_px));
    lod->addChild(geometry, 0.0f, switch_px);
    lod->setFileName(1, childrenFile(id, key));
    lod->setRange(1, switch_px, 1.0e9f);
    return lod;
}

void configurePager(osgViewer::Viewer& viewer)
{
    osgDB::DatabasePager* pager = viewer.getDatabasePager();
    if (!pager)
        return;
    // ~100 PagedLODs hold ~400 tiles: about three times what one 1080p view draws, so
    // turning around does not reload everything, while memory stays bounded.
    pager->setTargetMaximumNumberOfPageLOD(100);
    // The pager sets every paged texture to keep its image unless told not to change it:
    // each tile's texture says itself (PagedTerrainOptions::release_tile_images).
    pager->setUnrefImageDataAfterApplyPolicy(false, false);
}

osg::ref_ptr<osg::Node> buildPagedTerrain(const std::shared_ptr<PagedTerrainSource>& source)
{
    registerReaderWriter();
    registerSource(source);
    osg::ref_ptr<osg::Group> root = new osg::Group;
    root->setName("paged terrain");
    root->getOrCreateStateSet()->setAttributeAndModes(terrainProgram());
    if (source->has_boulders) {
        source->boulder_style = makeBoulderStyle();
        source->boulder_style.layers = source->layers;
        source->boulder_style.vertical_exaggeration = &source->vertical_exaggeration;
        attachBoulderViewUniform(*root);
    }
    if (source->options.max_triangles_drawn > 0)
        root->setCullCallback(tileBudgetCallback(source));
    SurfaceDetailOptions detail;
    detail.dem_pixel_m = source->dem_pixel_m;
    attachSurfaceDetail(*root->getOrCreateStateSet(), detail);
    if (osg::ref_ptr<osg::Node> tile = buildTerrainTile(*source, {0, 0, 0}))
        root->addChild(tile);
    return root;
}

} // namespace lunar::scene
