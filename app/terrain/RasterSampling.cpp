#include "terrain/RasterSampling.h"

#include <cmath>
#include <vector>

namespace lunar {

namespace {
double catmullRom(double p0, double p1, double p2, double p3, double t)
{
    return p1 + 0.5 * t * (p2 - p0 + t * (2.0 * p0 - 5.0 * p1 + 4.0 * p2 - p3 +
                                          t * (3.0 * (p1 - p2) + p3 - p0)));
}

// One box pass of width 2 * radius + 1 along rows (horizontal) or columns.
Raster<float> boxPass(const Raster<float>& in, int radius, bool horizontal)
{
    Raster<float> out(in.width(), in.height());
    out.geo = in.geo;
    const int lines = horizontal ? in.height() : in.width();
    const int length = horizontal ? in.width() : in.height();
    for (int line = 0; line < lines; ++line) {
        auto at = [&](int i) {
            return horizontal ? in.clamped(i, line) : in.clamped(line, i);
        };
        double sum = 0.0;
        for (int i = -radius; i <= radius; ++i)
            sum += at(i);
        for (int i = 0; i < length; ++i) {
            (horizontal ? out.at(i, line) : out.at(line, i)) =
                static_cast<float>(sum / (2 * radius + 1));
            sum += at(i + radius + 1) - at(i - radius);
        }
    }
    return out;
}
} // namespace

double bicubic(const Raster<float>& r, double col, double row)
{
    const int c = static_cast<int>(std::floor(col)), rr = static_cast<int>(std::floor(row));
    const double tc = col - c, tr = row - rr;
    double column[4];
    for (int j = 0; j < 4; ++j)
        column[j] = catmullRom(r.clamped(c - 1, rr - 1 + j), r.clamped(c, rr - 1 + j),
                               r.clamped(c + 1, rr - 1 + j), r.clamped(c + 2, rr - 1 + j), tc);
    return catmullRom(column[0], column[1], column[2], column[3], tr);
}

Raster<float> smoothed(const Raster<float>& raster, int radius_px)
{
    if (radius_px <= 0)
        return raster;
    Raster<float> out = raster;
    for (int pass = 0; pass < 3; ++pass)
        out = boxPass(boxPass(out, radius_px, true), radius_px, false);
    return out;
}

} // namespace lunar
