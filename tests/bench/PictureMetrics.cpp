// Numbers for the outreach picture, from PNG files, so a look is backed by a figure:
//   lunar_picture_metrics detail FILE...      mean absolute Laplacian of luminance over the
//                                             lower half of each frame (near-ground detail)
//   lunar_picture_metrics dark LIMIT FILE...  each frame's mean luminance, and the share of
//                                             frames whose mean is below LIMIT (0..255)
#include "render/ImageStatistics.h"

#include <osgDB/ReadFile>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

osg::ref_ptr<osg::Image> readRgb(const std::string& path)
{
    osg::ref_ptr<osg::Image> image = osgDB::readImageFile(path);
    if (!image || image->s() < 3 || image->t() < 3) {
        std::fprintf(stderr, "lunar_picture_metrics: %s: cannot read it as an image\n", path.c_str());
        std::exit(1);
    }
    if (image->getPixelFormat() != GL_RGB && image->getPixelFormat() != GL_RGBA) {
        std::fprintf(stderr, "lunar_picture_metrics: %s: not an RGB or RGBA image\n", path.c_str());
        std::exit(1);
    }
    return image;
}

} // namespace

int main(int argc, char** argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "detail" && argc > 2) {
        for (int i = 2; i < argc; ++i) {
            const auto image = readRgb(argv[i]);
            // OSG images count rows from the bottom: the lower half is rows 0 .. t/2.
            std::printf("%s: lower-half mean |Laplacian| %.2f\n", argv[i],
                        lunar::test::meanAbsLaplacian(*image, 0, 0, image->s(), image->t() / 2));
        }
        return 0;
    }
    if (mode == "dark" && argc > 3) {
        const double limit = std::atof(argv[2]);
        int dark = 0, frames = 0;
        for (int i = 3; i < argc; ++i, ++frames) {
            const double mean = lunar::test::meanLuminance(*readRgb(argv[i]));
            if (mean < limit) {
                ++dark;
                std::printf("%s: mean luminance %.1f (below %.0f)\n", argv[i], mean, limit);
            }
        }
        std::printf("%d of %d frames (%.1f %%) have a mean luminance below %.0f/255\n", dark, frames,
                    100.0 * dark / frames, limit);
        return 0;
    }
    std::fprintf(stderr, "usage: lunar_picture_metrics detail FILE... | dark LIMIT FILE...\n");
    return 2;
}
