#include "scene/FacilityLabels.h"

#include "core/LabelDeclutter.h"
#include "scene/FacilityNodes.h"
#include "scene/ScreenText.h"

#include <osg/MatrixTransform>

#include <osg/Program>
#include <osgText/Text>
#include <osgUtil/CullVisitor>

namespace lunar::scene {

namespace {

constexpr float kCharacterSize_px = 15.0f;
constexpr double kShownWithin_m = 150000.0; // eye distance from the base origin
// FreeSans (Debian fonts-freefont-ttf, which xplanet brings) when present; else OSG's own.
constexpr const char* kLabelFont = "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf";

osg::ref_ptr<osgText::Font> labelFont()
{
    static osg::ref_ptr<osgText::Font> font = osgText::readRefFontFile(kLabelFont);
    return font;
}

// The corners of a facility's model box where the shader draws them (ENU): placed by its
// node and lifted with the exaggerated ground under it.
std::vector<osg::Vec3d> modelCornersEnu(const osg::Node& node, float exaggeration)
{
    std::vector<osg::Vec3d> corners;
    const auto* placed = dynamic_cast<const osg::MatrixTransform*>(&node);
    const osg::BoundingBox* box = facilityModelBox(node);
    if (!placed || !box || !box->valid())
        return corners;
    osg::Vec3d lift;
    if (const osg::StateSet* state = node.getStateSet())
        if (const osg::Uniform* u = state->getUniform("liftUpAndHeight")) {
            osg::Vec4 up_height;
            u->get(up_height);
            lift = osg::Vec3d(up_height.x(), up_height.y(), up_height.z()) *
                   (up_height.w() * (exaggeration - 1.0));
        }
    for (unsigned i = 0; i < 8; ++i)
        corners.push_back(osg::Vec3d(box->corner(i)) * placed->getMatrix() + lift);
    return corners;
}

// Before the labels are culled: hangs each above its model on this camera's screen, hides
// those of facilities not yet arrived and those that would overlap a nearer one.
class DeclutterLabels : public osg::NodeCallback {
public:
    DeclutterLabels(const Scenario& scenario, osg::Group* facilities, TimeSource now,
                    std::shared_ptr<const LayerVisibility> layers, const osg::Uniform* exaggeration)
        : scenario_(scenario), facilities_(facilities), now_(std::move(now)),
          layers_(std::move(layers)), exaggeration_(exaggeration)
    {
    }

    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        auto* cv = dynamic_cast<osgUtil::CullVisitor*>(nv);
        auto* group = node->asGroup();
        if (layers_ && !layers_->labels)
            return; // labels switched off: draw none
        if (!cv || !group) {
            traverse(node, nv);
            return;
        }
        if (cv->getEyePoint().length() > kShownWithin_m)
            return; // from afar the base is a point: the globe's mission labels take over
        const osg::Matrixd mvp = *cv->getModelViewMatrix() * *cv->getProjectionMatrix();
        const osg::Matrixd mvpw = mvp * cv->getCurrentCamera()->getViewport()->computeWindowMatrix();
        const osg::Matrixd window_to_enu = osg::Matrixd::inverse(mvpw);
        float exaggeration = 1.0f;
        if (exaggeration_)
            exaggeration_->get(exaggeration);
        const osg::Vec3d eye = cv->getEyePoint();
        const UtcTime now = now_();
        const float scale = screenTextScale(*cv);
        std::vector<ScreenLabel> screen(group->getNumChildren());
        for (unsigned i = 0; i < group->getNumChildren(); ++i) {
            auto* text = static_cast<osgText::Text*>(group->getChild(i)->asGeode()->getDrawable(0));
            const Facility& f = scenario_.facilities[i];
            fitScreenText(*text, kCharacterSize_px, scale);
            const bool arrived = (!f.arrival || !(now < *f.arrival)) &&
                                 (!layers_ || layers_->phaseShown(f.phase));
            const double width_px =
                0.5 * kCharacterSize_px * scale * static_cast<double>(text->getText().size());
            const double height_px = kCharacterSize_px * scale;
            // The model's box on this screen; the label hangs above its top.
            const std::vector<osg::Vec3d> corners =
                facilities_.valid() && i < facilities_->getNumChildren()
                    ? modelCornersEnu(*facilities_->getChild(i), exaggeration)
                    : std::vector<osg::Vec3d>{};
            bool in_front = !corners.empty();
            ScreenBox box{1e30, 1e30, -1e30, -1e30};
            osg::Vec3d top_centre; // of the box's top face (corners 4..7)
            for (std::size_t c = 4; c < corners.size(); ++c)
                top_centre += corners[c] / 4.0;
            for (const osg::Vec3d& c : corners) {
                in_front = in_front && (osg::Vec4d(c, 1.0) * mvp).w() > 0.0;
                const osg::Vec3d w = c * mvpw;
                box = {std::min(box.x_min_px, w.x()), std::min(box.y_min_px, w.y()),
                       std::max(box.x_max_px, w.x()), std::max(box.y_max_px, w.y())};
            }
            ScreenLabel& l = screen[i];
            if (!corners.empty() && !in_front) // the eye is inside or beside the box
                text->setPosition(osg::Vec3(top_centre));
            if (in_front) {
                l = labelAboveBox(box, width_px, height_px, kLabelGap_px);
                const double depth = (top_centre * mvpw).z();
                text->setPosition(osg::Vec3(osg::Vec3d(l.x_px, l.y_px, depth) * window_to_enu));
            }
            const osg::Vec3d anchor = text->getPosition();
            const osg::Vec4d clip = osg::Vec4d(anchor, 1.0) * mvp;
            const osg::Vec3d window = anchor * mvpw;
            l.x_px = window.x();
            l.y_px = window.y();
            l.width_px = width_px;
            l.height_px = height_px;
            l.distance_m = (anchor - eye).length();
            l.on_screen = arrived && clip.w() > 0.0;
        }
        const std::vector<bool> visible = declutterLabels(screen);
        for (unsigned i = 0; i < group->getNumChildren(); ++i)
            group->getChild(i)->setNodeMask(visible[i] ? kLabelNodeMask : 0u);
        traverse(node, nv);
        for (unsigned i = 0; i < group->getNumChildren(); ++i) // other cameras decide anew
            group->getChild(i)->setNodeMask(kLabelNodeMask);
    }

private:
    const Scenario& scenario_;
    osg::observer_ptr<osg::Group> facilities_;
    TimeSource now_;
    std::shared_ptr<const LayerVisibility> layers_;
    osg::ref_ptr<const osg::Uniform> exaggeration_;
};

} // namespace

