#include "ImageStatistics.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace lunar::test {

namespace {
double luminance(const unsigned char* p) { return 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2]; }
} // namespace

double coverage(const osg::Image& image, int threshold)
{
    std::size_t drawn = 0;
    for (int y = 0; y < image.t(); ++y)
        for (int x = 0; x < image.s(); ++x) {
            const unsigned char* p = image.data(x, y);
            if (p[0] > threshold || p[1] > threshold || p[2] > threshold)
                ++drawn;
        }
    return static_cast<double>(drawn) / (static_cast<double>(image.s()) * image.t());
}

double meanLuminance(const osg::Image& image, int x, int y, int half_size)
{
    double sum = 0.0;
    int count = 0;
    for (int j = std::max(0, y - half_size); j <= std::min(image.t() - 1, y + half_size); ++j)
        for (int i = std::max(0, x - half_size); i <= std::min(image.s() - 1, x + half_size); ++i) {
            sum += luminance(image.data(i, j));
            ++count;
        }
    return count > 0 ? sum / count : 0.0;
}

double meanLuminance(const osg::Image& image)
{
    return meanLuminance(image, image.s() / 2, image.t() / 2, std::max(image.s(), image.t()));
}

WindowTexture windowTexture(const osg::Image& image, int x0, int y0, int x1, int y1,
                            double min_luminance)
{
    WindowTexture t;
    std::size_t lit = 0, all = 0;
    for (int y = std::max(0, y0); y < std::min(image.t(), y1); ++y)
        for (int x = std::max(1, x0); x < std::min(image.s(), x1); ++x, ++all) {
            const unsigned char* p = image.data(x, y);
            const double l = luminance(p);
            if (l <= min_luminance)
                continue;
            ++lit;
            t.mean_luminance += l;
            t.colour_error += std::abs(int(p[0]) - int(p[1])) + std::abs(int(p[1]) - int(p[2]));
            t.neighbour_step += std::abs(l - luminance(image.data(x - 1, y)));
        }
    const double n = static_cast<double>(std::max<std::size_t>(lit, 1));
    t.lit_share = all > 0 ? static_cast<double>(lit) / static_cast<double>(all) : 0.0;
    t.mean_luminance /= n;
    t.colour_error /= n;
    t.neighbour_step /= n;
    return t;
}

double meanAbsLaplacian(const osg::Image& image, int x0, int y0, int x1, int y1)
{
    double sum = 0.0;
    std::size_t count = 0;
    for (int y = std::max(1, y0); y < std::min(image.t() - 1, y1); ++y)
        for (int x = std::max(1, x0); x < std::min(image.s() - 1, x1); ++x, ++count) {
            const double around = luminance(image.data(x - 1, y)) + luminance(image.data(x + 1, y)) +
                                  luminance(image.data(x, y - 1)) + luminance(image.data(x, y + 1));
            sum += std::abs(around - 4.0 * luminance(image.data(x, y)));
        }
    return count > 0 ? sum / static_cast<double>(count) : 0.0;
}

} // namespace lunar::test
