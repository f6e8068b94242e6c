#include "scene/FacilityLabels.h"

#include "core/LabelDeclutter.h"
#include "scene/ScreenText.h"

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

// Before the labels are culled: hides those of facilities not yet arrived and those that
// would overlap a nearer one on this camera's screen.
class DeclutterLabels : public osg::NodeCallback {
public:
    DeclutterLabels(const Scenario& scenario, TimeSource now,
                    std::shared_ptr<const LayerVisibility> layers)
        : scenario_(scenario), now_(std::move(now)), layers_(std::move(layers))
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
        const osg::Matrixd mvpw = *cv->getModelViewMatrix() * *cv->getProjectionMatrix() *
                                  cv->getCurrentCamera()->getViewport()->computeWindowMatrix();
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
            const osg::Vec3d anchor = text->getPosition();
            const osg::Vec4d clip = osg::Vec4d(anchor, 1.0) * *cv->getModelViewMatrix() *
                                    *cv->getProjectionMatrix();
            const osg::Vec3d window = anchor * mvpw;
            ScreenLabel& l = screen[i];
            l.x_px = window.x();
            l.y_px = window.y();
            l.width_px = 0.5 * kCharacterSize_px * scale * static_cast<double>(text->getText().size());
            l.height_px = kCharacterSize_px * scale;
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
    TimeSource now_;
    std::shared_ptr<const LayerVisibility> layers_;
};

} // namespace

osg::ref_ptr<osg::Group> buildFacilityLabels(const Scenario& scenario,
                                             const std::vector<Vec3d>& tops_enu, TimeSource now,
                                             std::shared_ptr<const LayerVisibility> layers)
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
        text->setPosition(osg::Vec3(static_cast<float>(tops_enu[i].x), static_cast<float>(tops_enu[i].y),
                                    static_cast<float>(tops_enu[i].z)));
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
    labels->setCullCallback(new DeclutterLabels(scenario, std::move(now), std::move(layers)));
    return labels;
}

} // namespace lunar::scene
