#include "scene/LandingDust.h"

#include "core/SelenographicFrame.h"
#include "mission/DustSheet.h"
#include "scene/ShaderLibrary.h"

#include <osg/BlendFunc>
#include <osg/Depth>
#include <osg/Geode>
#include <osg/Geometry>
#include <osg/MatrixTransform>

#include <cmath>

namespace lunar::scene {

namespace {

constexpr int kRings = 48;     // radial steps of the mesh, denser near the lander
constexpr int kSectors = 192;  // round it: ~3 m apart at 100 m
constexpr float kLift_m = 0.3f; // the sheet's floor above the ground (clear of the terrain mesh)
constexpr int kDustBin = 6;    // after the terrain (0) and the globe behind it (5), before the sky

// Site ENU -> base ENU, from the two frames.
osg::Matrixd siteToBase(const EnuFrame& base, const EnuFrame& site)
{
    const Vec3d o = base.toEnu(site.toMoonFixed({0.0, 0.0, 0.0}));
    const Vec3d e = base.directionToEnu(site.directionToMoonFixed({1.0, 0.0, 0.0}));
    const Vec3d n = base.directionToEnu(site.directionToMoonFixed({0.0, 1.0, 0.0}));
    const Vec3d u = base.directionToEnu(site.directionToMoonFixed({0.0, 0.0, 1.0}));
    return osg::Matrixd(e.x, e.y, e.z, 0.0, n.x, n.y, n.z, 0.0, u.x, u.y, u.z, 0.0, o.x, o.y, o.z,
                        1.0);
}

// A polar mesh in site ENU out to `radius_m`, each vertex at the ground's height above the
// site's ground (or the site's own where no layer covers it).
osg::ref_ptr<osg::Geometry> groundMesh(const LandingDustInputs& in, const LanderFlight& flight,
                                       double radius_m)
{
    const EnuFrame site(flight.site);
    osg::ref_ptr<osg::Vec3Array> vertices = new osg::Vec3Array;
    for (int i = 0; i <= kRings; ++i) {
        const double r = radius_m * std::pow(static_cast<double>(i) / kRings, 1.6);
        for (int k = 0; k < kSectors; ++k) {
            const double a = 2.0 * 3.14159265358979 * k / kSectors;
            const double x = r * std::cos(a), y = r * std::sin(a);
            const LatLonHeight p = site.selenographicFromEnu({x, y, 0.0});
            const double h = in.terrain->heightAt({p.lat_rad, p.lon_rad});
            const double z = std::isnan(h) ? 0.0 : h - p.height_m;
            vertices->push_back(osg::Vec3(static_cast<float>(x), static_cast<float>(y),
                                          static_cast<float>(z)));
        }
    }
    osg::ref_ptr<osg::DrawElementsUInt> triangles = new osg::DrawElementsUInt(GL_TRIANGLES);
    for (int i = 0; i < kRings; ++i)
        for (int k = 0; k < kSectors; ++k) {
            const unsigned a = i * kSectors + k, b = i * kSectors + (k + 1) % kSectors;
            const unsigned c = a + kSectors, d = b + kSectors;
            for (unsigned v : {a, c, b, b, c, d})
                triangles->push_back(v);
        }
    osg::ref_ptr<osg::Geometry> geometry = new osg::Geometry;
    geometry->setVertexArray(vertices);
    geometry->addPrimitiveSet(triangles);
    geometry->setUseDisplayList(false);
    geometry->setUseVertexBufferObjects(true);
    // The shader lifts vertices up to a few metres: bound it generously so culling keeps it.
    osg::BoundingBox box;
    const auto r = static_cast<float>(radius_m);
    box.expandBy(osg::Vec3(-r, -r, -50.0f));
    box.expandBy(osg::Vec3(r, r, 50.0f));
    geometry->setInitialBound(box);
    return geometry;
}

// DEM pixel (centre coordinates, as the terrain's vertices carry them) of a site ENU point.
osg::Vec2d demPixelAt(const LandingDustInputs& in, const EnuFrame& site, double x, double y)
{
    const LatLonHeight p = site.selenographicFromEnu({x, y, 0.0});
    double col = 0.0, row = 0.0;
    in.dem_geo->pixelFromMap(in.dem_projection->toMap({p.lat_rad, p.lon_rad}), col, row);
    return {col - 0.5, row - 0.5};
}

class FollowDust : public osg::NodeCallback {
public:
    FollowDust(const LanderFlight& flight, const LandingDustInputs& in, osg::Uniform* shape,
               osg::Uniform* flow)
        : flight_(flight), sheet_(*flight.trajectory, flight.mission_id), now_(in.now),
          layers_(in.layers), shape_(shape), flow_(flow)
    {
    }
    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        const DustSheetState s = sheet_.at(now_().secondsSince(flight_.start));
        const bool shown = s.active && (!layers_ || layers_->landing_effects);
        // The mask goes on the child: a node masked out gets no update traversal itself.
        node->asGroup()->getChild(0)->setNodeMask(shown ? ~0u : 0u);
        if (shown) {
            shape_->set(osg::Vec4(static_cast<float>(s.inner_radius_m), static_cast<float>(s.extent_m),
                                  static_cast<float>(std::tan(s.ejection_angle_rad)), kLift_m));
            flow_->set(osg::Vec4(static_cast<float>(s.optical_depth),
                                 static_cast<float>(s.streak_phase_m),
                                 static_cast<float>(s.streak_seed % 997u), 0.0f));
        }
        traverse(node, nv);
    }

private:
    LanderFlight flight_;
    DustSheet sheet_; // refers to the flight's trajectory, which flight_ keeps alive
    TimeSource now_;
    std::shared_ptr<const LayerVisibility> layers_;
    osg::ref_ptr<osg::Uniform> shape_;
    osg::ref_ptr<osg::Uniform> flow_;
};

} // namespace

