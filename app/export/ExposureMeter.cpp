#include "export/ExposureMeter.h"

#include "scene/FacilityLabels.h"
#include "scene/SkyNode.h"

#include <osg/Uniform>

#include <algorithm>
#include <cmath>
#include <vector>

#ifndef GL_RGBA32F_ARB
#define GL_RGBA32F_ARB 0x8814
#endif

namespace lunar::exporting {

namespace {
constexpr int kMeterWidth_px = 64; // enough for percentiles; small enough to cost little
// What the meter draws: everything but the sky and the labels.
constexpr unsigned kMeteredMask = ~(scene::kSkyNodeMask | scene::kLabelNodeMask);
} // namespace

ExposureMeter::ExposureMeter(osgViewer::Viewer& viewer, int frame_width, int frame_height,
                             ExposureSettings settings)
    : viewer_(viewer), settings_(std::move(settings)), camera_(new osg::Camera),
      image_(new osg::Image)
{
    const int width = kMeterWidth_px;
    const int height = std::max(4, static_cast<int>(std::lround(
                                       kMeterWidth_px * static_cast<double>(frame_height) /
                                       std::max(frame_width, 1))));
    image_->allocateImage(width, height, 1, GL_RGBA, GL_FLOAT);
    image_->setInternalTextureFormat(GL_RGBA32F_ARB);
    osg::Camera* master = viewer_.getCamera();
    camera_->setName("exposure meter");
    camera_->setGraphicsContext(master->getGraphicsContext());
    camera_->setViewport(0, 0, width, height);
    camera_->setRenderTargetImplementation(osg::Camera::FRAME_BUFFER_OBJECT);
    camera_->attach(osg::Camera::COLOR_BUFFER, image_.get());
    camera_->attach(osg::Camera::DEPTH_BUFFER, GL_DEPTH_COMPONENT24);
    camera_->setRenderOrder(osg::Camera::PRE_RENDER);
    // Alpha 0 where nothing is drawn: the meter tells sky from surface by it.
    camera_->setClearColor(osg::Vec4(0.0f, 0.0f, 0.0f, 0.0f));
    camera_->setClearMask(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    camera_->setCullMask(0u);
    osg::StateSet* state = camera_->getOrCreateStateSet();
    const auto forced = osg::StateAttribute::ON | osg::StateAttribute::OVERRIDE;
    state->addUniform(new osg::Uniform("exposure", 1.0f), forced);
    state->addUniform(new osg::Uniform("lunarMetering", 1.0f), forced);
    // A slave with the master's view and projection and its scene.
    viewer_.addSlave(camera_.get(), osg::Matrixd(), osg::Matrixd(), true);
}

ExposureMeter::~ExposureMeter()
{
    const unsigned index = viewer_.findSlaveIndexForCamera(camera_.get());
    if (index < viewer_.getNumSlaves())
        viewer_.removeSlave(index);
}

std::optional<MeterReading> ExposureMeter::meterAlone(OffscreenRenderer& renderer)
{
    osg::Camera* master = viewer_.getCamera();
    const unsigned master_mask = master->getCullMask();
    master->setCullMask(0u);
    camera_->setCullMask(kMeteredMask);
    renderer.drawUntilPaged();
    camera_->setCullMask(0u);
    master->setCullMask(master_mask);
    return lastReading();
}

double ExposureMeter::evAlone(OffscreenRenderer& renderer)
{
    if (settings_.fixed_ev)
        return *settings_.fixed_ev;
    const std::optional<MeterReading> reading = meterAlone(renderer);
    return reading ? exposureEvFor(*reading, settings_) : kDefaultExposureEv;
}

void ExposureMeter::meterEveryFrame(bool on) { camera_->setCullMask(on ? kMeteredMask : 0u); }

std::optional<MeterReading> ExposureMeter::lastReading() const
{
    const auto* data = reinterpret_cast<const float*>(image_->data());
    const std::size_t count = static_cast<std::size_t>(image_->s()) * image_->t() * 4;
    const std::vector<float> rgba(data, data + count);
    return meterImage(rgba, image_->s(), image_->t(), settings_);
}

} // namespace lunar::exporting
