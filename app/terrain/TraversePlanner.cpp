#include "terrain/TraversePlanner.h"

#include "core/Angles.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace lunar {

namespace {

bool inside(const Raster<float>& z, GridCell c)
{
    return c.col >= 0 && c.row >= 0 && c.col < z.width() && c.row < z.height();
}
} // namespace

Traverse planTraverse(const Raster<float>& height_m, double pixel_x_m, double pixel_y_m,
                      GridCell from, GridCell to, const TraverseOptions& options)
{
    Traverse out;
    const auto fail = [&](const std::string& why) {
        out.problem = why;
        return out;
    };
    if (!inside(height_m, from) || !inside(height_m, to))
        return fail("the start or the goal is off the DEM");
    if (std::isnan(height_m.at(from.col, from.row)) || std::isnan(height_m.at(to.col, to.row)))
        return fail("the start or the goal has no height (a hole in the DEM)");
    const double max_rise_per_m = std::tan(options.max_slope_deg / kDegPerRad);
    const int width = height_m.width();
    const std::size_t n = height_m.size();
    const auto index = [&](GridCell c) { return static_cast<std::size_t>(c.row) * width + c.col; };
    const auto heuristic = [&](GridCell c) {
        return std::hypot((c.col - to.col) * pixel_x_m, (c.row - to.row) * pixel_y_m);
    };

    std::vector<double> cost(n, std::numeric_limits<double>::infinity());
    std::vector<std::int64_t> previous(n, -1);
    std::vector<bool> closed(n, false);
    using Entry = std::pair<double, std::size_t>; // estimated total, cell
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    cost[index(from)] = 0.0;
    open.push({heuristic(from), index(from)});
    const std::size_t goal = index(to);
    while (!open.empty()) {
        const std::size_t at = open.top().second;
        open.pop();
        if (closed[at])
            continue;
        closed[at] = true;
        if (at == goal)
            break;
        const GridCell c{static_cast<int>(at % width), static_cast<int>(at / width)};
        const double z0 = height_m.at(c.col, c.row);
        for (int dr = -1; dr <= 1; ++dr)
            for (int dc = -1; dc <= 1; ++dc) {
                const GridCell next{c.col + dc, c.row + dr};
                if ((dc == 0 && dr == 0) || !inside(height_m, next))
                    continue;
                const std::size_t j = index(next);
                const double z1 = height_m.at(next.col, next.row);
                if (closed[j] || std::isnan(z1))
                    continue;
                const double run_m = std::hypot(dc * pixel_x_m, dr * pixel_y_m);
                const double rise_per_m = std::abs(z1 - z0) / run_m;
                if (rise_per_m > max_rise_per_m)
                    continue; // too steep for the rover
                const double steepness = rise_per_m / max_rise_per_m;
                const double step = std::hypot(run_m, z1 - z0) *
                                    (1.0 + options.slope_weight * steepness * steepness);
                if (cost[at] + step < cost[j]) {
                    cost[j] = cost[at] + step;
                    previous[j] = static_cast<std::int64_t>(at);
                    open.push({cost[j] + heuristic(next), j});
                }
            }
    }
    if (!closed[goal])
        return fail("no route: every way is steeper than " +
                    std::to_string(static_cast<int>(std::lround(options.max_slope_deg))) +
                    " deg or crosses a hole in the DEM");

    for (std::int64_t at = static_cast<std::int64_t>(goal); at >= 0; at = previous[static_cast<std::size_t>(at)])
        out.cells.push_back({static_cast<int>(at % width), static_cast<int>(at / width)});
    std::reverse(out.cells.begin(), out.cells.end());
    for (std::size_t i = 1; i < out.cells.size(); ++i) {
        const GridCell a = out.cells[i - 1], b = out.cells[i];
        const double run_m = std::hypot((b.col - a.col) * pixel_x_m, (b.row - a.row) * pixel_y_m);
        const double rise_m = height_m.at(b.col, b.row) - height_m.at(a.col, a.row);
        out.length_m += std::hypot(run_m, rise_m);
        out.max_slope_deg = std::max(out.max_slope_deg, std::atan(std::abs(rise_m) / run_m) * kDegPerRad);
    }
    out.found = true;
    out.duration_s = options.speed_mps > 0.0 ? out.length_m / options.speed_mps : 0.0;
    return out;
}

} // namespace lunar
