#include "scene/BoulderNodes.h"

#include "scene/ShaderLibrary.h"

#include <osg/CullFace>
#include <osg/BlendFunc>
#include <osg/Depth>
#include <osg/Geode>
#include <osg/MatrixTransform>
#include <osg/Texture2D>
#include <osgUtil/CullVisitor>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <utility>

#ifndef GL_RGBA32F_ARB
#define GL_RGBA32F_ARB 0x8814
#endif

namespace lunar::scene {

namespace {

// Blocks of a tile take boulders down to half a pixel wide at their nearest point (the
// shaders then cut each boulder at its own distance).
constexpr double kLeastPx = 0.5;
constexpr int kTexelsPerBoulder = 3;
constexpr int kDataWidth = 1024; // texels per row of the instance texture
// After the terrain (bin 0), before the globe behind it (5) and the dust (6).
constexpr int kShadowBin = 1;

std::atomic<long long> g_rocks_submitted{0};

// An icosahedron, subdivided `levels` times, on the unit sphere; faces wound outward.
struct Sphere {
    std::vector<osg::Vec3> vertices;
    std::vector<std::array<unsigned short, 3>> faces;
};

Sphere icosphere(int levels)
{
    const float g = (1.0f + std::sqrt(5.0f)) / 2.0f;
    Sphere s;
    for (const osg::Vec3& v : {osg::Vec3(-1, g, 0), osg::Vec3(1, g, 0), osg::Vec3(-1, -g, 0),
                               osg::Vec3(1, -g, 0), osg::Vec3(0, -1, g), osg::Vec3(0, 1, g),
                               osg::Vec3(0, -1, -g), osg::Vec3(0, 1, -g), osg::Vec3(g, 0, -1),
                               osg::Vec3(g, 0, 1), osg::Vec3(-g, 0, -1), osg::Vec3(-g, 0, 1)})
        s.vertices.push_back(v / v.length());
    s.faces = {{0, 11, 5}, {0, 5, 1},  {0, 1, 7},   {0, 7, 10}, {0, 10, 11},
               {1, 5, 9},  {5, 11, 4}, {11, 10, 2}, {10, 7, 6}, {7, 1, 8},
               {3, 9, 4},  {3, 4, 2},  {3, 2, 6},   {3, 6, 8},  {3, 8, 9},
               {4, 9, 5},  {2, 4, 11}, {6, 2, 10},  {8, 6, 7},  {9, 8, 1}};
    for (int level = 0; level < levels; ++level) {
        std::map<std::pair<unsigned short, unsigned short>, unsigned short> middles;
        auto middle = [&](unsigned short a, unsigned short b) {
            const auto key = std::minmax(a, b);
            if (const auto found = middles.find(key); found != middles.end())
                return found->second;
            osg::Vec3 m = s.vertices[a] + s.vertices[b];
            m.normalize();
            s.vertices.push_back(m);
            const auto index = static_cast<unsigned short>(s.vertices.size() - 1);
            middles.emplace(key, index);
            return index;
        };
        std::vector<std::array<unsigned short, 3>> finer;
        for (const auto& f : s.faces) {
            const unsigned short ab = middle(f[0], f[1]), bc = middle(f[1], f[2]),
                                 ca = middle(f[2], f[0]);
            finer.push_back({f[0], ab, ca});
            finer.push_back({f[1], bc, ab});
            finer.push_back({f[2], ca, bc});
            finer.push_back({ab, bc, ca});
        }
        s.faces = std::move(finer);
    }
    for (auto& f : s.faces) { // outward: counter-clockwise seen from outside
        const osg::Vec3 n = (s.vertices[f[1]] - s.vertices[f[0]]) ^ (s.vertices[f[2]] - s.vertices[f[0]]);
        if (n * (s.vertices[f[0]] + s.vertices[f[1]] + s.vertices[f[2]]) < 0.0f)
            std::swap(f[1], f[2]);
    }
    return s;
}

// Appends a sphere's vertices (w = `mesh`) and returns its faces' indices.
osg::ref_ptr<osg::DrawElementsUShort> appendSphere(const Sphere& s, float mesh, osg::Vec4Array& to)
{
    const auto first = static_cast<unsigned short>(to.size());
    for (const osg::Vec3& v : s.vertices)
        to.push_back(osg::Vec4(v, mesh));
    osg::ref_ptr<osg::DrawElementsUShort> faces = new osg::DrawElementsUShort(GL_TRIANGLES);
    for (const auto& f : s.faces)
        for (unsigned short i : f)
            faces->push_back(static_cast<unsigned short>(first + i));
    return faces;
}

// Instanced geometry offers no triangles to functors: its vertices are a unit mesh that the
// shaders place per instance, so an intersector (picking, the measuring tools) would hit a
// sphere at the tile's origin, and OSG's triangle functors take no Vec4 vertex arrays.
class InstancedGeometry : public osg::Geometry {
public:
    bool supports(const osg::PrimitiveFunctor&) const override { return false; }
    void accept(osg::PrimitiveFunctor&) const override {}
    bool supports(const osg::PrimitiveIndexFunctor&) const override { return false; }
    void accept(osg::PrimitiveIndexFunctor&) const override {}
};

// One screen pixel's angle (radians; metres for an orthographic projection) for a
// projection and a viewport `height_px` tall; nothing for a degenerate view.
std::optional<double> anglePerPixel(const osg::Matrixd& projection, double height_px)
{
    if (height_px <= 0.0 || projection(1, 1) == 0.0)
        return std::nullopt;
    return 2.0 / (projection(1, 1) * height_px);
}

// Draws a block's first N boulders: those at least kLeastPx wide at its nearest point.
class BlockDraw : public osg::Drawable::DrawCallback {
public:
    explicit BlockDraw(std::vector<float> diameters_m, osg::Vec3 centre, float radius_m)
        : diameters_m_(std::move(diameters_m)), centre_(centre), radius_m_(radius_m)
    {
    }

