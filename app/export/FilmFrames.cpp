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
      renderer_(options)
{
    requireFps(fps);
    renderer_.setScene(scene_.root.get());
}

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

osg::ref_ptr<osg::Image> FilmFrames::render(std::size_t frame)
{
    const double t = videoTimeOf(frame);
    scene_.clock->pause();
    scene_.clock->seek(film_.time.at(t));
    scene_.clock->holdSky(film_.time.skyHeldAt(t));
    renderer_.setPose(poseAt(t));
    return renderer_.render();
}

} // namespace lunar::exporting
