#include "scene/TerrainNode.h"

#include "scene/ShaderLibrary.h"

#include <osg/Geode>
#include <osg/Geometry>
#include <osg/MatrixTransform>
#include <osg/Texture2D>

#include <algorithm>

namespace lunar::scene {

namespace {

osg::ref_ptr<osg::Texture2D> shadingTexture(const TerrainShading& shading)
{
    const int w = shading.normals_enu.width(), h = shading.normals_enu.height();
    osg::ref_ptr<osg::Image> image = new osg::Image;
    image->allocateImage(w, h, 1, GL_RGBA, GL_FLOAT);
    image->setInternalTextureFormat(GL_RGBA16F_ARB);
    // Raster row 0 is the north edge; texture t = 0 is the bottom row, so flip rows.
    for (int row = 0; row < h; ++row) {
        auto* out = reinterpret_cast<float*>(image->data(0, h - 1 - row));
        for (int col = 0; col < w; ++col) {
            const Vec3d& n = shading.normals_enu.at(col, row);
            out[4 * col + 0] = static_cast<float>(n.x);
            out[4 * col + 1] = static_cast<float>(n.y);
            out[4 * col + 2] = static_cast<float>(n.z);
            out[4 * col + 3] = shading.sun_visible.at(col, row);
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

osg::ref_ptr<osg::Node> buildTile(const Raster<Vec3d>& positions, int col0, int row0, int col1,
                                  int row1)
{
    const int cols = col1 - col0 + 1, rows = row1 - row0 + 1;
    const Vec3d centre = positions.at((col0 + col1) / 2, (row0 + row1) / 2);
    osg::ref_ptr<osg::Vec3Array> vertices = new osg::Vec3Array;
    osg::ref_ptr<osg::Vec2Array> uvs = new osg::Vec2Array;
    vertices->reserve(static_cast<std::size_t>(cols) * rows);
    uvs->reserve(vertices->capacity());
    const double w = positions.width(), h = positions.height();
    for (int row = row0; row <= row1; ++row)
        for (int col = col0; col <= col1; ++col) {
            const Vec3d p = positions.at(col, row) - centre;
            vertices->push_back(osg::Vec3(static_cast<float>(p.x), static_cast<float>(p.y),
                                          static_cast<float>(p.z)));
            uvs->push_back(osg::Vec2(static_cast<float>((col + 0.5) / w),
                                     static_cast<float>(1.0 - (row + 0.5) / h)));
        }
    osg::ref_ptr<osg::DrawElementsUInt> triangles = new osg::DrawElementsUInt(GL_TRIANGLES);
    triangles->reserve(static_cast<std::size_t>(cols - 1) * (rows - 1) * 6);
    for (int r = 0; r + 1 < rows; ++r)
        for (int c = 0; c + 1 < cols; ++c) {
            const unsigned i = static_cast<unsigned>(r * cols + c);
            const unsigned below = i + static_cast<unsigned>(cols);
            triangles->push_back(i);
            triangles->push_back(below);
            triangles->push_back(i + 1);
            triangles->push_back(i + 1);
            triangles->push_back(below);
            triangles->push_back(below + 1);
        }
    osg::ref_ptr<osg::Geometry> geometry = new osg::Geometry;
    geometry->setUseDisplayList(false);
    geometry->setUseVertexBufferObjects(true);
    geometry->setVertexArray(vertices);
    geometry->setTexCoordArray(0, uvs);
    geometry->addPrimitiveSet(triangles);
    osg::ref_ptr<osg::Geode> geode = new osg::Geode;
    geode->addDrawable(geometry);
    osg::ref_ptr<osg::MatrixTransform> transform =
        new osg::MatrixTransform(osg::Matrixd::translate(centre.x, centre.y, centre.z));
    transform->addChild(geode);
    return transform;
}

} // namespace

osg::ref_ptr<osg::Group> buildTerrainNode(const Raster<Vec3d>& positions,
                                          const TerrainShading& shading,
                                          const TerrainNodeOptions& options)
{
    osg::ref_ptr<osg::Group> terrain = new osg::Group;
    terrain->setName("terrain");
    const int step = std::max(1, options.tile_quads);
    for (int row0 = 0; row0 + 1 < positions.height(); row0 += step)
        for (int col0 = 0; col0 + 1 < positions.width(); col0 += step)
            terrain->addChild(buildTile(positions, col0, row0,
                                        std::min(col0 + step, positions.width() - 1),
                                        std::min(row0 + step, positions.height() - 1)));
    osg::StateSet* state = terrain->getOrCreateStateSet();
    state->setAttributeAndModes(loadProgram("terrain"));
    state->setTextureAttributeAndModes(0, shadingTexture(shading));
    state->addUniform(new osg::Uniform("shadingMap", 0));
    return terrain;
}

} // namespace lunar::scene