    void drawImplementation(osg::RenderInfo& info, const osg::Drawable* drawable) const override
    {
        const osg::State& state = *info.getState();
        const osg::Viewport* viewport = state.getCurrentViewport();
        const osg::Matrix& projection = state.getProjectionMatrix();
        const std::optional<double> per_px = anglePerPixel(projection, viewport ? viewport->height() : 0.0);
        if (!per_px)
            return;
        double least_m = 0.0;
        if (projection(3, 3) == 1.0) { // orthographic: per_px is metres already
            least_m = *per_px * kLeastPx;
        }
        else {
            const osg::Vec3d centre = osg::Vec3d(centre_) * state.getModelViewMatrix();
            least_m = leastBoulderDrawn_m(centre.length() - radius_m_, *per_px, kLeastPx);
        }
        const auto first_smaller = std::partition_point(
            diameters_m_.begin(), diameters_m_.end(),
            [least_m](float d) { return d >= least_m; });
        const auto count = static_cast<int>(first_smaller - diameters_m_.begin());
        if (count == 0)
            return;
        auto* geometry = const_cast<osg::Geometry*>(drawable->asGeometry());
        for (unsigned i = 0; i < geometry->getNumPrimitiveSets(); ++i)
            geometry->getPrimitiveSet(i)->setNumInstances(count);
        if (geometry->getNumPrimitiveSets() == 2) // a rock draw (coarse and fine meshes)
            g_rocks_submitted += count;
        drawable->drawImplementation(info);
    }

private:
    std::vector<float> diameters_m_; // largest first
    osg::Vec3 centre_;
    float radius_m_;
};

// A block's bounds: its sphere, lifted with the ground by the exaggeration.
class BlockBounds : public osg::Drawable::ComputeBoundingBoxCallback {
public:
    BlockBounds(osg::Vec3 centre, float radius_m, osg::Vec3 up, float height_m,
                const std::atomic<double>* exaggeration)
        : centre_(centre), radius_m_(radius_m), up_(up), height_m_(height_m),
          exaggeration_(exaggeration)
    {
    }
    osg::BoundingBox computeBound(const osg::Drawable&) const override
    {
        const float lift = exaggeration_ ? height_m_ * static_cast<float>(exaggeration_->load() - 1.0) : 0.0f;
        const osg::Vec3 c = centre_ + up_ * lift;
        const osg::Vec3 r(radius_m_, radius_m_, radius_m_);
        return osg::BoundingBox(c - r, c + r);
    }

private:
    osg::Vec3 centre_;
    float radius_m_;
    osg::Vec3 up_;
    float height_m_;
    const std::atomic<double>* exaggeration_;
};

// Skips a tile's boulders while the "boulders" layer is off.
class BoulderLayer : public osg::NodeCallback {
public:
    explicit BoulderLayer(std::shared_ptr<const LayerVisibility> layers) : layers_(std::move(layers)) {}
    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        if (!layers_ || layers_->boulders)
            traverse(node, nv);
    }

private:
    std::shared_ptr<const LayerVisibility> layers_;
};

// Sets boulderRadiansPerPx from the view being culled.
class BoulderView : public osg::NodeCallback {
public:
    explicit BoulderView(osg::Uniform* per_px) : per_px_(per_px) {}
    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        if (auto* cv = dynamic_cast<osgUtil::CullVisitor*>(nv)) {
            const osg::Viewport* viewport = cv->getViewport();
            const osg::RefMatrix* projection = cv->getProjectionMatrix();
            if (viewport && projection)
                if (const std::optional<double> per_px = anglePerPixel(*projection, viewport->height()))
                    per_px_->set(static_cast<float>(*per_px));
        }
        traverse(node, nv);
    }

private:
    osg::ref_ptr<osg::Uniform> per_px_;
};

