#include "scene/LayerOverlays.h"

#include "core/Angles.h"
#include "scene/FacilityLabels.h"
#include "scene/ShaderLibrary.h"

#include <osg/Geode>
#include <osg/Geometry>
#include <osg/LineWidth>
#include <osg/NodeCallback>
#include <osg/Uniform>

#include <cmath>

namespace lunar::scene {

namespace {

constexpr int kRingSegments = 96;
constexpr double kDrapeLift_m = 1.5; // above the ground, clear of its triangles

void styleLines(osg::StateSet* state, const osg::Vec4& colour, float width_px)
{
    state->setAttributeAndModes(loadProgram("emissive"));
    state->addUniform(new osg::Uniform("emissiveColour", colour));
    state->addUniform(new osg::Uniform("emissiveIntensity", 1.0f));
    state->setAttributeAndModes(new osg::LineWidth(width_px));
    state->setMode(GL_LIGHTING, osg::StateAttribute::OFF);
}

osg::ref_ptr<osg::Geometry> lineGeometry(GLenum mode, int vertices)
{
    osg::ref_ptr<osg::Geometry> g = new osg::Geometry;
    g->setUseDisplayList(false);
    g->setUseVertexBufferObjects(true);
    g->setDataVariance(osg::Object::DYNAMIC);
    g->setVertexArray(new osg::Vec3Array(static_cast<unsigned>(vertices)));
    g->addPrimitiveSet(new osg::DrawArrays(mode, 0, vertices));
    return g;
}

// Each frame: which rings show, and a ring's vertices again when its facility moved.
class RingUpdate : public osg::NodeCallback {
public:
    RingUpdate(FacilityNodeContext context, const osg::Uniform* exaggeration)
        : c_(std::move(context)), exaggeration_(exaggeration)
    {
    }

    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        osg::Group* group = node->asGroup()->getChild(0)->asGroup(); // under the holder
        const UtcTime now = c_.now();
        const bool layer_on = c_.layers && c_.layers->keep_out;
        float exaggeration = 1.0f;
        if (exaggeration_)
            exaggeration_->get(exaggeration);
        unsigned child = 0;
        for (const Facility& f : c_.scenario->facilities) {
            if (f.keep_out_radius_m <= 0.0)
                continue;
            osg::Geode* geode = group->getChild(child++)->asGeode();
            const bool present = !f.arrival || !(now < *f.arrival);
            const bool shown = layer_on && present && c_.layers->phaseShown(f.phase);
            geode->setNodeMask(shown ? kLabelNodeMask : 0u);
            double lat = 0.0, lon = 0.0, drawn_exaggeration = 0.0;
            geode->getUserValue("lat", lat);
            geode->getUserValue("lon", lon);
            geode->getUserValue("exaggeration", drawn_exaggeration);
            if (shown && (lat != f.lat_deg || lon != f.lon_deg || drawn_exaggeration != exaggeration))
                drape(f, *geode, exaggeration);
        }
        traverse(node, nv);
    }

    void drape(const Facility& f, osg::Geode& geode, double exaggeration) const
    {
        osg::Geometry* g = geode.getDrawable(0)->asGeometry();
        auto* vertices = static_cast<osg::Vec3Array*>(g->getVertexArray());
        const EnuFrame local({degToRad(f.lat_deg), degToRad(f.lon_deg), 0.0});
        for (int i = 0; i < kRingSegments; ++i) {
            const double a = kTwoPi * i / kRingSegments;
            const LatLonHeight p = local.selenographicFromEnu(
                {f.keep_out_radius_m * std::sin(a), f.keep_out_radius_m * std::cos(a), 0.0});
            double h = c_.terrain->heightAt({p.lat_rad, p.lon_rad});
            h = std::isfinite(h) ? h : 0.0;
            const Vec3d enu = c_.frame->enuFromSelenographic(
                {p.lat_rad, p.lon_rad, h * exaggeration + kDrapeLift_m});
            (*vertices)[static_cast<unsigned>(i)].set(static_cast<float>(enu.x),
                                                      static_cast<float>(enu.y),
                                                      static_cast<float>(enu.z));
        }
        vertices->dirty();
        g->dirtyBound();
        geode.setUserValue("lat", f.lat_deg);
        geode.setUserValue("lon", f.lon_deg);
        geode.setUserValue("exaggeration", exaggeration);
    }

private:
    FacilityNodeContext c_;
    osg::ref_ptr<const osg::Uniform> exaggeration_;
};

class PathsUpdate : public osg::NodeCallback {
public:
    explicit PathsUpdate(std::shared_ptr<const LayerVisibility> layers) : layers_(std::move(layers)) {}
    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        node->asGroup()->getChild(0)->setNodeMask(layers_ && layers_->trajectories ? kLabelNodeMask
                                                                                    : 0u);
        traverse(node, nv);
    }

private:
    std::shared_ptr<const LayerVisibility> layers_;
};

