#include "scene/TerrainNode.h"

#include "core/MoonBody.h"
#include "scene/HalfFloat.h"
#include "scene/ShaderLibrary.h"

#include <osg/Geode>
#include <osg/Geometry>
#include <osg/MatrixTransform>
#include <osg/Texture2D>

#include <algorithm>

#ifndef GL_RG
#define GL_RG 0x8227
#endif
#ifndef GL_RG16F
#define GL_RG16F 0x822F
#endif

namespace lunar::scene {

namespace {

osg::ref_ptr<osg::Texture2D> shadingTexture(const TerrainLayer& shading, bool release_image)
{
    const int w = shading.normals_enu.width(), h = shading.normals_enu.height();
    osg::ref_ptr<osg::Image> image = new osg::Image;
    // Half floats: 8-bit normals band visibly at a 1.5 deg Sun; 32-bit ones double the memory.
    // Only east and north are stored: terrain normals point up (z > 0), so the shader
    // rebuilds z, and tiles take half the memory of RGBA.
    image->allocateImage(w, h, 1, GL_RG, GL_HALF_FLOAT);
    image->setInternalTextureFormat(GL_RG16F);
    // Raster row 0 is the north edge; texture t = 0 is the bottom row, so flip rows.
    for (int row = 0; row < h; ++row) {
        auto* out = reinterpret_cast<std::uint16_t*>(image->data(0, h - 1 - row));
        for (int col = 0; col < w; ++col) {
            const Vec3d& n = shading.normals_enu.at(col, row);
            out[2 * col + 0] = halfFromFloat(static_cast<float>(n.x));
            out[2 * col + 1] = halfFromFloat(static_cast<float>(n.y));
        }
    }
    osg::ref_ptr<osg::Texture2D> texture = new osg::Texture2D(image);
    texture->setFilter(osg::Texture::MIN_FILTER, osg::Texture::LINEAR_MIPMAP_LINEAR);
    texture->setFilter(osg::Texture::MAG_FILTER, osg::Texture::LINEAR);
    texture->setWrap(osg::Texture::WRAP_S, osg::Texture::CLAMP_TO_EDGE);
    texture->setWrap(osg::Texture::WRAP_T, osg::Texture::CLAMP_TO_EDGE);
    texture->setResizeNonPowerOfTwoHint(false);
    // Kept by default: a scene may be drawn by several contexts, one after another (tests,
    // snapshots), and a texture whose image is gone cannot be uploaded to a new one.
    texture->setUnRefImageDataAfterApply(release_image);
    return texture;
}

// Bounds of the exaggerated surface, so culling keeps what the shader lifts into view.
class ExaggeratedBounds : public osg::Drawable::ComputeBoundingBoxCallback {
public:
    ExaggeratedBounds(const std::atomic<double>* factor, const Vec3d& centre_from_moon)
        : factor_(factor), centre_from_moon_(centre_from_moon)
    {
    }
    osg::BoundingBox computeBound(const osg::Drawable& drawable) const override
    {
        osg::BoundingBox box;
        const auto* geometry = drawable.asGeometry();
        const auto* vertices = dynamic_cast<const osg::Vec3Array*>(geometry->getVertexArray());
        const auto* heights =
            dynamic_cast<const osg::FloatArray*>(geometry->getVertexAttribArray(kHeightAttribute));
        if (!vertices || !heights)
            return box;
        const double lift = factor_->load() - 1.0;
        for (std::size_t i = 0; i < vertices->size(); ++i) {
            const osg::Vec3& v = (*vertices)[i];
            const Vec3d up = (centre_from_moon_ + Vec3d{v.x(), v.y(), v.z()}).normalized();
            const double rise = (*heights)[i] * lift;
            box.expandBy(v + osg::Vec3(static_cast<float>(up.x * rise), static_cast<float>(up.y * rise),
                                       static_cast<float>(up.z * rise)));
        }
        return box;
    }

private:
    const std::atomic<double>* factor_;
    Vec3d centre_from_moon_;
};

// A grid of cols x rows vertices as one triangle strip, row after row, joined by two
// repeated indices (zero-area triangles that draw nothing): 16-bit indices, about a third of
// a triangle list's count. The winding is the list's: (a, d, b), (b, d, e) per quad.
osg::ref_ptr<osg::DrawElementsUShort> gridStrip(int cols, int rows)
{
    osg::ref_ptr<osg::DrawElementsUShort> strip = new osg::DrawElementsUShort(GL_TRIANGLE_STRIP);
    strip->reserve(static_cast<std::size_t>((rows - 1) * (2 * cols + 2)));
    for (int r = 0; r + 1 < rows; ++r) {
        if (r > 0) { // join: the last index of the row before, the first of this one
            strip->push_back(strip->back());
            strip->push_back(static_cast<unsigned short>(r * cols));
        }
        for (int c = 0; c < cols; ++c) {
            strip->push_back(static_cast<unsigned short>(r * cols + c));
            strip->push_back(static_cast<unsigned short>((r + 1) * cols + c));
        }
    }
    return strip;
}

// Shading-map texture coordinates as a linear function of the DEM pixel coordinates the
// vertices carry (xy: scale, zw: offset), so vertices need no texture coordinates of their
// own. Mesh vertex i lies on shading texel centre i * texels_per_quad (or, with 0, both
// rasters sample the same extent at pixel centres); t = 0 is the bottom row (raster row 0 is
// the north edge).
osg::Vec4 shadingUvFromDemPixel(const TerrainNodeOptions& options, int mesh_cols, int mesh_rows,
                                int texels_x, int texels_y)
{
    const int t = options.texels_per_quad;
    const double per_vertex_u = t > 0 ? t / static_cast<double>(texels_x) : 1.0 / mesh_cols;
    const double per_vertex_v = t > 0 ? t / static_cast<double>(texels_y) : 1.0 / mesh_rows;
    const double u0 = 0.5 * (t > 0 ? 1.0 / texels_x : 1.0 / mesh_cols);
    const double v0 = 0.5 * (t > 0 ? 1.0 / texels_y : 1.0 / mesh_rows);
    // u = u0 + per_vertex_u * i, with i = (demPixel.x - col0) / step; v = 1 - (v0 + ...).
    const double su = per_vertex_u / options.dem_pixel_step;
    const double sv = per_vertex_v / options.dem_pixel_step;
    return osg::Vec4(static_cast<float>(su), static_cast<float>(-sv),
                     static_cast<float>(u0 - su * options.dem_pixel_col0),
                     static_cast<float>(1.0 - v0 + sv * options.dem_pixel_row0));
}

struct TileBuilder {
    const Raster<Vec3d>& positions;
    const TerrainNodeOptions& options;