osg::ref_ptr<osg::Texture2D> instanceTexture(const TileBoulders& tile, const Vec3d& origin_enu,
                                             bool release)
{
    const int texels = static_cast<int>(tile.boulders.size()) * kTexelsPerBoulder;
    const int rows = std::max(1, (texels + kDataWidth - 1) / kDataWidth);
    osg::ref_ptr<osg::Image> image = new osg::Image;
    image->allocateImage(kDataWidth, rows, 1, GL_RGBA, GL_FLOAT);
    image->setInternalTextureFormat(GL_RGBA32F_ARB);
    auto* out = reinterpret_cast<float*>(image->data());
    std::fill(out, out + static_cast<std::size_t>(kDataWidth) * rows * 4, 0.0f);
    for (const PlacedBoulder& p : tile.boulders) {
        const Vec3d base = p.base_enu - origin_enu;
        const Boulder& b = p.shape;
        const float texel[kTexelsPerBoulder * 4] = {
            static_cast<float>(base.x), static_cast<float>(base.y), static_cast<float>(base.z),
            static_cast<float>(p.height_above_sphere_m),
            static_cast<float>(b.diameter_m + 8.0 * b.variant), static_cast<float>(b.height_m),
            static_cast<float>(p.local_col), static_cast<float>(p.local_row),
            static_cast<float>(p.ground_normal_enu.x), static_cast<float>(p.ground_normal_enu.y),
            static_cast<float>(b.yaw_rad), static_cast<float>(b.buried_m)};
        out = std::copy(std::begin(texel), std::end(texel), out);
    }
    osg::ref_ptr<osg::Texture2D> texture = new osg::Texture2D(image);
    texture->setFilter(osg::Texture::MIN_FILTER, osg::Texture::NEAREST);
    texture->setFilter(osg::Texture::MAG_FILTER, osg::Texture::NEAREST);
    texture->setResizeNonPowerOfTwoHint(false);
    texture->setUnRefImageDataAfterApply(release);
    return texture;
}

} // namespace

BoulderStyle makeBoulderStyle()
{
    BoulderStyle style;
    style.rock_vertices = new osg::Vec4Array;
    style.coarse_rock = appendSphere(icosphere(0), 0.0f, *style.rock_vertices);
    style.fine_rock = appendSphere(icosphere(1), 1.0f, *style.rock_vertices);
    style.shadow_vertices = new osg::Vec4Array;
    for (const osg::Vec4& corner : {osg::Vec4(-1, -1, 0, 0), osg::Vec4(1, -1, 0, 0),
                                    osg::Vec4(-1, 1, 0, 0), osg::Vec4(1, 1, 0, 0)})
        style.shadow_vertices->push_back(corner);
    // Their buffer objects are given here, once: the pager's threads then only read them
    // (a geometry gives a shared array one only if it has none, which two threads may race).
    style.rock_vertices->setBufferObject(new osg::VertexBufferObject);
    style.shadow_vertices->setBufferObject(new osg::VertexBufferObject);

    osg::ref_ptr<osg::Program> rocks = loadProgram("boulder");
    style.rocks = new osg::StateSet;
    style.rocks->setAttributeAndModes(rocks);
    style.rocks->setAttributeAndModes(new osg::CullFace(osg::CullFace::BACK));

    style.shadows = new osg::StateSet;
    style.shadows->setAttributeAndModes(loadProgram("boulder_shadow"));
    style.shadows->setAttributeAndModes(new osg::BlendFunc(GL_ZERO, GL_SRC_COLOR));
    style.shadows->setAttributeAndModes(new osg::Depth(osg::Depth::LEQUAL, 0.0, 1.0, false));
    style.shadows->setMode(GL_CULL_FACE, osg::StateAttribute::OFF);
    style.shadows->setRenderBinDetails(kShadowBin, "RenderBin");
    return style;
}

long long boulderRocksSubmitted() { return g_rocks_submitted.load(); }

