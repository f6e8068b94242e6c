#include "terrain/GlobeRelief.h"

#include "core/Angles.h"
#include "core/MoonBody.h"

#include <algorithm>
#include <cmath>

namespace lunar {

namespace {

// Area-weighted share of the sphere the grid covers, from a coarse lon/lat sample.
double coveredShare(const TerrainGrid& grid)
{
    constexpr int kLon = 72, kLat = 36;
    double covered = 0.0, all = 0.0;
    for (int j = 0; j < kLat; ++j) {
        const double lat = -kPi / 2 + kPi * (j + 0.5) / kLat;
        for (int i = 0; i < kLon; ++i) {
            const double lon = -kPi + kTwoPi * (i + 0.5) / kLon;
            const double weight = std::cos(lat);
            all += weight;
            if (!std::isnan(grid.heightAt({lat, lon})))
                covered += weight;
        }
    }
    return covered / all;
}

} // namespace

std::optional<GlobeRelief> globeReliefFrom(const TerrainGrid& grid, const GlobeReliefOptions& options)
{
    if (coveredShare(grid) < options.min_coverage)
        return std::nullopt;
    GlobeRelief relief;
    relief.width = options.width;
    relief.height = options.width / 2;
    const int w = relief.width, h = relief.height;
    const double step_rad = kTwoPi / w;
    std::vector<double> height_m(static_cast<std::size_t>(w) * h);
    for (int j = 0; j < h; ++j)
        for (int i = 0; i < w; ++i)
            height_m[static_cast<std::size_t>(j) * w + i] =
                grid.heightAt({-kPi / 2 + (j + 0.5) * step_rad, -kPi + (i + 0.5) * step_rad});
    const auto at = [&](int i, int j) {
        i = (i + w) % w; // longitude wraps; latitude stops at the poles
        j = std::clamp(j, 0, h - 1);
        return height_m[static_cast<std::size_t>(j) * w + i];
    };
    relief.normals_enu.resize(static_cast<std::size_t>(w) * h * 3);
    for (int j = 0; j < h; ++j) {
        const double lat = -kPi / 2 + (j + 0.5) * step_rad;
        const double east_step_m = moon::kRadius_m * step_rad * std::max(std::cos(lat), 1e-3);
        const double north_step_m = moon::kRadius_m * step_rad;
        for (int i = 0; i < w; ++i) {
            double dh_de = (at(i + 1, j) - at(i - 1, j)) / (2.0 * east_step_m);
            double dh_dn = (at(i, j + 1) - at(i, j - 1)) / (2.0 * north_step_m);
            if (std::isnan(dh_de))
                dh_de = 0.0;
            if (std::isnan(dh_dn))
                dh_dn = 0.0;
            const double length = std::sqrt(dh_de * dh_de + dh_dn * dh_dn + 1.0);
            float* n = &relief.normals_enu[(static_cast<std::size_t>(j) * w + i) * 3];
            n[0] = static_cast<float>(-dh_de / length);
            n[1] = static_cast<float>(-dh_dn / length);
            n[2] = static_cast<float>(1.0 / length);
        }
    }
    return relief;
}

} // namespace lunar