// The callback sits on a parent that is never hidden, so it keeps running while the
// overlay itself is switched off.
osg::ref_ptr<osg::Group> alwaysTraversed(osg::Node* overlay, osg::NodeCallback* update)
{
    osg::ref_ptr<osg::Group> holder = new osg::Group;
    holder->addChild(overlay);
    holder->setUpdateCallback(update);
    return holder;
}

} // namespace

osg::ref_ptr<osg::Group> buildKeepOutRings(const FacilityNodeContext& context,
                                           const osg::Uniform* vertical_exaggeration)
{
    osg::ref_ptr<osg::Group> rings = new osg::Group;
    rings->setName("keep-out circles");
    styleLines(rings->getOrCreateStateSet(), osg::Vec4(1.0f, 0.45f, 0.1f, 1.0f), 2.0f);
    for (const Facility& f : context.scenario->facilities) {
        if (f.keep_out_radius_m <= 0.0)
            continue;
        osg::ref_ptr<osg::Geode> geode = new osg::Geode;
        geode->setName(f.id + " keep-out");
        geode->addDrawable(lineGeometry(GL_LINE_LOOP, kRingSegments));
        geode->setUserValue("lat", 1000.0); // not draped yet
        geode->setUserValue("lon", 1000.0);
        geode->setNodeMask(0u);
        rings->addChild(geode);
    }
    // The update visitor does not enter hidden children, so the callback sits above them.
    return alwaysTraversed(rings.get(), new RingUpdate(context, vertical_exaggeration));
}

osg::ref_ptr<osg::Group> buildDescentPaths(const std::vector<LanderFlight>& flights,
                                           const EnuFrame& frame,
                                           std::shared_ptr<const LayerVisibility> layers)
{
    osg::ref_ptr<osg::Group> paths = new osg::Group;
    paths->setName("descent paths");
    styleLines(paths->getOrCreateStateSet(), osg::Vec4(0.35f, 0.85f, 1.0f, 1.0f), 2.0f);
    constexpr int kSamples = 400;
    // Only the last 60 km: the approach from orbit starts ~500 km downrange, and a line that
    // long would push the camera's automatic near plane out and cut the foreground away
    // (the globe view shows the whole descent as a moving marker).
    constexpr double kShownRange_m = 60000.0;
    for (const LanderFlight& flight : flights) {
        osg::ref_ptr<osg::Vec3Array> points = new osg::Vec3Array;
        const double duration_s = flight.trajectory->duration_s();
        const Vec3d site = frame.enuFromSelenographic(flight.site);
        for (int i = 0; i <= kSamples; ++i) {
            // Just before touchdown the lander is on its way down, not yet settled.
            const double t_s = std::min(duration_s * i / kSamples, duration_s - 1e-3);
            const Vec3d p =
                landerPoseAt(flight, frame, flight.start.plusSeconds(t_s)).position_enu;
            if (std::hypot(p.x - site.x, p.y - site.y) <= kShownRange_m)
                points->push_back(osg::Vec3(static_cast<float>(p.x), static_cast<float>(p.y),
                                            static_cast<float>(p.z)));
        }
        if (points->size() < 2)
            continue;
        osg::ref_ptr<osg::Geometry> g = lineGeometry(GL_LINE_STRIP, static_cast<int>(points->size()));
        g->setVertexArray(points);
        osg::ref_ptr<osg::Geode> geode = new osg::Geode;
        geode->setName(flight.mission_id + " descent path");
        geode->addDrawable(g);
        paths->addChild(geode);
    }
    paths->setNodeMask(0u);
    return alwaysTraversed(paths.get(), new PathsUpdate(std::move(layers)));
}

} // namespace lunar::scene
