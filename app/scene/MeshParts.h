#pragma once
// Meshes for the parametric models that OSG's shapes do not give: solids of revolution (a
// dish, a dome, an engine bell, a ring, a tank) from a profile, thin struts between two
// points, and a panel of cells. Each is an osg::Geometry with normals and texture
// coordinates (u around or across, v along), placed by a matrix in the model's frame.
#include <osg/Geometry>
#include <osg/Matrix>

#include <vector>

namespace lunar::scene {

// A profile point: distance from the axis and height along it.
struct ProfilePoint {
    float r, z;
};

// Revolves `profile` about local z in `segments` steps, then places it by `placement`.
// Normals point to the profile's right going along it (outward for a profile climbing the
// outside); a point given twice makes a crease there.
osg::ref_ptr<osg::Geometry> lathe(const std::vector<ProfilePoint>& profile, int segments,
                                  const osg::Matrix& placement = osg::Matrix::identity());

// A round bar from a to b (no end caps: too thin to see them), `segments` sides.
osg::ref_ptr<osg::Geometry> strut(const osg::Vec3& a, const osg::Vec3& b, float radius,
                                  int segments = 6);

// A closed tank: a cylinder of `radius` and straight length `length` with hemispherical
// ends, its axis along `axis` through `centre`.
osg::ref_ptr<osg::Geometry> capsule(const osg::Vec3& centre, const osg::Vec3& axis, float radius,
                                    float length, int segments = 20);

// Ring frames on a module: a torus of tube radius `tube` around the axis `axis` at `centre`.
osg::ref_ptr<osg::Geometry> ring(const osg::Vec3& centre, const osg::Vec3& axis, float radius,
                                 float tube, int segments = 24);

// A placement turning local z onto `axis` and moving the origin to `centre`.
osg::Matrix alongAxis(const osg::Vec3& centre, const osg::Vec3& axis);

// Triangles a subgraph draws (every drawable's triangles, strips and fans counted as such).
unsigned triangleCount(osg::Node& node);

} // namespace lunar::scene
