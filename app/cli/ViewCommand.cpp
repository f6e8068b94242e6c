// `lunarviz [view]`: the interactive window with the overlay (timeline, panels, cameras).
#include "cli/CommandLine.h"
#include "cli/SceneOptions.h"

#include "core/Log.h"
#include "core/LunarError.h"
#include "export/ExposureMeter.h"
#include "io/ViewerSettingsFile.h"
#include "mission/ExposureSchedule.h"
#include "scene/DepthRange.h"
#include "scene/PagedTerrain.h"
#include "ui/ViewSession.h"

#include <osgViewer/Viewer>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>

namespace lunar::cli {

namespace {

std::string layoutSavePath(const SceneOptions& options, const scene::LoadedScene& loaded)
{
    if (loaded.dem_fit.note.empty())
        return options.scenario.empty() ? "ilrs_layout.json" : options.scenario;
    return std::filesystem::path(loaded.dem_path).stem().string() + "_layout.json";
}

int runView(const SceneOptions& options, const std::string& size, int frames)
{
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display)
        throw LunarError("view", "no X display to open a window on; use `lunarviz snapshot` "
                                 "(scripts/run does this when headless)");
    int width = 0, height = 0;
    parseSize(size, width, height);
    LayerVisibility cli_layers;
    options.applyLayers(cli_layers); // a wrong name is reported before the long load
    const std::string settings_path = io::viewerSettingsPath();
    io::LoadedViewerSettings settings = io::loadViewerSettings(settings_path);
    if (!settings.problem.empty())
        log::warning(settings.problem);
    // The command line wins over the last session; the photometric model only if given.
    const PhotometricModel saved_photometry = settings.settings.layers.photometry;
    if (options.shading != "sunlit" || !options.layers.empty())
        settings.settings.layers = cli_layers;
    settings.settings.layers.photometry =
        options.photometry.empty() ? saved_photometry : cli_layers.photometry;
    scene::SceneRequest request = options.request();
    request.one_context = true; // the window's context, until the view closes
    const auto loaded = scene::loadScene(request);

    osgViewer::Viewer viewer;
    viewer.setThreadingModel(osgViewer::Viewer::SingleThreaded); // ImGui needs one thread
    viewer.setKeyEventSetsDone(0); // Esc leaves presentation mode; closing the window quits
    viewer.setUpViewInWindow(60, 60, width, height);
    viewer.getCamera()->setClearColor(osg::Vec4(0, 0, 0, 1));
    scene::useSurfaceDepthRange(*viewer.getCamera());
    scene::configurePager(viewer);
    viewer.realize();
    if (!viewer.isRealized())
        throw LunarError("view", std::string("cannot open a window on display ") + display);
    // Layout edits go to the scenario file; the built-in one is never overwritten.
    // A scenario shown on another DEM than its own (re-centred, facilities left out) is
    // saved beside it under a new name, so its own file keeps what it had.
    const std::string save_path = layoutSavePath(options, *loaded);
    ui::ViewSession session(*loaded, viewer, settings.settings, save_path);
    // The eye adapts: each frame's meter reading moves the exposure with a time constant.
    std::unique_ptr<exporting::ExposureMeter> meter;
    if (!loaded->exposure_settings.fixed_ev) {
        meter = std::make_unique<exporting::ExposureMeter>(viewer, width, height,
                                                           loaded->exposure_settings);
        meter->meterEveryFrame(true);
    }
    ExposureAdaptation adaptation;

    auto last = std::chrono::steady_clock::now();
    for (int frame = 0; !viewer.done() && (frames <= 0 || frame < frames); ++frame) {
        const auto now = std::chrono::steady_clock::now();
        const double wall_s = std::chrono::duration<double>(now - last).count();
        if (meter)
            if (const std::optional<MeterReading> reading = meter->lastReading())
                loaded->setExposureEv(adaptation.step(
                    exposureEvFor(*reading, loaded->exposure_settings), wall_s));
        session.frame(wall_s);
        last = now;
    }
    try {
        io::saveViewerSettings(session.settingsToSave(), settings_path);
    }
    catch (const LunarError& e) { // the session still ended well
        log::warning(e.what());
    }
    return 0;
}

} // namespace

Subcommand addViewCommand(CLI::App& app)
{
    struct Options {
        SceneOptions scene;
        std::string size = "1600x900";
        int frames = 0;
    };
    auto options = std::make_shared<Options>();
    CLI::App* sub = app.add_subcommand("view", "Open the interactive window (the default)");
    options->scene.addTo(*sub);
    sub->add_option("--size", options->size, "Window size WIDTHxHEIGHT")->capture_default_str();
    sub->add_option("--frames", options->frames,
                    "Draw this many frames, then exit (smoke tests, timing); 0: until closed")
        ->check(CLI::NonNegativeNumber);
    return {sub, [options] { return runView(options->scene, options->size, options->frames); }};
}

} // namespace lunar::cli
