#include "export/OffscreenRenderer.h"

#include <osg/GLObjects>

#include "core/LunarError.h"
#include "io/AtomicFile.h"
#include "scene/DepthRange.h"
#include "scene/PagedTerrain.h"
#include "scene/ViewMatrix.h"

#include <osg/GraphicsContext>
#include <OpenThreads/Thread>
#include <osgDB/DatabasePager>
#include <osgDB/WriteFile>

#include <cstdlib>

namespace lunar::exporting {

namespace {

// Upper bound on frames spent waiting for tiles (a deep quadtree needs one per level).
constexpr int kMaxPagingFrames = 400;

// Copies the framebuffer into an image after everything (scene and overlay) has drawn.
class ReadbackCallback : public osg::Camera::DrawCallback {
public:
    explicit ReadbackCallback(osg::Image* image) : image_(image) {}
    void operator()(osg::RenderInfo& /*info*/) const override
    {
        image_->readPixels(0, 0, image_->s(), image_->t(), GL_RGBA, GL_UNSIGNED_BYTE);
    }

private:
    osg::Image* image_;
};

osg::ref_ptr<osg::GraphicsContext> makePbuffer(int width, int height, int samples)
{
    osg::ref_ptr<osg::GraphicsContext::Traits> traits = new osg::GraphicsContext::Traits;
    traits->x = 0;
    traits->y = 0;
    traits->width = width;
    traits->height = height;
    traits->red = traits->green = traits->blue = 8;
    traits->alpha = 0;
    traits->depth = 24;
    traits->windowDecoration = false;
    traits->pbuffer = true;
    traits->doubleBuffer = false;
    traits->sharedContext = nullptr;
    traits->sampleBuffers = samples > 0 ? 1 : 0;
    traits->samples = static_cast<unsigned>(samples);
    traits->readDISPLAY();
    if (traits->displayNum < 0)
        traits->displayNum = 0;
    return osg::GraphicsContext::createGraphicsContext(traits.get());
}

} // namespace

OffscreenRenderer::OffscreenRenderer(const OffscreenOptions& options) : options_(options)
{
    if (options.width < 16 || options.height < 16 || options.width > 16384 ||
        options.height > 16384)
        throw LunarError("--size", std::to_string(options.width) + "x" +
                                       std::to_string(options.height) +
                                       " is outside 16x16..16384x16384");
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display)
        throw LunarError("snapshot", "no X display for the offscreen OpenGL context; run it "
                                     "under xvfb-run (scripts/run does this)");
    osg::ref_ptr<osg::GraphicsContext> context =
        makePbuffer(options.width, options.height, options.samples);
    if (!context && options.samples > 0)
        context = makePbuffer(options.width, options.height, 0);
    if (!context || !context->valid())
        throw LunarError("snapshot", "cannot create an offscreen OpenGL context of " +
                                         std::to_string(options.width) + "x" +
                                         std::to_string(options.height) + " on display " +
                                         display);

    viewer_ = new osgViewer::Viewer;
    viewer_->setThreadingModel(osgViewer::Viewer::SingleThreaded);
    viewer_->setKeyEventSetsDone(0);
    osg::Camera* camera = viewer_->getCamera();
    camera->setGraphicsContext(context);
    camera->setViewport(0, 0, options.width, options.height);
    camera->setClearColor(osg::Vec4(0.0f, 0.0f, 0.0f, 1.0f));
    scene::useSurfaceDepthRange(*camera);
    camera->setDrawBuffer(GL_FRONT);
    camera->setReadBuffer(GL_FRONT);
    image_ = new osg::Image;
    image_->allocateImage(options.width, options.height, 1, GL_RGBA, GL_UNSIGNED_BYTE);
    camera->setFinalDrawCallback(new ReadbackCallback(image_.get()));
    viewer_->setCameraManipulator(nullptr);
    scene::configurePager(*viewer_);
}

OffscreenRenderer::~OffscreenRenderer()
{
    // The scene outlives this context (tests and exports render one scene from several):
    // free its GL objects here, while the context is current, so a later context that gets
    // the same context ID does not bind names that now mean something else.
    osg::GraphicsContext* context = viewer_ ? viewer_->getCamera()->getGraphicsContext() : nullptr;
    if (!context || !viewer_->isRealized() || !viewer_->getSceneData() || !context->getState())
        return;
    if (context->makeCurrent()) {
        viewer_->getSceneData()->releaseGLObjects(context->getState());
        osg::flushAllDeletedGLObjects(context->getState()->getContextID());
        context->releaseContext();
    }
}

void OffscreenRenderer::setScene(osg::Node* scene) { viewer_->setSceneData(scene); }

void OffscreenRenderer::setPose(const CameraPose& pose)
{
    osg::Camera* camera = viewer_->getCamera();
    camera->setViewMatrix(scene::viewMatrixOf(pose));
    camera->setProjectionMatrixAsPerspective(
        pose.fov_y_deg, static_cast<double>(options_.width) / options_.height, 1.0, 1.0e6);
}

osg::ref_ptr<osg::Image> OffscreenRenderer::render()
{
    drawUntilPaged();
    return new osg::Image(*image_, osg::CopyOp::DEEP_COPY_ALL);
}

void OffscreenRenderer::drawUntilPaged()
{
    if (!viewer_->isRealized())
        viewer_->realize();
    const int frames = first_frame_ ? 2 : 1;
    first_frame_ = false;
    for (int i = 0; i < frames; ++i)
        viewer_->frame();
    // Paged terrain: keep drawing until every tile this view asks for is loaded, so the
    // image is complete and the same on every run (each round can only refine one level).
    osgDB::DatabasePager* pager = viewer_->getDatabasePager();
    for (int round = 0; pager && round < kMaxPagingFrames; ++round) {
        if (!pager->getRequestsInProgress())
            break;
        // Let the pager's threads work until something is ready for the next frame.
        for (int waited_ms = 0; waited_ms < 5000 && pager->getRequestsInProgress() &&
                                pager->getDataToMergeListSize() == 0 &&
                                pager->getDataToCompileListSize() == 0;
             waited_ms += 2)
            OpenThreads::Thread::microSleep(2000);
        viewer_->frame();
    }
    viewer_->frame(); // draw with the last merged tiles
}

osg::Vec3d OffscreenRenderer::project(const osg::Vec3d& world) const
{
    const osg::Camera* camera = viewer_->getCamera();
    const osg::Matrixd to_window = camera->getViewMatrix() * camera->getProjectionMatrix() *
                                   camera->getViewport()->computeWindowMatrix();
    return world * to_window;
}

void writePng(const osg::Image& image, const std::string& path)
{
    io::writeAtomically(path, [&](const std::string& temp) {
        if (!osgDB::writeImageFile(image, temp))
            throw LunarError(path, "could not be written as PNG (is OSG's png plugin "
                                   "installed?)");
    });
}

} // namespace lunar::exporting
