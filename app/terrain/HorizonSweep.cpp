#include "terrain/HorizonSweep.h"

#include "core/Angles.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace lunar {

namespace {

// Terrain closer than this many steps along a line is marched on the true ray from the
// texel centre (bilinear heights, one-pixel steps); the hull holds only the terrain beyond,
// where the line's up-to-one-pixel sideways wobble no longer matters.
constexpr int kNearSteps = 8;

// One direction in the pixel grid being swept. Lines always run along columns: a direction
// that is mostly along rows is swept on the transposed grid with these swapped.
struct LineGeometry {
    double dcol_per_m, drow_per_m; // pixel motion per metre along the look
    double s_per_col, s_per_row;   // metres along the look per pixel
    double radius_m;
    double observer_height_m;
};

struct LinePoint {
    int col, row;
    double s; // metres along the looking direction
    double g; // height minus s^2 / 2R (NaN where the DEM has a hole)
};

struct HullPoint {
    double s;
    double g;
};

struct NearStep {
    double dcol, drow; // pixel offset from the texel
    double distance_m;
};

// Bilinear height at a point known to lie inside the grid (no clamping on the hot path).
inline double bilinearInside(const Raster<float>& grid, double col, double row)
{
    const int c0 = static_cast<int>(col), r0 = static_cast<int>(row);
    const int c1 = std::min(c0 + 1, grid.width() - 1), r1 = std::min(r0 + 1, grid.height() - 1);
    const double fc = col - c0, fr = row - r0;
    const float* top = grid.data() + static_cast<std::size_t>(r0) * grid.width();
    const float* bottom = grid.data() + static_cast<std::size_t>(r1) * grid.width();
    return (top[c0] * (1.0 - fc) + top[c1] * fc) * (1.0 - fr) +
           (bottom[c0] * (1.0 - fc) + bottom[c1] * fc) * fr;
}

// Index of the hull point the eye's tangent touches. The hull is stored nearest last; from
// an eye before all of it, slopes to its points rise then fall: a binary search finds the
// peak.
std::size_t tangentIndex(const std::vector<HullPoint>& hull, double s, double g_eye)
{
    const auto slope = [&](std::size_t i) { return (hull[i].g - g_eye) / (hull[i].s - s); };
    std::size_t lo = 0, hi = hull.size() - 1;
    if (slope(hi) >= slope(hi > 0 ? hi - 1 : hi))
        return hi; // the usual case
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (slope(mid) < slope(mid + 1))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::int16_t centidegrees(double tangent)
{
    return static_cast<std::int16_t>(std::lround(radToDeg(std::atan(tangent)) * kHorizonStepsPerDeg));
}

// Sweeps one direction over `grid`, writing horizon elevations (hundredths of a degree)
// into `plane` (same layout as the grid; untouched where nothing lies ahead).
void sweepLines(const Raster<float>& grid, const LineGeometry& line_geometry,
                std::int16_t* plane)
{
    const LineGeometry& lg = line_geometry;
    const int w = grid.width(), h = grid.height();
    const double slope = lg.drow_per_m / lg.dcol_per_m; // rows per column, |slope| <= 1
    const bool looking_right = lg.dcol_per_m > 0.0;
    // Line j holds, at column i, the row j + shift(i) (nearest to the true line).
    const auto shift = [slope](int i) { return static_cast<long>(std::floor(slope * i + 0.5)); };
    const long shift_first = shift(0), shift_last = shift(w - 1);
    const long first_line = -std::max(shift_first, shift_last);
    const long last_line = h - 1 - std::min(shift_first, shift_last);
    const double inv_2r = 0.5 / lg.radius_m;

    const double major_step_m = std::fabs(1.0 / lg.dcol_per_m);
    const double near_step_m = 1.0 / std::hypot(lg.dcol_per_m, lg.drow_per_m); // one pixel
    std::vector<NearStep> near_steps;
    for (int n = 1; n * near_step_m <= kNearSteps * major_step_m + 1e-9; ++n)
        near_steps.push_back(
            {n * near_step_m * lg.dcol_per_m, n * near_step_m * lg.drow_per_m, n * near_step_m});

    tbb::parallel_for(
        tbb::blocked_range<long>(first_line, last_line + 1, 32),
        [&](const tbb::blocked_range<long>& lines) {
            std::vector<HullPoint> hull;
            std::vector<LinePoint> line;
            hull.reserve(static_cast<std::size_t>(w));
            line.reserve(static_cast<std::size_t>(w));
            for (long j = lines.begin(); j != lines.end(); ++j) {
                // Columns whose row lies inside the grid (bounds widened by one, checked
                // exactly below), farthest along the look first.
                int i_first = 0, i_last = w - 1;
                if (slope != 0.0) {
                    const double jd = static_cast<double>(j);
                    const double a = (-0.5 - jd) / slope, b = (h - 0.5 - jd) / slope;
                    i_first = static_cast<int>(std::max(0.0, std::floor(std::min(a, b)) - 1.0));
                    i_last = static_cast<int>(std::min(w - 1.0, std::ceil(std::max(a, b)) + 1.0));
                }
                line.clear();
                for (int n = 0; n <= i_last - i_first; ++n) {
                    const int col = looking_right ? i_last - n : i_first + n;
                    const long row = j + shift(col);
                    const double rowd = static_cast<double>(row);
                    if (row < 0 || row >= h)
                        continue;
                    const double s = col * lg.s_per_col + rowd * lg.s_per_row;
                    line.push_back({col, static_cast<int>(row), s,
                                    grid.at(col, static_cast<int>(row)) - s * s * inv_2r});
                }
                hull.clear();
                for (std::size_t n = 0; n < line.size(); ++n) {
                    if (n >= static_cast<std::size_t>(kNearSteps)) {
                        const LinePoint& q = line[n - kNearSteps]; // now far enough ahead
                        if (!std::isnan(q.g)) {
                            // Upper hull, grown at its near end: pop what falls under.
                            while (hull.size() >= 2) {
                                const HullPoint& a = hull[hull.size() - 1];
                                const HullPoint& b = hull[hull.size() - 2];
                                if ((a.g - q.g) * (b.s - q.s) <= (b.g - q.g) * (a.s - q.s))
                                    hull.pop_back();
                                else
                                    break;
                            }
                            hull.push_back({q.s, q.g});
                        }
                    }
                    const LinePoint& p = line[n];
                    if (std::isnan(p.g))
                        continue;
                    const double eye_m = grid.at(p.col, p.row) + lg.observer_height_m;
                    double best = -HUGE_VAL; // tangent of the horizon elevation
                    for (const NearStep& step : near_steps) {
                        const double c = p.col + step.dcol, r = p.row + step.drow;
                        if (c < 0.0 || r < 0.0 || c > w - 1 || r > h - 1)
                            break;
                        const double drop = step.distance_m * step.distance_m * inv_2r;
                        const double rise = bilinearInside(grid, c, r) - eye_m - drop;
                        best = std::max(best, rise / step.distance_m); // NaN: no change
                    }
                    if (!hull.empty()) {
                        const double g_eye = p.g + lg.observer_height_m;
                        const HullPoint& t = hull[tangentIndex(hull, p.s, g_eye)];
                        best = std::max(best, (t.g - g_eye) / (t.s - p.s) + p.s / lg.radius_m);
                    }
                    if (best > -HUGE_VAL)
                        plane[static_cast<std::size_t>(p.row) * w + p.col] = centidegrees(best);
                }
            }
        });
}

Raster<float> transposed(const Raster<float>& grid)
{
    Raster<float> out(grid.height(), grid.width());
    tbb::parallel_for(0, grid.height(), [&](int row) {
        for (int col = 0; col < grid.width(); ++col)
            out.at(row, col) = grid.at(col, row);
    });
    return out;
}

} // namespace

HorizonMap sweepHorizonMap(const Raster<float>& height_m, const HorizonGridMetric& metric,
                           const HorizonSweepOptions& options,
                           const std::function<void()>& on_direction)
{
    const int w = height_m.width(), h = height_m.height();
    HorizonMap out(w, h, options.direction_count, height_m.geo);
    // Lines run along rows of memory: directions mostly along columns of the map are swept
    // on a transposed copy, so every line reads and writes contiguous memory.
    const Raster<float> height_t = transposed(height_m);
    const std::size_t plane_size = static_cast<std::size_t>(w) * h;
    std::vector<std::int16_t> plane_t(plane_size);
    for (int k = 0; k < options.direction_count; ++k) {
        const double angle = out.directionAngle_rad(k);
        const double ux = std::sin(angle), uy = std::cos(angle); // map metres
        const double dcol = ux / metric.pixel_x_m, drow = uy / metric.pixel_y_m;
        const double s_col = metric.pixel_x_m * ux, s_row = metric.pixel_y_m * uy;
        std::int16_t* plane = out.writablePlanes().data() + k * plane_size;
        if (std::fabs(dcol) >= std::fabs(drow)) {
            sweepLines(height_m, {dcol, drow, s_col, s_row, metric.radius_m,
                                  options.observer_height_m}, plane);
        }
        else {
            std::fill(plane_t.begin(), plane_t.end(), std::int16_t{-9000});
            sweepLines(height_t, {drow, dcol, s_row, s_col, metric.radius_m,
                                  options.observer_height_m}, plane_t.data());
            tbb::parallel_for(0, h, [&](int row) {
                for (int col = 0; col < w; ++col)
                    plane[static_cast<std::size_t>(row) * w + col] =
                        plane_t[static_cast<std::size_t>(col) * h + row];
            });
        }
        if (on_direction)
            on_direction();
    }
    return out;
}

void raiseToFarField(HorizonMap& fine, const HorizonMap& coarse)
{
    const GeoTransform& fg = fine.geo();
    const GeoTransform& cg = coarse.geo();
    tbb::parallel_for(0, fine.height(), [&](int row) {
        for (int col = 0; col < fine.width(); ++col) {
            double ccol = 0.0, crow = 0.0;
            cg.pixelFromMap(fg.mapFromPixel(col + 0.5, row + 0.5), ccol, crow);
            for (int k = 0; k < fine.directionCount(); ++k) {
                const double far = coarse.elevationTowardAt_deg(ccol - 0.5, crow - 0.5,
                                                                fine.directionAngle_rad(k));
                if (far > fine.elevation_deg(col, row, k))
                    fine.setElevation_deg(col, row, k, far);
            }
        }
    });
}

} // namespace lunar