std::string landingDustName(const std::string& mission_id) { return "dust " + mission_id; }

osg::ref_ptr<osg::Group> buildLandingDust(const LandingDustInputs& in)
{
    osg::ref_ptr<osg::Group> group = new osg::Group;
    group->setName("landing dust");
    osg::StateSet* state = group->getOrCreateStateSet();
    state->setAttributeAndModes(loadProgram("dust"));
    // Premultiplied "over": the sheet hides part of what lies behind and adds its own light.
    state->setAttributeAndModes(new osg::BlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA));
    state->setAttributeAndModes(new osg::Depth(osg::Depth::LEQUAL, 0.0, 1.0, false));
    state->setMode(GL_CULL_FACE, osg::StateAttribute::OFF); // seen from above and below
    state->setRenderBinDetails(kDustBin, "RenderBin");
    const DustSheetOptions options;
    const double radius_m = options.touchdown_extent_m * 1.05;
    for (const LanderFlight& flight : *in.flights) {
        const EnuFrame site(flight.site);
        osg::ref_ptr<osg::MatrixTransform> sheet = new osg::MatrixTransform(siteToBase(*in.frame, site));
        sheet->setName(landingDustName(flight.mission_id));
        osg::ref_ptr<osg::Geode> geode = new osg::Geode;
        geode->addDrawable(groundMesh(in, flight, radius_m));
        sheet->addChild(geode);
        osg::StateSet* s = sheet->getOrCreateStateSet();
        osg::ref_ptr<osg::Uniform> shape = new osg::Uniform("dustShape", osg::Vec4());
        osg::ref_ptr<osg::Uniform> flow = new osg::Uniform("dustFlow", osg::Vec4());
        s->addUniform(shape);
        s->addUniform(flow);
        const osg::Vec2d o = demPixelAt(in, site, 0.0, 0.0);
        const osg::Vec2d east = (demPixelAt(in, site, 10.0, 0.0) - demPixelAt(in, site, -10.0, 0.0)) / 20.0;
        const osg::Vec2d north = (demPixelAt(in, site, 0.0, 10.0) - demPixelAt(in, site, 0.0, -10.0)) / 20.0;
        s->addUniform(new osg::Uniform("dustDemPixel", osg::Vec2(o)));
        s->addUniform(new osg::Uniform("dustDemPixelPerMetre",
                                       osg::Vec4(static_cast<float>(east.x()), static_cast<float>(east.y()),
                                                 static_cast<float>(north.x()), static_cast<float>(north.y()))));
        geode->setNodeMask(0u);
        sheet->setUpdateCallback(new FollowDust(flight, in, shape.get(), flow.get()));
        group->addChild(sheet);
    }
    return group;
}

} // namespace lunar::scene
