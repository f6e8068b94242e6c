#pragma once
// A film's frames rendered offscreen one at a time, deterministically: frame i is at film
// time i / fps; the scenario clock is set to the film's time map there and the camera to
// the path's pose, and the frame is taken only once every visible terrain tile is at its
// final level (OffscreenRenderer waits for the pager), so nothing pops in between frames.
// Each frame is exposed as mission/ExposureSchedule says from meterings at a fixed grid of
// film times (export/ExposureMeter), unless the scene has a fixed exposure.
#include "export/ExposureMeter.h"
#include "export/OffscreenRenderer.h"
#include "mission/ExposureSchedule.h"
#include "scene/LoadedScene.h"

#include <cstddef>
#include <map>
#include <memory>
#include <optional>

namespace lunar::exporting {

// Frames first to end (one past the last) of a film.
struct FrameRange {
    std::size_t first = 0, end = 0;
};

// The frames of a film of `duration_s` at `fps` (frame i at i / fps, the last at or before
// the end) whose time lies in [from_s, to_s]; throws LunarError("--from"/"--to", ...) for a
// range outside the film or holding no frame. Needs no scene, so callers check it early.
FrameRange filmFramesBetween(double duration_s, double fps, double from_s, double to_s);

class FilmFrames {
public:
    // Throws LunarError for an fps outside 1..240.
    FilmFrames(scene::LoadedScene& scene, Film film, const OffscreenOptions& options,
               double fps);
    // Gives the scene back its exposure from before the film.
    ~FilmFrames();
    FilmFrames(const FilmFrames&) = delete;
    FilmFrames& operator=(const FilmFrames&) = delete;

    // Throws LunarError("--fps", ...) outside 1..240 (so callers can check early).
    static void requireFps(double fps);

    std::size_t frameCount() const { return frame_count_; }

    double videoTimeOf(std::size_t frame) const { return static_cast<double>(frame) / fps_; }
    const Film& film() const { return film_; }
    // The renderer, to attach the optional caption overlay to its camera.
    OffscreenRenderer& renderer() { return renderer_; }

    osg::ref_ptr<osg::Image> render(std::size_t frame);
    // The camera at a film time: the path's, kept above the ground as the viewer keeps it
    // (CameraNavigator::kClearance_m).
    CameraPose poseAt(double video_s) const;
    // The exposure (EV100) of the frame at a film time (metering the grid points it needs).
    double exposureEvAt(double video_s);

private:
    void showFilmTime(double video_s); // the clock, the sky and the camera at a film time
    std::optional<double> meteredEv(int grid_index);

    scene::LoadedScene& scene_;
    Film film_;
    double fps_;
    std::size_t frame_count_;
    OffscreenRenderer renderer_;
    std::unique_ptr<ExposureMeter> meter_;
    ExposureSchedule schedule_;
    std::map<int, std::optional<double>> metered_; // grid index -> EV (empty: all sky)
    double exposure_ev_before_;
};

} // namespace lunar::exporting
