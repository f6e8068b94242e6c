// Numbers for the outreach picture, from PNG files, so a look is backed by a figure:
//   lunar_picture_metrics detail FILE...      mean absolute Laplacian of luminance over the
//                                             lower half of each frame (near-ground detail)
//   lunar_picture_metrics dark LIMIT FILE...  each frame's mean luminance, and the share of
//                                             frames whose mean is below LIMIT (0..255)
//   lunar_picture_metrics sheet COLUMNS OUT FILE...  a contact sheet: the frames, all of the
//                                             first one's size, in rows of COLUMNS, to OUT
#include "render/ImageStatistics.h"

#include <osgDB/ReadFile>
#include <osgDB/WriteFile>

#include <cstdio>
#include <algorithm>
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
    if (mode == "sheet" && argc > 4) {
        const int columns = std::max(1, std::atoi(argv[2]));
        const int frames = argc - 4;
        const auto first = readRgb(argv[4]);
        const int w = first->s(), h = first->t(), rows = (frames + columns - 1) / columns;
        osg::ref_ptr<osg::Image> sheet = new osg::Image;
        sheet->allocateImage(w * columns, h * rows, 1, GL_RGB, GL_UNSIGNED_BYTE);
        std::fill(sheet->data(), sheet->data() + sheet->getTotalSizeInBytes(), 0);
        for (int i = 0; i < frames; ++i) {
            const auto frame = readRgb(argv[4 + i]);
            if (frame->s() != w || frame->t() != h) {
                std::fprintf(stderr, "lunar_picture_metrics: %s: not the first frame's size\n", argv[4 + i]);
                return 1;
            }
            // Rows of the sheet run top to bottom; OSG images count rows from the bottom.
            const int x0 = (i % columns) * w, y0 = (rows - 1 - i / columns) * h;
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x) {
                    const unsigned char* p = frame->data(x, y);
                    unsigned char* q = sheet->data(x0 + x, y0 + y);
                    q[0] = p[0], q[1] = p[1], q[2] = p[2];
                }
        }
        if (!osgDB::writeImageFile(*sheet, argv[3])) {
            std::fprintf(stderr, "lunar_picture_metrics: %s: cannot write it\n", argv[3]);
            return 1;
        }
        std::printf("wrote %s (%d frames, %d x %d)\n", argv[3], frames, sheet->s(), sheet->t());
        return 0;
    }
    std::fprintf(stderr, "usage: lunar_picture_metrics detail FILE... | dark LIMIT FILE... | "
                         "sheet COLUMNS OUT FILE...\n");
    return 2;
}