void attachBoulderViewUniform(osg::Node& node)
{
    osg::ref_ptr<osg::Uniform> per_px = new osg::Uniform("boulderRadiansPerPx", 1.0e-3f);
    node.getOrCreateStateSet()->addUniform(per_px);
    node.addCullCallback(new BoulderView(per_px.get()));
}

osg::ref_ptr<osg::Node> buildBoulderNode(const TileBoulders& tile, const Vec3d& origin_enu,
                                         const Vec3d& moon_centre_enu, int col0, int row0,
                                         const BoulderStyle& style, bool release_data)
{
    if (tile.boulders.empty())
        return nullptr;
    osg::ref_ptr<osg::MatrixTransform> node =
        new osg::MatrixTransform(osg::Matrixd::translate(origin_enu.x, origin_enu.y, origin_enu.z));
    node->setName("boulders");
    node->setCullCallback(new BoulderLayer(style.layers));
    osg::StateSet* state = node->getOrCreateStateSet();
    state->setTextureAttribute(kBoulderDataUnit, instanceTexture(tile, origin_enu, release_data));
    state->addUniform(new osg::Uniform("boulderData", kBoulderDataUnit));
    const Vec3d from_moon = origin_enu - moon_centre_enu;
    state->addUniform(new osg::Uniform("boulderOriginFromMoonCentre",
                                       osg::Vec3(static_cast<float>(from_moon.x),
                                                 static_cast<float>(from_moon.y),
                                                 static_cast<float>(from_moon.z))));
    state->addUniform(new osg::Uniform("boulderPixelOrigin",
                                       osg::Vec2(static_cast<float>(col0), static_cast<float>(row0))));
    const Vec3d up_enu = from_moon.normalized();
    const osg::Vec3 up(static_cast<float>(up_enu.x), static_cast<float>(up_enu.y),
                       static_cast<float>(up_enu.z));

    osg::ref_ptr<osg::Geode> rocks = new osg::Geode;
    rocks->setStateSet(style.rocks.get());
    osg::ref_ptr<osg::Geode> shadows = new osg::Geode;
    shadows->setStateSet(style.shadows.get());
    for (const BoulderBlock& block : tile.blocks) {
        std::vector<float> diameters;
        double height_sum_m = 0.0;
        for (std::size_t i = block.first; i < block.first + block.count; ++i) {
            diameters.push_back(static_cast<float>(tile.boulders[i].shape.diameter_m));
            height_sum_m += tile.boulders[i].height_above_sphere_m;
        }
        const Vec3d c = block.centre_enu - origin_enu;
        const osg::Vec3 centre(static_cast<float>(c.x), static_cast<float>(c.y), static_cast<float>(c.z));
        const auto radius = static_cast<float>(block.radius_m);
        osg::ref_ptr<BlockDraw> draw = new BlockDraw(std::move(diameters), centre, radius);
        osg::ref_ptr<BlockBounds> bounds = new BlockBounds(
            centre, radius, up, static_cast<float>(height_sum_m / static_cast<double>(block.count)), style.vertical_exaggeration);
        osg::ref_ptr<osg::StateSet> block_state = new osg::StateSet;
        block_state->addUniform(new osg::Uniform("boulderFirst", static_cast<int>(block.first)));

        auto geometry = [&](osg::Array* vertices) {
            osg::ref_ptr<osg::Geometry> g = new InstancedGeometry;
            g->setUseDisplayList(false);
            g->setUseVertexBufferObjects(true);
            g->setVertexArray(vertices);
            g->setStateSet(block_state.get());
            g->setDrawCallback(draw.get());
            g->setComputeBoundingBoxCallback(bounds.get());
            return g;
        };
        osg::ref_ptr<osg::Geometry> rock = geometry(style.rock_vertices.get());
        rock->addPrimitiveSet(new osg::DrawElementsUShort(GL_TRIANGLES, style.coarse_rock->begin(),
                                                          style.coarse_rock->end()));
        rock->addPrimitiveSet(new osg::DrawElementsUShort(GL_TRIANGLES, style.fine_rock->begin(),
                                                          style.fine_rock->end()));
        rocks->addDrawable(rock);
        osg::ref_ptr<osg::Geometry> shadow = geometry(style.shadow_vertices.get());
        shadow->addPrimitiveSet(new osg::DrawArrays(GL_TRIANGLE_STRIP, 0, 4));
        shadows->addDrawable(shadow);
    }
    node->addChild(rocks);
    node->addChild(shadows);
    return node;
}

} // namespace lunar::scene
