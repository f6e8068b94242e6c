#pragma once
// The camera's light meter: a small second camera on the viewer's own context (an OSG slave
// following the main camera's view) that draws the surface, without sky or labels, into a
// float target with scene-referred values (common.glsl's lunarMetering, exposure 1), for
// mission/CameraExposure to read. The terrain it draws is paged for its own small size, so
// coarse tiles serve it.
#include "export/OffscreenRenderer.h"
#include "mission/CameraExposure.h"

#include <osg/Camera>
#include <osg/Image>
#include <osgViewer/Viewer>

#include <optional>

namespace lunar::exporting {

class ExposureMeter {
public:
    // Adds the meter to `viewer` (its scene set); `frame_width` x `frame_height` is the main
    // view's size, whose aspect the meter keeps. It draws nothing until asked.
    ExposureMeter(osgViewer::Viewer& viewer, int frame_width, int frame_height,
                  ExposureSettings settings);
    ~ExposureMeter();
    ExposureMeter(const ExposureMeter&) = delete;
    ExposureMeter& operator=(const ExposureMeter&) = delete;

    // Meters the renderer's current view and scene time alone (the main camera draws nothing
    // meanwhile), once its terrain is paged in. Empty: the view shows (almost) no surface.
    std::optional<MeterReading> meterAlone(OffscreenRenderer& renderer);
    // The EV for the renderer's current view: metered, or the default where it reads nothing.
    double evAlone(OffscreenRenderer& renderer);

    // The interactive view: the meter draws with every frame of the main camera, and
    // lastReading() is what the last frame read.
    void meterEveryFrame(bool on);
    std::optional<MeterReading> lastReading() const;

    const ExposureSettings& settings() const { return settings_; }

private:
    osgViewer::Viewer& viewer_;
    ExposureSettings settings_;
    osg::ref_ptr<osg::Camera> camera_;
    osg::ref_ptr<osg::Image> image_;
};

} // namespace lunar::exporting
