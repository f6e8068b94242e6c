#pragma once
// Renders a scene without a window: an offscreen (pbuffer) OpenGL context of the requested
// size, multisampled where the driver allows, read back into an image after each frame.
// Needs an X display (a real one or Xvfb); without one it throws a LunarError saying so.
#include "mission/CameraPose.h"

#include <osg/Camera>
#include <osg/Image>
#include <osgViewer/Viewer>

#include <string>

namespace lunar::exporting {

struct OffscreenOptions {
    int width = 1920;
    int height = 1080;
    int samples = 4; // multisample anti-aliasing; falls back to none if unavailable
};

class OffscreenRenderer {
public:
    explicit OffscreenRenderer(const OffscreenOptions& options);
    ~OffscreenRenderer();

    void setScene(osg::Node* scene);
    void setPose(const CameraPose& pose);

    // Renders one frame (two on the first call, so textures and programs are compiled and
    // the image is complete) and returns a copy of the pixels (RGBA, bottom row first).
    osg::ref_ptr<osg::Image> render();
    // Draws frames until every terrain tile the cameras ask for is loaded (what render()
    // does before it copies the pixels); the exposure meter's pass uses it too.
    void drawUntilPaged();

    // World (ENU) -> window pixel (x right, y up from the bottom row) for the current pose.
    osg::Vec3d project(const osg::Vec3d& world) const;

    osgViewer::Viewer& viewer() { return *viewer_; }

private:
    OffscreenOptions options_;
    osg::ref_ptr<osgViewer::Viewer> viewer_;
    osg::ref_ptr<osg::Image> image_;
    bool first_frame_ = true;
};

// Writes an image as PNG (atomically: temp file, then rename). Throws LunarError.
void writePng(const osg::Image& image, const std::string& path);

} // namespace lunar::exporting