    osg::ref_ptr<osg::Node> build(int col0, int row0, int col1, int row1) const
    {
        const int cols = col1 - col0 + 1, rows = row1 - row0 + 1;
        const Vec3d centre = positions.at((col0 + col1) / 2, (row0 + row1) / 2);
        osg::ref_ptr<osg::Vec3Array> vertices = new osg::Vec3Array;
        osg::ref_ptr<osg::FloatArray> heights = new osg::FloatArray;
        osg::ref_ptr<osg::Vec2Array> dem_pixels = new osg::Vec2Array;
        auto addVertex = [&](int col, int row, double drop_m) {
            Vec3d p = positions.at(col, row);
            if (drop_m > 0.0)
                p = p - (p - options.moon_centre_enu).normalized() * drop_m;
            // Each vertex, skirt ones included, carries its own height: exaggeration then
            // deepens skirts as much as it deepens the cracks they hide. (Its "up" the shader
            // rebuilds from its position.)
            heights->push_back(
                static_cast<float>((p - options.moon_centre_enu).length() - moon::kRadius_m));
            dem_pixels->push_back(
                osg::Vec2(static_cast<float>(options.dem_pixel_col0 + col * options.dem_pixel_step),
                          static_cast<float>(options.dem_pixel_row0 + row * options.dem_pixel_step)));
            p = p - centre;
            vertices->push_back(osg::Vec3(static_cast<float>(p.x), static_cast<float>(p.y),
                                          static_cast<float>(p.z)));
            return static_cast<unsigned>(vertices->size() - 1);
        };
        for (int row = row0; row <= row1; ++row)
            for (int col = col0; col <= col1; ++col)
                addVertex(col, row, 0.0);
        if (cols < 2 || rows < 2)
            return nullptr;

        osg::ref_ptr<osg::DrawElementsUShort> skirts = new osg::DrawElementsUShort(GL_TRIANGLES);
        auto quad = [&](unsigned a, unsigned b, unsigned c, unsigned d) { // a b / c d
            for (unsigned i : {a, c, b, b, c, d})
                skirts->push_back(static_cast<unsigned short>(i));
        };
        if (options.skirt_depth_m > 0.0)
            addSkirts(col0, row0, col1, row1, cols, addVertex, quad);

        osg::ref_ptr<osg::Geometry> geometry = new osg::Geometry;
        geometry->setUseDisplayList(false);
        geometry->setUseVertexBufferObjects(true);
        geometry->setVertexArray(vertices);
        geometry->setVertexAttribArray(kHeightAttribute, heights, osg::Array::BIND_PER_VERTEX);
        geometry->setVertexAttribArray(kDemPixelAttribute, dem_pixels,
                                       osg::Array::BIND_PER_VERTEX);
        const Vec3d centre_from_moon = centre - options.moon_centre_enu;
        if (options.vertical_exaggeration)
            geometry->setComputeBoundingBoxCallback(
                new ExaggeratedBounds(options.vertical_exaggeration, centre_from_moon));
        geometry->addPrimitiveSet(gridStrip(cols, rows));
        if (!skirts->empty())
            geometry->addPrimitiveSet(skirts);
        osg::ref_ptr<osg::Geode> geode = new osg::Geode;
        geode->addDrawable(geometry);
        osg::ref_ptr<osg::MatrixTransform> transform =
            new osg::MatrixTransform(osg::Matrixd::translate(centre.x, centre.y, centre.z));
        // The tile centre seen from the Moon's centre (in double, then one float rounding):
        // the shader's "up" at a vertex is the direction of this plus the vertex.
        transform->getOrCreateStateSet()->addUniform(new osg::Uniform(
            "tileFromMoonCentre", osg::Vec3(static_cast<float>(centre_from_moon.x),
                                            static_cast<float>(centre_from_moon.y),
                                            static_cast<float>(centre_from_moon.z))));
        transform->getOrCreateStateSet()->addUniform(
            new osg::Uniform("demAxesEnu", demAxesOf(col0, row0, col1, row1)));
        transform->addChild(geode);
        return transform;
    }

