// `lunarviz snapshot`: renders one view offscreen to a PNG (no UI unless --ui).
#include "cli/CommandLine.h"
#include "cli/SceneOptions.h"

#include "core/LunarError.h"
#include "export/ExposureMeter.h"
#include "export/OffscreenRenderer.h"
#include "io/AtomicFile.h"
#include "mission/LanderCameras.h"
#include "ui/ViewSession.h"

#include <cstdio>
#include <memory>

namespace lunar::cli {

Subcommand addSnapshotCommand(CLI::App& app)
{
    struct Options {
        SceneOptions scene;
        std::string camera;
        std::string size = "1920x1080";
        std::string out = "lunarviz-snapshot.png";
        bool ui = false;
        std::string lander;
        std::string lander_camera = "ground";
    };
    auto options = std::make_shared<Options>();
    CLI::App* sub = app.add_subcommand("snapshot", "Render one view offscreen to a PNG");
    options->scene.addTo(*sub);
    sub->add_option("--camera", options->camera, "Camera bookmark name (default: the first)");
    sub->add_option("--size", options->size, "Image size WIDTHxHEIGHT")->capture_default_str();
    sub->add_option("--out", options->out, "Output PNG path")->capture_default_str();
    sub->add_flag("--ui", options->ui, "Draw the UI overlay into the image");
    sub->add_option("--lander", options->lander,
                    "Look at this mission's lander at --time (a mission landing on the terrain)");
    sub->add_option("--lander-camera", options->lander_camera,
                    "With --lander: ground (a fixed observer), chase or follow")
        ->capture_default_str();
    return {sub, [options] {
                int width = 0, height = 0;
                parseSize(options->size, width, height);
                io::requireOutputDirectory(options->out);
                LayerVisibility layers;
                options->scene.applyLayers(layers); // a wrong name is reported before loading
                const auto loaded = scene::loadScene(options->scene.request());
                *loaded->layers = layers;
                // The view first: a wrong camera or lander is reported before any GL work.
                const CameraPose pose =
                    !options->lander.empty()
                        ? landerCameraPose(loaded->landerFlight(options->lander),
                                                  *loaded->frame, loaded->terrain,
                                                  loaded->clock->now(),
                                                  landerCameraModeNamed(options->lander_camera))
                    : options->camera.empty() ? loaded->defaultPose()
                                              : loaded->pose(options->camera);
                exporting::OffscreenRenderer renderer({width, height, 4});
                renderer.setScene(loaded->root.get());
                renderer.setPose(pose);
                // Exposed for this view, metered as a camera would (or --exposure).
                {
                    exporting::ExposureMeter meter(renderer.viewer(), width, height,
                                                   loaded->exposure_settings);
                    loaded->setExposureEv(meter.evAlone(renderer));
                }
                // With --ui: the overlay as a fresh session shows it (default settings, not
                // the user's, so the picture is the same everywhere).
                std::unique_ptr<ui::ViewSession> session;
                if (options->ui) {
                    const ViewerSettings defaults;
                    session = std::make_unique<ui::ViewSession>(*loaded, renderer.viewer(),
                                                                defaults, "");
                    *loaded->layers = layers;
                    session->navigator().setPose(pose);
                    session->beforeFrame(0.0);
                }
                osg::ref_ptr<osg::Image> image = renderer.render();
                if (session) { // the panels settle their sizes over the first frames
                    session->afterFrame();
                    session->beforeFrame(0.0);
                    image = renderer.render();
                }
                exporting::writePng(*image, options->out);
                std::printf("wrote %s (%dx%d, %s)\n", options->out.c_str(), width, height,
                            loaded->clock->now().toIso().c_str());
                return 0;
            }};
}

} // namespace lunar::cli
