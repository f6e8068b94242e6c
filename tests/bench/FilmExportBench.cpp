// Film export: frames per second of `lunarviz render` to MP4 at a size, beside the same
// frames rendered without encoding (the reference), in the same run. Target: capture and
// encoding add at most 15 % to the time per frame.
//   lunar_film_bench [--size WxH] [--frames N] [--msaa N] [--preset NAME]
#include "export/FilmFrames.h"
#include "export/Mp4Writer.h"
#include "scene/LoadedScene.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

using namespace lunar;

int main(int argc, char** argv)
{
    int width = 1920, height = 1080, frames = 24, msaa = 4;
    exporting::Mp4Quality quality;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--size"))
            std::sscanf(argv[i + 1], "%dx%d", &width, &height);
        else if (!std::strcmp(argv[i], "--preset"))
            quality.preset = argv[i + 1];
        else if (!std::strcmp(argv[i], "--frames"))
            frames = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--msaa"))
            msaa = std::atoi(argv[i + 1]);
    }
    try {
        const auto scene = scene::loadScene({});
        const double fps = 30.0;
        using Clock = std::chrono::steady_clock;
        const auto seconds = [](Clock::time_point a) {
            return std::chrono::duration<double>(Clock::now() - a).count();
        };
        // Both passes film the same frames of the tour from its middle (tiles warm from a
        // first unmeasured frame), so only the encoding differs.
        const std::size_t first = 300;
        exporting::FilmFrames film(*scene, scene->film("tour"), {width, height, msaa}, fps);
        film.render(first);
        const Clock::time_point render_start = Clock::now();
        for (int i = 0; i < frames; ++i)
            film.render(first + static_cast<std::size_t>(i));
        const double render_s = seconds(render_start);

        const std::string out = (std::filesystem::temp_directory_path() / "lunarviz_bench.mp4").string();
        exporting::Mp4Writer video(out, width, height, fps, quality);
        const Clock::time_point export_start = Clock::now();
        for (int i = 0; i < frames; ++i)
            video.write(*film.render(first + static_cast<std::size_t>(i)));
        video.finish();
        const double export_s = seconds(export_start);
        std::filesystem::remove(out);

        std::printf("frames: %d at %dx%d, %d x MSAA (Mesa llvmpipe under Xvfb); x264 preset %s, CRF %d\n",
                    frames, width, height, msaa, quality.preset.c_str(), quality.crf);
        std::printf("render only (reference):  %6.3f s/frame  %6.2f fps\n", render_s / frames,
                    frames / render_s);
        std::printf("render + H.264 MP4:       %6.3f s/frame  %6.2f fps\n", export_s / frames,
                    frames / export_s);
        std::printf("capture and encoding add  %+5.1f %% per frame (target <= 15 %%)\n",
                    100.0 * (export_s - render_s) / render_s);
    }
    catch (const std::exception& e) {
        std::fprintf(stderr, "lunar_film_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
