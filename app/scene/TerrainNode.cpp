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

osg::ref_ptr<osg::Texture2D> shadingTexture(const TerrainLayer& shading)
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
    // Keep the image: a scene may be drawn by several contexts (snapshots, tests).
    texture->setUnRefImageDataAfterApply(false);
    return texture;
}

// Bounds of the exaggerated surface, so culling keeps what the shader lifts into view.
class ExaggeratedBounds : public osg::Drawable::ComputeBoundingBoxCallback {
public:
    explicit ExaggeratedBounds(const std::atomic<double>* factor) : factor_(factor) {}
    osg::BoundingBox computeBound(const osg::Drawable& drawable) const override
    {
        osg::BoundingBox box;
        const auto* geometry = drawable.asGeometry();
        const auto* vertices = dynamic_cast<const osg::Vec3Array*>(geometry->getVertexArray());
        const auto* up_heights =
            dynamic_cast<const osg::Vec4Array*>(geometry->getVertexAttribArray(kUpAndHeightAttribute));
        if (!vertices || !up_heights)
            return box;
        const auto lift = static_cast<float>(factor_->load() - 1.0);
        for (std::size_t i = 0; i < vertices->size(); ++i) {
            const osg::Vec4& uh = (*up_heights)[i];
            box.expandBy((*vertices)[i] + osg::Vec3(uh.x(), uh.y(), uh.z()) * (uh.w() * lift));
        }
        return box;
    }

private:
    const std::atomic<double>* factor_;
};

struct TileBuilder {
    const Raster<Vec3d>& positions;
    const TerrainNodeOptions& options;
    double texture_width, texture_height;

    osg::ref_ptr<osg::Node> build(int col0, int row0, int col1, int row1) const
    {
        const int cols = col1 - col0 + 1, rows = row1 - row0 + 1;
        const Vec3d centre = positions.at((col0 + col1) / 2, (row0 + row1) / 2);
        osg::ref_ptr<osg::Vec3Array> vertices = new osg::Vec3Array;
        osg::ref_ptr<osg::Vec2Array> uvs = new osg::Vec2Array;
        osg::ref_ptr<osg::Vec4Array> up_heights = new osg::Vec4Array;
        osg::ref_ptr<osg::Vec2Array> dem_pixels = new osg::Vec2Array;
        osg::ref_ptr<osg::Vec4Array> dem_axes = new osg::Vec4Array;
        const double w = positions.width(), h = positions.height();
        auto addVertex = [&](int col, int row, double drop_m) {
            Vec3d p = positions.at(col, row);
            if (drop_m > 0.0)
                p = p - (p - options.moon_centre_enu).normalized() * drop_m;
            // Each vertex, skirt ones included, carries its own height: exaggeration then
            // deepens skirts as much as it deepens the cracks they hide.
            const Vec3d from_centre = p - options.moon_centre_enu;
            const Vec3d up = from_centre.normalized();
            up_heights->push_back(osg::Vec4(static_cast<float>(up.x), static_cast<float>(up.y),
                                            static_cast<float>(up.z),
                                            static_cast<float>(from_centre.length() - moon::kRadius_m)));
            dem_pixels->push_back(
                osg::Vec2(static_cast<float>(options.dem_pixel_col0 + col * options.dem_pixel_step),
                          static_cast<float>(options.dem_pixel_row0 + row * options.dem_pixel_step)));
            dem_axes->push_back(demAxesAt(col, row));
            p = p - centre;
            vertices->push_back(osg::Vec3(static_cast<float>(p.x), static_cast<float>(p.y),
                                          static_cast<float>(p.z)));
            const int t = options.texels_per_quad;
            const double u = t > 0 ? (col * t + 0.5) / texture_width : (col + 0.5) / w;
            const double v = t > 0 ? (row * t + 0.5) / texture_height : (row + 0.5) / h;
            uvs->push_back(osg::Vec2(static_cast<float>(u), static_cast<float>(1.0 - v)));
            return static_cast<unsigned>(vertices->size() - 1);
        };
        for (int row = row0; row <= row1; ++row)
            for (int col = col0; col <= col1; ++col)
                addVertex(col, row, 0.0);

        osg::ref_ptr<osg::DrawElementsUInt> triangles = new osg::DrawElementsUInt(GL_TRIANGLES);
        auto quad = [&](unsigned a, unsigned b, unsigned c, unsigned d) { // a b / c d
            for (unsigned i : {a, c, b, b, c, d})
                triangles->push_back(i);
        };
        for (int r = 0; r + 1 < rows; ++r)
            for (int c = 0; c + 1 < cols; ++c) {
                const unsigned i = static_cast<unsigned>(r * cols + c);
                quad(i, i + 1, i + static_cast<unsigned>(cols), i + static_cast<unsigned>(cols) + 1);
            }
        if (options.skirt_depth_m > 0.0)
            addSkirts(col0, row0, col1, row1, cols, addVertex, quad);
        if (triangles->empty())
            return nullptr;

        osg::ref_ptr<osg::Geometry> geometry = new osg::Geometry;
        geometry->setUseDisplayList(false);
        geometry->setUseVertexBufferObjects(true);
        geometry->setVertexArray(vertices);
        geometry->setTexCoordArray(0, uvs);
        geometry->setVertexAttribArray(kUpAndHeightAttribute, up_heights,
                                       osg::Array::BIND_PER_VERTEX);
        geometry->setVertexAttribArray(kDemPixelAttribute, dem_pixels,
                                       osg::Array::BIND_PER_VERTEX);
        geometry->setVertexAttribArray(kDemAxesAttribute, dem_axes, osg::Array::BIND_PER_VERTEX);
        if (options.vertical_exaggeration)
            geometry->setComputeBoundingBoxCallback(
                new ExaggeratedBounds(options.vertical_exaggeration));
        geometry->addPrimitiveSet(triangles);
        osg::ref_ptr<osg::Geode> geode = new osg::Geode;
        geode->addDrawable(geometry);
        osg::ref_ptr<osg::MatrixTransform> transform =
            new osg::MatrixTransform(osg::Matrixd::translate(centre.x, centre.y, centre.z));
        transform->addChild(geode);
        return transform;
    }

