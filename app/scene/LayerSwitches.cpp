#include "scene/LayerSwitches.h"

#include <osg/NodeCallback>
#include <osg/observer_ptr>
#include <osg/Uniform>

namespace lunar::scene {

namespace {
class ApplyLayers : public osg::NodeCallback {
public:
    ApplyLayers(osg::Uniform* shading, osg::Uniform* photometry, osg::Uniform* grid,
                osg::Uniform* detail, osg::Node* stars, std::shared_ptr<const LayerVisibility> layers)
        : shading_(shading), photometry_(photometry), grid_(grid), detail_(detail), stars_(stars),
          layers_(std::move(layers))
    {
    }

    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        shading_->set(static_cast<int>(layers_->shading));
        photometry_->set(static_cast<int>(layers_->photometry));
        grid_->set(layers_->grid ? 1.0f : 0.0f);
        detail_->set(layers_->detail ? 1.0f : 0.0f);
        if (stars_.valid())
            stars_->setNodeMask(layers_->stars ? ~0u : 0u);
        traverse(node, nv);
    }

private:
    osg::ref_ptr<osg::Uniform> shading_;
    osg::ref_ptr<osg::Uniform> photometry_;
    osg::ref_ptr<osg::Uniform> grid_;
    osg::ref_ptr<osg::Uniform> detail_;
    osg::observer_ptr<osg::Node> stars_;
    std::shared_ptr<const LayerVisibility> layers_;
};
} // namespace

void attachLayerSwitches(osg::Group& root, osg::Node* stars,
                         std::shared_ptr<const LayerVisibility> layers,
                         const osg::Vec2& height_range_m)
{
    if (!layers)
        return;
    osg::StateSet* state = root.getOrCreateStateSet();
    osg::ref_ptr<osg::Uniform> shading = new osg::Uniform("terrainShading", 0);
    osg::ref_ptr<osg::Uniform> photometry = new osg::Uniform("photometricModel", 0);
    osg::ref_ptr<osg::Uniform> grid = new osg::Uniform("gridEnabled", 0.0f);
    state->addUniform(shading);
    state->addUniform(photometry);
    state->addUniform(grid);
    osg::ref_ptr<osg::Uniform> detail = new osg::Uniform("surfaceDetailEnabled", 1.0f);
    state->addUniform(detail);
    state->addUniform(new osg::Uniform("heightRange", height_range_m));
    root.addUpdateCallback(new ApplyLayers(shading.get(), photometry.get(), grid.get(),
                                           detail.get(), stars, std::move(layers)));
}

} // namespace lunar::scene
