#pragma once
// Numbers from rendered images, so rendering tests check pixels, not looks.
#include <osg/Image>

namespace lunar::test {

// Fraction of pixels that differ from the clear colour (pure black) by more than `threshold`
// in any channel (0..255).
double coverage(const osg::Image& image, int threshold = 2);

// Mean luminance (Rec. 709 weights, 0..255) of the pixels in a square window around (x, y),
// y counted from the bottom row as OSG images are.
double meanLuminance(const osg::Image& image, int x, int y, int half_size);

// Mean luminance of the whole image.
double meanLuminance(const osg::Image& image);

// How the lit pixels of a window look: what share of the window they fill, their mean
// luminance, how far from grey they are (|R-G| + |G-B|, mean) and how much luminance
// changes from each to its left neighbour (mean): near 0 for a smooth shading, several
// units for a textured surface (craters and maria).
struct WindowTexture {
    double lit_share = 0.0;
    double mean_luminance = 0.0;
    double colour_error = 0.0;
    double neighbour_step = 0.0;
};
// The window is columns x0..x1-1 and rows y0..y1-1, counted from the bottom; a pixel is
// lit above `min_luminance`.
WindowTexture windowTexture(const osg::Image& image, int x0, int y0, int x1, int y1,
                            double min_luminance = 40.0);

// Mean absolute 4-neighbour Laplacian of luminance (0..255) over columns x0..x1-1 and rows
// y0..y1-1 (counted from the bottom): how much fine detail a picture has, near 0 on a smooth
// shading. The outreach issue measures the lower half of a frame this way.
double meanAbsLaplacian(const osg::Image& image, int x0, int y0, int x1, int y1);

} // namespace lunar::test
