// Soak run: thousands of frames of the default scene with the overlay, in five passes over
// the whole timeline (2019-2050), with every layer on, each terrain shading in turn and the
// camera cycling through the scenario's views within each pass, all offscreen under Xvfb.
// The first pass is the warm-up: every facility arrives (its model is compiled), every view
// pages its tiles. A leak shows as growth over the four passes after it, which are the same
// frames again: resident memory at the end of each pass, the growth from the first to the
// last, and the OpenGL errors OSG detected (checked after every frame). scripts/soak runs it.
//   lunar_soak [--frames N] [--size WxH] [--hold date,camera,shading]
// --hold keeps the named parts still (to find what a growth comes with).
#include "export/OffscreenRenderer.h"
#include "scene/LoadedScene.h"
#include "ui/ViewSession.h"

#include <osg/GraphicsContext>
#include <osg/Notify>
#include <osg/State>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace lunar;

namespace {

double residentMegabytes()
{
    std::ifstream statm("/proc/self/statm");
    long pages_total = 0, pages_resident = 0;
    statm >> pages_total >> pages_resident;
    return static_cast<double>(pages_resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1e6;
}

// Counts OSG's reports of OpenGL errors (State::checkGLErrors), passing everything on.
class GlErrorCounter : public osg::NotifyHandler {
public:
    void notify(osg::NotifySeverity severity, const char* message) override
    {
        if (std::strstr(message, "OpenGL error") != nullptr || std::strstr(message, "GL error") != nullptr) {
            ++errors;
            if (errors <= 5)
                std::fprintf(stderr, "GL error: %s", message);
        }
        else if (severity <= osg::WARN) {
            std::fprintf(stderr, "%s", message);
        }
    }
    std::atomic<int> errors{0};
};

} // namespace

int main(int argc, char** argv)
{
    int frames = 10000, width = 480, height = 270;
    std::string hold;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--frames")
            frames = std::stoi(argv[i + 1]);
        else if (flag == "--size" && std::sscanf(argv[i + 1], "%dx%d", &width, &height) != 2)
            return 2;
        else if (flag == "--hold")
            hold = argv[i + 1];
    }
    const bool hold_date = hold.find("date") != std::string::npos;
    const bool hold_camera = hold.find("camera") != std::string::npos;
    const bool hold_shading = hold.find("shading") != std::string::npos;
    osg::ref_ptr<GlErrorCounter> counter = new GlErrorCounter;
    osg::setNotifyHandler(counter.get());
    osg::setNotifyLevel(osg::WARN);

    std::unique_ptr<scene::LoadedScene> scene = scene::loadScene({});
    exporting::OffscreenRenderer renderer({width, height, 0});
    renderer.setScene(scene->root.get());
    ui::ViewSession session(*scene, renderer.viewer(), {}, "");
    osgViewer::Viewer::Contexts contexts;
    renderer.viewer().getContexts(contexts);
    for (osg::GraphicsContext* gc : contexts)
        gc->getState()->setCheckForGLErrors(osg::State::ONCE_PER_FRAME);

    LayerVisibility& layers = *scene->layers;
    layers.grid = layers.keep_out = layers.trajectories = layers.labels = layers.stars = true;
    const UtcTime start = scene->scenario.timeline_start;
    const double span_s = scene->scenario.timeline_end.secondsSince(start);
    const std::vector<CameraBookmark>& views = scene->scenario.cameras;

    constexpr int kPasses = 5;
    const int pass_frames = std::max(1, frames / kPasses);
    const int warm_up = pass_frames;
    double warm_mb = 0.0;
    const auto began = std::chrono::steady_clock::now();
    for (int i = 0; i < frames; ++i) {
        const int k = i % pass_frames; // the same frames in every pass
        if (!hold_date || i == 0)
            scene->clock->seek(start.plusSeconds(hold_date ? 0.6 * span_s : span_s * k / pass_frames));
        if (!hold_shading)
            layers.shading = static_cast<TerrainShading>((k * 8 / pass_frames) % 4); // each twice a pass
        const int per_view = std::max(1, pass_frames / std::max<int>(1, static_cast<int>(views.size())));
        if (!views.empty() && k % per_view == 0 && (!hold_camera || i == 0))
            session.navigator().setPose(
                scene->pose(views[static_cast<std::size_t>(k / per_view) % views.size()].name));
        session.beforeFrame(1.0 / 60.0);
        renderer.render();
        session.afterFrame();
        if (i + 1 == warm_up)
            warm_mb = residentMegabytes();
        if ((i + 1) % pass_frames == 0)
            std::fprintf(stderr, "pass %d of %d (frame %d): %.1f MB resident\n", (i + 1) / pass_frames, kPasses, i + 1,
                         residentMegabytes());
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    const double end_mb = residentMegabytes();
    const double growth_pct = 100.0 * (end_mb - warm_mb) / warm_mb;
    std::printf("soak: %d frames at %dx%d across %s .. %s in %.0f s (%.1f ms per frame)\n", frames, width, height,
                start.toIso().c_str(), scene->scenario.timeline_end.toIso().c_str(), seconds, 1000.0 * seconds / frames);
    std::printf("  resident memory after the first pass (%d frames, the warm-up): %.1f MB; after the last: %.1f MB; "
                "growth %.2f %% (target < 2 %%)\n", warm_up, warm_mb, end_mb, growth_pct);
    std::printf("  OpenGL errors detected: %d\n", counter->errors.load());
    return (growth_pct < 2.0 && counter->errors == 0) ? 0 : 1;
}
