// `lunarviz [view]`: the interactive window with the timeline overlay.
#include "cli/CommandLine.h"
#include "cli/SceneOptions.h"

#include "core/LunarError.h"
#include "mission/MissionEvents.h"
#include "scene/LanderCameras.h"
#include "scene/PagedTerrain.h"
#include "ui/ImGuiBridge.h"
#include "ui/FacilityPicker.h"
#include "ui/InspectorPanel.h"
#include "ui/TimelinePanel.h"

#include <osgGA/TerrainManipulator>
#include <osgViewer/Viewer>
#include <osgViewer/ViewerEventHandlers>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace lunar::cli {

namespace {
osg::Vec3d toOsg(const Vec3d& v) { return {v.x, v.y, v.z}; }

int runView(const SceneOptions& options, const std::string& size, int frames)
{
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display)
        throw LunarError("view", "no X display to open a window on; use `lunarviz snapshot` "
                                 "(scripts/run does this when headless)");
    int width = 0, height = 0;
    parseSize(size, width, height);
    const auto loaded = scene::loadScene(options.request());

    osgViewer::Viewer viewer;
    viewer.setThreadingModel(osgViewer::Viewer::SingleThreaded); // ImGui needs one thread
    viewer.setUpViewInWindow(60, 60, width, height);
    viewer.setSceneData(loaded->root.get());
    viewer.getCamera()->setClearColor(osg::Vec4(0, 0, 0, 1));
    const scene::CameraPose pose = loaded->defaultPose();
    viewer.getCamera()->setProjectionMatrixAsPerspective(
        pose.fov_y_deg, static_cast<double>(width) / height, 1.0, 1.0e6);
    osg::ref_ptr<osgGA::TerrainManipulator> manipulator = new osgGA::TerrainManipulator;
    manipulator->setHomePosition(toOsg(pose.eye_enu), toOsg(pose.target_enu),
                                 toOsg(pose.up_enu));
    viewer.setCameraManipulator(manipulator);
    viewer.addEventHandler(new osgViewer::StatsHandler);
    scene::configurePager(viewer);

    const std::vector<ProgrammeEvent> events = programmeEvents(loaded->scenario);
    ui::TimelinePanel timeline(loaded->scenario, *loaded->clock, loaded->layers.get(), &events);
    LayoutEditor editor(loaded->scenario);
    // Layout edits are saved to the scenario file; the built-in one is never overwritten.
    const std::string save_path = options.scenario.empty() ? "ilrs_layout.json"
                                                           : options.scenario;
    const TerrainStack& terrain = loaded->terrain;
    ui::InspectorPanel inspector(loaded->scenario, editor,
                                 [&terrain](const LatLon& p) { return terrain.heightAt(p); },
                                 save_path);
    ui::ImGuiBridge bridge([&timeline, &inspector] {
        timeline.draw();
        inspector.draw();
    });
    viewer.realize();
    if (!viewer.isRealized())
        throw LunarError("view", std::string("cannot open a window on display ") + display);
    osgViewer::Viewer::Cameras cameras;
    viewer.getCameras(cameras);
    viewer.addEventHandler(bridge.attach(cameras.front()));
    viewer.addEventHandler(new ui::FacilityPicker(editor)); // after ImGui: sees what it took

    auto last = std::chrono::steady_clock::now();
    for (int frame = 0; !viewer.done() && (frames <= 0 || frame < frames); ++frame) {
        const auto now = std::chrono::steady_clock::now();
        loaded->clock->tick(std::chrono::duration<double>(now - last).count());
        last = now;
        viewer.frame();
        if (const auto cue = timeline.takeCueRequest()) {
            // A step onto a mission event of a lander landing here: watch it from the ground.
            for (const scene::LanderFlight& flight : loaded->lander_flights)
                if (flight.mission_id == *cue) {
                    const scene::CameraPose p = scene::landerCameraPose(
                        flight, *loaded->frame, loaded->terrain, loaded->clock->now(),
                        scene::LanderCameraMode::Ground);
                    manipulator->setHomePosition(toOsg(p.eye_enu), toOsg(p.target_enu),
                                                 toOsg(p.up_enu));
                    viewer.home();
                }
        }
        if (const auto changed = inspector.takeRebuildRequest()) {
            try {
                loaded->rebuildFacility(*changed);
            }
            catch (const LunarError& e) { // e.g. moved off the DEM: put it back
                std::fprintf(stderr, "lunarviz: %s\n", e.what());
                editor.undo();
                loaded->rebuildFacility(*changed);
            }
        }
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
