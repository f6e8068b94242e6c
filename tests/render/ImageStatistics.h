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

} // namespace lunar::test