    // ENU east and north metres per DEM pixel along the DEM's columns and rows, across the
    // tile's middle: how the surface detail's frame lies on the ground. One per tile (a
    // polar stereographic grid turns and stretches by hundredths of a degree and parts in a
    // thousand across a tile), so vertices need not carry it.
    osg::Vec4 demAxesOf(int col0, int row0, int col1, int row1) const
    {
        const int mid_col = (col0 + col1) / 2, mid_row = (row0 + row1) / 2;
        const double span_cols = (col1 - col0) * options.dem_pixel_step;
        const double span_rows = (row1 - row0) * options.dem_pixel_step;
        const Vec3d along_col = (positions.at(col1, mid_row) - positions.at(col0, mid_row)) *
                                (1.0 / span_cols);
        const Vec3d along_row = (positions.at(mid_col, row1) - positions.at(mid_col, row0)) *
                                (1.0 / span_rows);
        return osg::Vec4(static_cast<float>(along_col.x), static_cast<float>(along_col.y),
                         static_cast<float>(along_row.x), static_cast<float>(along_row.y));
    }

    // Curtains hanging from the mesh's outer edge, hiding cracks against a neighbouring mesh.
    template <typename AddVertex, typename Quad>
    void addSkirts(int col0, int row0, int col1, int row1, int cols, AddVertex& addVertex,
                   Quad& quad) const
    {
        const double depth = options.skirt_depth_m;
        auto edge = [&](int c0, int r0, int dc, int dr, int count) {
            for (int k = 0; k < count; ++k) {
                const int ca = c0 + k * dc, ra = r0 + k * dr;
                const int cb = ca + dc, rb = ra + dr;
                const unsigned top_a = static_cast<unsigned>((ra - row0) * cols + (ca - col0));
                const unsigned top_b = static_cast<unsigned>((rb - row0) * cols + (cb - col0));
                const unsigned low_a = addVertex(ca, ra, depth);
                const unsigned low_b = addVertex(cb, rb, depth);
                quad(top_a, top_b, low_a, low_b);
            }
        };
        const int last_col = positions.width() - 1, last_row = positions.height() - 1;
        if (row0 == 0)
            edge(col0, 0, 1, 0, col1 - col0);
        if (row1 == last_row)
            edge(col0, last_row, 1, 0, col1 - col0);
        if (col0 == 0)
            edge(0, row0, 0, 1, row1 - row0);
        if (col1 == last_col)
            edge(last_col, row0, 0, 1, row1 - row0);
    }
};

} // namespace

osg::ref_ptr<osg::Program> terrainProgram()
{
    osg::ref_ptr<osg::Program> program = loadProgram("terrain");
    program->addBindAttribLocation("heightAboveSphereIn", kHeightAttribute);
    program->addBindAttribLocation("demPixel", kDemPixelAttribute);
    return program;
}

osg::ref_ptr<osg::Group> buildTerrainNode(const Raster<Vec3d>& positions,
                                          const TerrainLayer& shading,
                                          const TerrainNodeOptions& options)
{
    osg::ref_ptr<osg::Group> terrain = new osg::Group;
    terrain->setName("terrain");
    const int step = std::max(1, options.tile_quads);
    const TileBuilder tiles{positions, options};
    for (int row0 = 0; row0 + 1 < positions.height(); row0 += step)
        for (int col0 = 0; col0 + 1 < positions.width(); col0 += step)
            if (osg::ref_ptr<osg::Node> tile =
                    tiles.build(col0, row0, std::min(col0 + step, positions.width() - 1),
                                std::min(row0 + step, positions.height() - 1)))
                terrain->addChild(tile);
    osg::StateSet* state = terrain->getOrCreateStateSet();
    if (options.set_program)
        state->setAttributeAndModes(terrainProgram());
    state->setTextureAttributeAndModes(0, shadingTexture(shading, options.release_shading_image));
    state->addUniform(new osg::Uniform("shadingMap", 0));
    state->addUniform(new osg::Uniform("shadingUvFromDemPixel", shadingUvFromDemPixel(
                                           options, positions.width(), positions.height(),
                                           shading.normals_enu.width(), shading.normals_enu.height())));
    // Whole DEM pixels, so the shader counts the surface detail's cells exactly.
    state->addUniform(new osg::Uniform("surfacePixelOrigin",
                                       osg::Vec2(static_cast<float>(options.dem_pixel_col0),
                                                 static_cast<float>(options.dem_pixel_row0))));
    return terrain;
}

} // namespace lunar::scene
