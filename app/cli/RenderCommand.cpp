// `lunarviz render`: a scenario's camera path filmed offscreen to an MP4 (H.264) or to a
// numbered PNG sequence.
#include "cli/CommandLine.h"
#include "cli/SceneOptions.h"

#include "core/Log.h"
#include "core/LunarError.h"
#include "core/ProgressBar.h"
#include "export/FilmFrames.h"
#include "export/Mp4Writer.h"
#include "io/AtomicFile.h"
#include "io/ScenarioLoader.h"
#include "mission/MissionEvents.h"
#include "mission/ProgrammeCaption.h"
#include "ui/ImGuiBridge.h"
#include "ui/PresentationCaption.h"
#include "ui/UiScale.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace lunar::cli {

namespace {

std::atomic<bool> g_interrupted{false};
extern "C" void onInterrupt(int) { g_interrupted = true; }

// Where the frames go: an existing folder, or a new one whose parent exists.
bool isMp4(const std::string& out)
{
    return out.size() > 4 && out.compare(out.size() - 4, 4, ".mp4") == 0;
}

std::filesystem::path frameFolder(const std::string& out)
{
    namespace fs = std::filesystem;
    const fs::path dir(out);
    std::error_code ec;
    if (fs::is_directory(dir, ec))
        return dir;
    if (fs::exists(dir, ec))
        throw LunarError(out, "is a file; --out takes a folder for the PNG sequence");
    const fs::path parent = dir.parent_path().empty() ? fs::path(".") : dir.parent_path();
    if (!fs::is_directory(parent, ec))
        throw LunarError(out, "cannot be created: its folder " + parent.string() + " does not exist");
    fs::create_directory(dir, ec);
    if (ec)
        throw LunarError(out, "cannot be created: " + ec.message());
    return dir;
}

} // namespace

Subcommand addRenderCommand(CLI::App& app)
{
    struct Options {
        SceneOptions scene;
        std::string path;
        std::string size = "1920x1080";
        double fps = 30.0;
        std::string out = "frames";
        bool captions = false;
        int msaa = 4;
        double from_s = 0.0;
        double to_s = 1e9;
        exporting::Mp4Quality quality;
    };
    auto options = std::make_shared<Options>();
    CLI::App* sub = app.add_subcommand("render", "Film a camera path offscreen to MP4 or PNGs");
    options->scene.addTo(*sub);
    sub->add_option("--path", options->path, "Camera path of the scenario (camera_paths[].name)")
        ->required();
    sub->add_option("--size", options->size, "Frame size WIDTHxHEIGHT")->capture_default_str();
    sub->add_option("--fps", options->fps, "Frames per second of film")->capture_default_str();
    sub->add_option("--out", options->out,
                    "FILE.mp4 (H.264), or a folder for PNG frames (PATH_00000.png, ...)")
        ->capture_default_str();
    sub->add_option("--msaa", options->msaa, "Multisample anti-aliasing samples (0: off)")
        ->check(CLI::Range(0, 16))
        ->capture_default_str();
    sub->add_option("--from", options->from_s,
                    "Film only from this film time on, in seconds (frames keep their numbers)");
    sub->add_option("--to", options->to_s, "Film only up to this film time, in seconds");
    sub->add_option("--crf", options->quality.crf,
                    "MP4 quality: x264's constant rate factor (0 lossless, 18 visually lossless, 51 worst)")
        ->check(CLI::Range(0, 51))
        ->capture_default_str();
    sub->add_option("--preset", options->quality.preset,
                    "MP4 encoding speed: an x264 preset (ultrafast .. veryslow; slower: smaller files)")
        ->check(CLI::IsMember(exporting::x264Presets()))
        ->capture_default_str();
    sub->add_flag("--captions", options->captions,
                  "A caption strip: the date, the latest mission, the phase and the film's title");
    return {sub, [options] {
                int width = 0, height = 0;
                parseSize(options->size, width, height);
                exporting::FilmFrames::requireFps(options->fps);
                const bool mp4 = isMp4(options->out);
                if (mp4) { // checked before the long load
                    io::requireOutputDirectory(options->out);
                    exporting::Mp4Writer::requireEvenSize(width, height);
                }
                const std::filesystem::path dir = mp4 ? std::filesystem::path() : frameFolder(options->out);
                LayerVisibility layers;
                options->scene.applyLayers(layers);
                // A wrong path name is reported before the long load of the scene.
                const Scenario scenario = options->scene.scenarioShown();
                const double duration_s = scenario.cameraPath(options->path).keys.back().video_s;
                const exporting::FrameRange range = exporting::filmFramesBetween(
                    duration_s, options->fps, options->from_s, options->to_s);
                const auto loaded = scene::loadScene(options->scene.request());
                *loaded->layers = layers;
                exporting::FilmFrames frames(*loaded, loaded->film(options->path),
                                             {width, height, options->msaa}, options->fps);
                const std::size_t count = range.end - range.first;
                // Captions: the presentation strip, drawn by ImGui into the frames, at a scale
                // set by the frame size alone (96 DPI) so every machine films the same.
                const std::vector<ProgrammeEvent> events = programmeEvents(loaded->scenario);
                std::unique_ptr<ui::ImGuiBridge> captions;
                if (options->captions) {
                    const std::string title = frames.film().title;
                    const scene::LoadedScene* scene = loaded.get();
                    captions = std::make_unique<ui::ImGuiBridge>([scene, &events, title] {
                        ui::drawPresentationCaption(
                            programmeCaption(scene->scenario, events, scene->clock->now()), title);
                    });
                    captions->setDisplaySize(width, height);
                    captions->setScale(ui::uiScaleFor(96.0, width, height));
                    captions->attach(frames.renderer().viewer().getCamera());
                }
                // Ctrl-C stops after the frame being drawn: every file written is whole.
                g_interrupted = false;
                std::signal(SIGINT, onInterrupt);
                std::unique_ptr<exporting::Mp4Writer> video;
                if (mp4)
                    video = std::make_unique<exporting::Mp4Writer>(options->out, width, height,
                                                                   options->fps, options->quality);
                std::size_t written = 0;
                {
                    ProgressBar progress("film " + options->path, count);
                    for (std::size_t i = range.first; i < range.end && !g_interrupted; ++i) {
                        const osg::ref_ptr<osg::Image> image = frames.render(i);
                        if (video) {
                            video->write(*image);
                        }
                        else {
                            char name[64];
                            std::snprintf(name, sizeof name, "_%05zu.png", i);
                            exporting::writePng(*image, (dir / (options->path + name)).string());
                        }
                        ++written;
                        progress.advance();
                    }
                }
                if (video) // also when interrupted: what was filmed is a playable file
                    video->finish();
                std::signal(SIGINT, SIG_DFL);
                const std::string where = mp4 ? options->out : dir.string();
                if (g_interrupted) {
                    log::error("interrupted: " + std::to_string(written) + " of " +
                               std::to_string(count) + " frames written to " + where);
                    return 130;
                }
                std::printf("wrote %zu frame%s (%dx%d, %.3g fps, %.2f s) to %s\n", written,
                            written == 1 ? "" : "s", width,
                            height, options->fps, static_cast<double>(count) / options->fps,
                            where.c_str());
                return 0;
            }};
}

} // namespace lunar::cli