    // ENU east and north metres per DEM pixel along the DEM's columns and rows at a mesh
    // vertex (central differences, one-sided at the mesh's edges): how the surface detail's
    // frame lies on the ground.
    osg::Vec4 demAxesAt(int col, int row) const
    {
        const int last_col = positions.width() - 1, last_row = positions.height() - 1;
        const int c0 = std::max(col - 1, 0), c1 = std::min(col + 1, last_col);
        const int r0 = std::max(row - 1, 0), r1 = std::min(row + 1, last_row);
        Vec3d along_col, along_row;
        if (c1 > c0)
            along_col = (positions.at(c1, row) - positions.at(c0, row)) *
                        (1.0 / ((c1 - c0) * options.dem_pixel_step));
        if (r1 > r0)
            along_row = (positions.at(col, r1) - positions.at(col, r0)) *
                        (1.0 / ((r1 - r0) * options.dem_pixel_step));
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
    program->addBindAttribLocation("upAndHeight", kUpAndHeightAttribute);
    program->addBindAttribLocation("demPixel", kDemPixelAttribute);
    program->addBindAttribLocation("demAxesEnu", kDemAxesAttribute);
    return program;
}

osg::ref_ptr<osg::Group> buildTerrainNode(const Raster<Vec3d>& positions,
                                          const TerrainLayer& shading,
                                          const TerrainNodeOptions& options)
{
    osg::ref_ptr<osg::Group> terrain = new osg::Group;
    terrain->setName("terrain");
    const int step = std::max(1, options.tile_quads);
    const TileBuilder tiles{positions, options,
                            static_cast<double>(shading.normals_enu.width()),
                            static_cast<double>(shading.normals_enu.height())};
    for (int row0 = 0; row0 + 1 < positions.height(); row0 += step)
        for (int col0 = 0; col0 + 1 < positions.width(); col0 += step)
            if (osg::ref_ptr<osg::Node> tile =
                    tiles.build(col0, row0, std::min(col0 + step, positions.width() - 1),
                                std::min(row0 + step, positions.height() - 1)))
                terrain->addChild(tile);
    osg::StateSet* state = terrain->getOrCreateStateSet();
    if (options.set_program)
        state->setAttributeAndModes(terrainProgram());
    state->setTextureAttributeAndModes(0, shadingTexture(shading));
    state->addUniform(new osg::Uniform("shadingMap", 0));
    // Whole DEM pixels, so the shader counts the surface detail's cells exactly.
    state->addUniform(new osg::Uniform("surfacePixelOrigin",
                                       osg::Vec2(static_cast<float>(options.dem_pixel_col0),
                                                 static_cast<float>(options.dem_pixel_row0))));
    return terrain;
}

} // namespace lunar::scene
