#include "terrain/SurfaceDetail.h"

#include "terrain/CraterSizeFrequency.h"

#include <algorithm>
#include <cmath>

namespace lunar {

const DetailCellLaw& detailCellLaw()
{
    // Count per cell: (N(>= c/4) - N(>= c/2)) c^2 = (16 - 4) 10^-1.1, whatever c is.
    static const DetailCellLaw law{0.25, 0.5, equilibriumCratersPerM2(0.25, 0.5)};
    return law;
}

std::uint32_t detailMix(std::uint32_t x)
{
    x ^= x >> 16;
    x *= 0x85ebca6bu;
    x ^= x >> 13;
    x *= 0xc2b2ae35u;
    x ^= x >> 16;
    return x;
}

std::uint32_t detailCellHash(std::int32_t ix, std::int32_t iy, std::uint32_t level)
{
    // Each input is added to an odd constant first, so cell (0, 0) of level 0 is not 0.
    std::uint32_t h = detailMix(static_cast<std::uint32_t>(ix) + 0x9e3779b9u);
    h = detailMix((h ^ static_cast<std::uint32_t>(iy)) + 0x7f4a7c15u);
    return detailMix((h ^ level) + 0x94d049bbu);
}

double detailUnit(std::uint32_t cell_hash, std::uint32_t k)
{
    const std::uint32_t h = detailMix(cell_hash + k * 0x9e3779b9u);
    return static_cast<double>(h >> 8) * (1.0 / 16777216.0);
}

std::optional<DetailCrater> detailCraterInCell(const SurfaceDetailOptions& options, int level,
                                               std::int32_t ix, std::int32_t iy)
{
    const DetailCellLaw& law = detailCellLaw();
    const std::uint32_t hash = detailCellHash(ix, iy, static_cast<std::uint32_t>(level));
    if (detailUnit(hash, 0) >= law.probability)
        return std::nullopt;
    const double cell_m = std::ldexp(options.dem_pixel_m, -level);
    const double diameter_m = cell_m * equilibriumDiameterAt(detailUnit(hash, 1),
                                                             law.min_diameter_cells,
                                                             law.max_diameter_cells);
    const double x_m = (ix + detailUnit(hash, 2)) * cell_m;
    const double y_m = (iy + detailUnit(hash, 3)) * cell_m;
    const double depth = kFreshDepthPerDiameter -
                         (kFreshDepthPerDiameter - kSubduedDepthPerDiameter) * detailUnit(hash, 4);
    return detailCrater(x_m, y_m, diameter_m, depth);
}

std::vector<DetailCrater> detailCratersInPixels(const SurfaceDetailOptions& options, int col0,
                                                int row0, int col1, int row1)
{
    std::vector<DetailCrater> craters;
    for (int level = 0; level < options.levels; ++level) {
        const int per_pixel = 1 << level;
        for (int iy = row0 * per_pixel; iy < row1 * per_pixel; ++iy)
            for (int ix = col0 * per_pixel; ix < col1 * per_pixel; ++ix)
                if (auto c = detailCraterInCell(options, level, ix, iy))
                    craters.push_back(*c);
    }
    return craters;
}

double detailFade(double diameter_m, double size_m)
{
    if (size_m <= 0.0)
        return 1.0;
    const double t = std::clamp((diameter_m / size_m - kDetailFadeStartPx) /
                                    (kDetailFadeFullPx - kDetailFadeStartPx),
                                0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

DetailSample surfaceDetailAt(const SurfaceDetailOptions& options, double x_m, double y_m,
                             const DetailSun& sun, const DetailFootprint& footprint)
{
    DetailSample out;
    for (int level = 0; level < options.levels; ++level) {
        const double cell_m = std::ldexp(options.dem_pixel_m, -level);
        // Craters only get smaller from here on: stop once even the largest would not show.
        if (detailFade(detailCellLaw().max_diameter_cells * cell_m, footprint.size_m) <= 0.0)
            break;
        const double fx = x_m / cell_m, fy = y_m / cell_m;
        const auto ix = static_cast<std::int32_t>(std::floor(fx));
        const auto iy = static_cast<std::int32_t>(std::floor(fy));
        // This cell and its neighbours across the nearer edges: no other crater reaches here.
        const std::int32_t step_x = fx - ix < 0.5 ? -1 : 1, step_y = fy - iy < 0.5 ? -1 : 1;
        for (int n = 0; n < 4; ++n) {
            const auto crater = detailCraterInCell(options, level, ix + (n & 1) * step_x,
                                                   iy + (n >> 1) * step_y);
            if (!crater)
                continue;
            const double fade = detailFade(2.0 * crater->radius_m, footprint.size_m);
            const DetailRelief relief = detailCraterRelief(*crater, x_m, y_m);
            out.height_m += fade * relief.height_m;
            out.dx += fade * relief.dx;
            out.dy += fade * relief.dy;
            const double lit = detailCraterSunlit(*crater, x_m, y_m, sun, footprint.longest_m);
            out.sunlit *= 1.0 - fade * (1.0 - lit);
        }
    }
    return out;
}

} // namespace lunar
