#include "export/FilmFrames.h"

#include "core/LunarError.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace lunar::exporting {

FilmFrames::FilmFrames(scene::LoadedScene& scene, Film film,
                       const OffscreenOptions& options, double fps)
    : scene_(scene), film_(std::move(film)), fps_(fps),
      frame_count_(filmFramesBetween(film_.path.duration_s(), fps, 0.0, film_.path.duration_s()).end),
      renderer_(options), schedule_(film_.path.duration_s()),
      exposure_ev_before_(scene.exposureEv())
{
    requireFps(fps);
    renderer_.setScene(scene_.root.get());
    if (!scene_.exposure_settings.fixed_ev)
        meter_ = std::make_unique<ExposureMeter>(renderer_.viewer(), options.width,
                                                 options.height, scene_.exposure_settings);
}

FilmFrames::~FilmFrames() { scene_.setExposureEv(exposure_ev_before_); }

void FilmFrames::requireFps(double fps)
{
    if (!(fps >= 1.0 && fps <= 240.0))
        throw LunarError("--fps", std::to_string(fps) + " is outside 1..240");
}

FrameRange filmFramesBetween(double duration_s, double fps, double from_s, double to_s)
{
    const auto seconds = [](double s) {
        char text[32];
        std::snprintf(text, sizeof text, "%g s", s);
        return std::string(text);
    };
    if (!(from_s >= 0.0) || from_s > duration_s)
        throw LunarError("--from", seconds(from_s) + " is outside the film (0 to " +
                                       seconds(duration_s) + ")");
    if (!(to_s >= from_s))
        throw LunarError("--to", seconds(to_s) + " is before --from (" + seconds(from_s) + ")");
    FrameRange range;
    range.first = static_cast<std::size_t>(std::ceil(from_s * fps - 1e-9));
    range.end = static_cast<std::size_t>(std::floor(std::min(to_s, duration_s) * fps + 1e-9)) + 1;
    if (range.first >= range.end)
        throw LunarError("--to", "no frame lies between --from and --to at this --fps");
    return range;
}

CameraPose FilmFrames::poseAt(double video_s) const
{
    return film_.poseAboveGround(video_s, *scene_.frame, scene_.terrain,
                                 scene_.vertical_exaggeration);
}

void FilmFrames::showFilmTime(double video_s)
{
    scene_.clock->pause();
    scene_.clock->seek(film_.time.at(video_s));
    scene_.clock->holdSky(film_.time.skyHeldAt(video_s));
    renderer_.setPose(poseAt(video_s));
}

std::optional<double> FilmFrames::meteredEv(int grid_index)
{
    if (const auto known = metered_.find(grid_index); known != metered_.end())
        return known->second;
    showFilmTime(schedule_.sampleTime(grid_index));
    const std::optional<MeterReading> reading = meter_->meterAlone(renderer_);
    const std::optional<double> ev =
        reading ? std::optional<double>(exposureEvFor(*reading, scene_.exposure_settings))
                : std::nullopt;
    metered_[grid_index] = ev;
    return ev;
}

double FilmFrames::exposureEvAt(double video_s)
{
    if (scene_.exposure_settings.fixed_ev)
        return *scene_.exposure_settings.fixed_ev;
    return schedule_.evAt(video_s, [this](int k) { return meteredEv(k); });
}

osg::ref_ptr<osg::Image> FilmFrames::render(std::size_t frame)
{
    const double t = videoTimeOf(frame);
    scene_.setExposureEv(exposureEvAt(t)); // meters first: it moves the clock and camera
    showFilmTime(t);
    return renderer_.render();
}

} // namespace lunar::exporting
