#pragma once
// Frames to an MP4 file: H.264 through libavcodec's libx264 (CRF 18 by default), yuv420p with BT.709
// colour tags, so common players and browsers play it. The file is written under a
// temporary name and renamed when finished: an existing file of that name is never left
// half-overwritten, and a film stopped early (Ctrl-C) is finished properly and kept.
// Encoding runs on a thread of its own, overlapping the rendering of the next frames.
#include <osg/Image>

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace lunar::exporting {

// x264's quality (constant rate factor: 0 lossless, 18 visually lossless, 23 its default,
// 51 worst) and speed preset. "fast" keeps encoding well under the software renderer's
// frame time; "slow" or "veryslow" make smaller files of a final master.
struct Mp4Quality {
    int crf = 18;
    std::string preset = "fast";
};
// x264's presets, fastest first.
const std::vector<std::string>& x264Presets();

class Mp4Writer {
public:
    // Throws LunarError(path, ...) if the encoder cannot start (odd frame sizes included:
    // yuv420p needs even ones).
    Mp4Writer(const std::string& path, int width, int height, double fps,
              const Mp4Quality& quality = {});
    // Throws LunarError("--size", ...) unless both are even (so callers can check early).
    static void requireEvenSize(int width, int height);
    ~Mp4Writer(); // not finished: the temporary file is removed
    Mp4Writer(const Mp4Writer&) = delete;
    Mp4Writer& operator=(const Mp4Writer&) = delete;

    // An RGBA image of the writer's size, bottom row first (as OffscreenRenderer gives).
    void write(const osg::Image& image);
    // Flushes the encoder, writes the index and renames the file into place.
    void finish();
    std::size_t frames() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace lunar::exporting
