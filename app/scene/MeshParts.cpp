#include "scene/MeshParts.h"

#include <osg/Geode>
#include <osg/NodeVisitor>
#include <osg/TriangleFunctor>

#include <cmath>

namespace lunar::scene {

namespace {

// Outward normal of the profile segment a -> b (to its right), in (r, z).
osg::Vec2 segmentNormal(const ProfilePoint& a, const ProfilePoint& b)
{
    osg::Vec2 n(b.z - a.z, -(b.r - a.r));
    const float length = n.length();
    return length > 1e-6f ? n / length : osg::Vec2(0, 0);
}

} // namespace

osg::ref_ptr<osg::Geometry> lathe(const std::vector<ProfilePoint>& profile, int segments,
                                  const osg::Matrix& placement)
{
    osg::ref_ptr<osg::Geometry> g = new osg::Geometry;
    auto* vertices = new osg::Vec3Array;
    auto* normals = new osg::Vec3Array;
    auto* uvs = new osg::Vec2Array;
    const auto rows = static_cast<int>(profile.size());
    // Normals go through the inverse transpose, so a scaled placement (an ellipsoid) keeps
    // them perpendicular to the surface.
    const osg::Matrix normal_placement = osg::Matrix::inverse(placement);
    float along = 0.0f, total = 0.0f;
    for (int i = 1; i < rows; ++i)
        total += std::hypot(profile[i].r - profile[i - 1].r, profile[i].z - profile[i - 1].z);
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            along += std::hypot(profile[i].r - profile[i - 1].r, profile[i].z - profile[i - 1].z);
        // A repeated point is a crease: each copy takes the normal of its own side.
        osg::Vec2 n(0, 0);
        if (i > 0)
            n += segmentNormal(profile[i - 1], profile[i]);
        if (i + 1 < rows)
            n += segmentNormal(profile[i], profile[i + 1]);
        if (n.length() < 1e-6f && i > 0)
            n = segmentNormal(profile[i - 1], profile[i]);
        n.normalize();
        for (int s = 0; s <= segments; ++s) {
            const float a = 2.0f * osg::PIf * static_cast<float>(s) / static_cast<float>(segments);
            const float c = std::cos(a), sn = std::sin(a);
            vertices->push_back(osg::Vec3(profile[i].r * c, profile[i].r * sn, profile[i].z) *
                                placement);
            osg::Vec3 normal = osg::Matrix::transform3x3(normal_placement,
                                                         osg::Vec3(n.x() * c, n.x() * sn, n.y()));
            normal.normalize();
            normals->push_back(normal);
            uvs->push_back(osg::Vec2(static_cast<float>(s) / static_cast<float>(segments),
                                     total > 0.0f ? along / total : 0.0f));
        }
    }
    auto* triangles = new osg::DrawElementsUInt(GL_TRIANGLES);
    const int stride = segments + 1;
    for (int i = 0; i + 1 < rows; ++i) {
        if (std::fabs(profile[i].r - profile[i + 1].r) < 1e-6f &&
            std::fabs(profile[i].z - profile[i + 1].z) < 1e-6f)
            continue; // a crease: no band between the copies
        for (int s = 0; s < segments; ++s) {
            const auto a = static_cast<unsigned>(i * stride + s), b = a + 1;
            const auto c = static_cast<unsigned>((i + 1) * stride + s), d = c + 1;
            for (unsigned v : {a, b, d, a, d, c})
                triangles->push_back(v);
        }
    }
    g->setVertexArray(vertices);
    g->setNormalArray(normals, osg::Array::BIND_PER_VERTEX);
    g->setTexCoordArray(0, uvs, osg::Array::BIND_PER_VERTEX);
    g->addPrimitiveSet(triangles);
    return g;
}

osg::Matrix alongAxis(const osg::Vec3& centre, const osg::Vec3& axis)
{
    return osg::Matrix::rotate(osg::Vec3(0, 0, 1), axis) * osg::Matrix::translate(centre);
}

osg::ref_ptr<osg::Geometry> strut(const osg::Vec3& a, const osg::Vec3& b, float radius,
                                  int segments)
{
    const float length = (b - a).length();
    return lathe({{radius, 0.0f}, {radius, length}}, segments, alongAxis(a, b - a));
}

osg::ref_ptr<osg::Geometry> capsule(const osg::Vec3& centre, const osg::Vec3& axis, float radius,
                                    float length, int segments)
{
    std::vector<ProfilePoint> profile;
    constexpr int kCapRows = 5;
    for (int i = 0; i <= kCapRows; ++i) { // lower hemisphere, from the pole up
        const float t = -osg::PI_2f + osg::PI_2f * static_cast<float>(i) / kCapRows;
        profile.push_back({radius * std::cos(t), -0.5f * length + radius * std::sin(t)});
    }
    for (int i = 0; i <= kCapRows; ++i) { // upper hemisphere, to the pole
        const float t = osg::PI_2f * static_cast<float>(i) / kCapRows;
        profile.push_back({radius * std::cos(t), 0.5f * length + radius * std::sin(t)});
    }
    return lathe(profile, segments, alongAxis(centre, axis));
}

osg::ref_ptr<osg::Geometry> ring(const osg::Vec3& centre, const osg::Vec3& axis, float radius,
                                 float tube, int segments)
{
    std::vector<ProfilePoint> profile;
    constexpr int kTubeSides = 6;
    for (int i = 0; i <= kTubeSides; ++i) { // round the tube, outside first
        const float t = -osg::PIf + 2.0f * osg::PIf * static_cast<float>(i) / kTubeSides;
        profile.push_back({radius - tube * std::cos(t), -tube * std::sin(t)});
    }
    return lathe(profile, segments, alongAxis(centre, axis));
}

namespace {
struct CountTriangles {
    unsigned count = 0;
    void operator()(const osg::Vec3&, const osg::Vec3&, const osg::Vec3&) { ++count; }
};

class TriangleCounter : public osg::NodeVisitor {
public:
    TriangleCounter() : osg::NodeVisitor(TRAVERSE_ALL_CHILDREN)
    {
        setNodeMaskOverride(~0u); // hidden ones too (facilities not yet arrived)
    }
    void apply(osg::Drawable& drawable) override
    {
        osg::TriangleFunctor<CountTriangles> functor;
        drawable.accept(functor);
        count += functor.count;
    }
    unsigned count = 0;
};
} // namespace

unsigned triangleCount(osg::Node& node)
{
    TriangleCounter counter;
    node.accept(counter);
    return counter.count;
}

} // namespace lunar::scene
