#include "scene/MeasureOverlay.h"

#include "scene/FacilityLabels.h"
#include "scene/ShaderLibrary.h"

#include <osg/Depth>
#include <osg/Geode>
#include <osg/Geometry>
#include <osg/LineWidth>
#include <osg/NodeCallback>
#include <osg/Point>

#include <cmath>

namespace lunar::scene {

namespace {

constexpr double kLift_m = 2.0; // above the ground, clear of its triangles
// After the terrain, facilities and sky (bins 0..11), before the labels (20).
constexpr int kHiddenBin = 14;
constexpr int kShownBin = 15;
constexpr float kHiddenIntensity = 0.4f;

enum Child : unsigned { kPathLine, kPathDots, kRouteLine, kChildren };

osg::ref_ptr<osg::Geode> marksGeode(GLenum mode, const osg::Vec4& colour, float size_px)
{
    osg::ref_ptr<osg::Geometry> g = new osg::Geometry;
    g->setUseDisplayList(false);
    g->setUseVertexBufferObjects(true);
    g->setDataVariance(osg::Object::DYNAMIC);
    g->setVertexArray(new osg::Vec3Array);
    g->addPrimitiveSet(new osg::DrawArrays(mode, 0, 0));
    osg::ref_ptr<osg::Geode> geode = new osg::Geode;
    geode->addDrawable(g);
    osg::StateSet* state = geode->getOrCreateStateSet();
    state->addUniform(new osg::Uniform("emissiveColour", colour));
    if (mode == GL_POINTS)
        state->setAttributeAndModes(new osg::Point(size_px));
    else
        state->setAttributeAndModes(new osg::LineWidth(size_px));
    return geode;
}

// The same geometry twice: dimmed where the ground hides it (no depth test), then at full
// colour where it is in view.
osg::ref_ptr<osg::Group> seenThroughTerrain(osg::Node* marks)
{
    osg::ref_ptr<osg::Group> hidden = new osg::Group;
    hidden->addChild(marks);
    osg::StateSet* h = hidden->getOrCreateStateSet();
    h->addUniform(new osg::Uniform("emissiveIntensity", kHiddenIntensity));
    h->setMode(GL_DEPTH_TEST, osg::StateAttribute::OFF | osg::StateAttribute::OVERRIDE);
    h->setAttributeAndModes(new osg::Depth(osg::Depth::ALWAYS, 0.0, 1.0, false));
    h->setRenderBinDetails(kHiddenBin, "RenderBin");
    osg::ref_ptr<osg::Group> shown = new osg::Group;
    shown->addChild(marks);
    osg::StateSet* s = shown->getOrCreateStateSet();
    s->addUniform(new osg::Uniform("emissiveIntensity", 1.0f));
    s->setAttributeAndModes(new osg::Depth(osg::Depth::LEQUAL, 0.0, 1.0, true));
    s->setRenderBinDetails(kShownBin, "RenderBin");
    osg::ref_ptr<osg::Group> both = new osg::Group;
    both->addChild(hidden);
    both->addChild(shown);
    return both;
}

class MarksUpdate : public osg::NodeCallback {
public:
    MarksUpdate(std::shared_ptr<const MeasureMarks> marks, const TerrainStack& terrain,
                const EnuFrame& frame, std::function<double()> exaggeration, osg::Group* marks_group)
        : marks_(std::move(marks)), terrain_(terrain), frame_(frame),
          exaggeration_(std::move(exaggeration)), group_(marks_group)
    {
    }

    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        const double exaggeration = exaggeration_ ? exaggeration_() : 1.0;
        if (marks_->revision != drawn_revision_ || exaggeration != drawn_exaggeration_) {
            drape(kPathLine, marks_->path.size() >= 2 ? marks_->path : std::vector<LatLon>{},
                  exaggeration);
            drape(kPathDots, marks_->points, exaggeration);
            drape(kRouteLine, marks_->route, exaggeration);
            drawn_revision_ = marks_->revision;
            drawn_exaggeration_ = exaggeration;
        }
        traverse(node, nv);
    }

private:
    void drape(Child child, const std::vector<LatLon>& positions, double exaggeration)
    {
        osg::Geometry* g = group_->getChild(child)->asGeode()->getDrawable(0)->asGeometry();
        osg::ref_ptr<osg::Vec3Array> vertices = new osg::Vec3Array;
        vertices->reserve(positions.size());
        for (const LatLon& p : positions) {
            double h = terrain_.heightAt(p);
            h = std::isfinite(h) ? h : 0.0;
            const Vec3d enu = frame_.enuFromSelenographic({p.lat_rad, p.lon_rad, h * exaggeration + kLift_m});
            vertices->push_back(osg::Vec3(static_cast<float>(enu.x), static_cast<float>(enu.y),
                                          static_cast<float>(enu.z)));
        }
        g->setVertexArray(vertices);
        static_cast<osg::DrawArrays*>(g->getPrimitiveSet(0))->setCount(static_cast<GLsizei>(vertices->size()));
        g->dirtyBound();
        group_->getChild(child)->setNodeMask(vertices->empty() ? 0u : kLabelNodeMask);
    }

    std::shared_ptr<const MeasureMarks> marks_;
    const TerrainStack& terrain_;
    const EnuFrame& frame_;
    std::function<double()> exaggeration_;
    osg::Group* group_;
    unsigned drawn_revision_ = ~0u;
    double drawn_exaggeration_ = 0.0;
};

} // namespace

const osg::Vec4& measurePathColour()
{
    static const osg::Vec4 colour(1.0f, 0.85f, 0.2f, 1.0f); // amber
    return colour;
}

const osg::Vec4& measureRouteColour()
{
    static const osg::Vec4 colour(1.0f, 0.2f, 0.85f, 1.0f); // magenta: nothing on the Moon is
    return colour;
}

osg::ref_ptr<osg::Group> buildMeasureOverlay(std::shared_ptr<const MeasureMarks> marks,
                                             const TerrainStack& terrain, const EnuFrame& frame,
                                             std::function<double()> exaggeration)
{
    osg::ref_ptr<osg::Group> group = new osg::Group;
    group->addChild(marksGeode(GL_LINE_STRIP, measurePathColour(), 3.0f));
    group->addChild(marksGeode(GL_POINTS, measurePathColour(), 9.0f));
    group->addChild(marksGeode(GL_LINE_STRIP, measureRouteColour(), 3.0f));
    for (unsigned i = 0; i < kChildren; ++i)
        group->getChild(i)->setNodeMask(0u);
    osg::ref_ptr<osg::Group> overlay = seenThroughTerrain(group.get());
    overlay->setName("measure marks");
    osg::StateSet* state = overlay->getOrCreateStateSet();
    state->setAttributeAndModes(loadProgram("emissive"));
    state->setMode(GL_LIGHTING, osg::StateAttribute::OFF);
    // Drawn, never picked (a click on a line must reach the ground under it).
    overlay->setNodeMask(kLabelNodeMask);
    overlay->setUpdateCallback(
        new MarksUpdate(std::move(marks), terrain, frame, std::move(exaggeration), group.get()));
    return overlay;
}

} // namespace lunar::scene