osg::ref_ptr<osg::Group> buildFacilityLabels(const Scenario& scenario, osg::Group* facilities,
                                             TimeSource now,
                                             std::shared_ptr<const LayerVisibility> layers,
                                             const osg::Uniform* exaggeration)
{
    osg::ref_ptr<osg::Group> labels = new osg::Group;
    labels->setName("facility labels");
    labels->setNodeMask(kLabelNodeMask);
    labels->setCullingActive(false);
    osg::StateSet* state = labels->getOrCreateStateSet();
    state->setAttributeAndModes(new osg::Program); // no scene shader: osgText brings its own
    state->setMode(GL_LIGHTING, osg::StateAttribute::OFF);
    state->setRenderBinDetails(20, "RenderBin");
    for (std::size_t i = 0; i < scenario.facilities.size(); ++i) {
        const Facility& f = scenario.facilities[i];
        osg::ref_ptr<osgText::Text> text = new osgText::Text;
        text->setText(f.status == "notional" ? f.name + " (notional)" : f.name);
        if (osg::ref_ptr<osgText::Font> font = labelFont())
            text->setFont(font);
        text->setCharacterSizeMode(osgText::Text::SCREEN_COORDS);
        text->setCharacterSize(kCharacterSize_px);
        text->setAxisAlignment(osgText::Text::SCREEN);
        text->setAlignment(osgText::Text::CENTER_BOTTOM);
        // Until a camera hangs it over its model: above the node's origin.
        if (facilities && i < facilities->getNumChildren())
            if (auto* placed = dynamic_cast<osg::MatrixTransform*>(facilities->getChild(static_cast<unsigned>(i))))
                text->setPosition(osg::Vec3(osg::Vec3d(0, 0, f.height_m + 3.0) * placed->getMatrix()));
        text->setColor(f.status == "notional" ? osg::Vec4(1.0f, 0.80f, 0.55f, 1.0f)
                                              : osg::Vec4(0.92f, 0.95f, 1.0f, 1.0f));
        text->setBackdropType(osgText::Text::OUTLINE);
        text->setBackdropColor(osg::Vec4(0.0f, 0.0f, 0.0f, 0.85f));
        text->setDataVariance(osg::Object::STATIC);
        osg::ref_ptr<osg::Geode> geode = new osg::Geode;
        geode->setName(f.id + " label");
        geode->addDrawable(text);
        geode->setCullingActive(false);
        geode->setNodeMask(kLabelNodeMask);
        labels->addChild(geode);
    }
    labels->setCullCallback(new DeclutterLabels(scenario, facilities, std::move(now),
                                                std::move(layers), exaggeration));
    return labels;
}

} // namespace lunar::scene
