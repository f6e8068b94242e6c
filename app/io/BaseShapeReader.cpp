#include "io/BaseShapeReader.h"

#include "core/Angles.h"
#include "core/LunarError.h"
#include "core/PolarStereographic.h"
#include "core/SelenographicFrame.h"
#include "io/LunarDem.h"
#include "terrain/RasterSampling.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lunar::io {

BaseShape readBaseShape(const std::string& path, const DemRecipe& recipe)
{
    const LunarDem dem = LunarDem::open(path);
    TerrainGrid grid = dem.readGrid(2048);
    if (grid.missingCount() == grid.heights().size())
        throw LunarError(path, "has no valid height sample (all nodata)");
    grid.fillHolesForRendering();

    const double half_m = 0.5 * recipe.size_px * recipe.resolution_m;
    const PolarStereographic south(PolarStereographic::Pole::South);
    for (const MapXY corner : {MapXY{-half_m, -half_m}, MapXY{half_m, half_m},
                               MapXY{-half_m, half_m}, MapXY{half_m, -half_m}, MapXY{0, 0}})
        if (!grid.contains(south.toLatLon(corner))) {
            char text[160];
            std::snprintf(text, sizeof text,
                          "does not cover the region to generate (%.0f km around the south "
                          "pole, down to latitude %.2f)",
                          2.0 * half_m / 1000.0,
                          radToDeg(south.toLatLon({half_m, half_m}).lat_rad));
            throw LunarError(path, text);
        }

    // The base's pixel size in the region: its coarser axis (a lon/lat grid near the pole
    // has metre-spaced columns and kilometre-spaced rows).
    double col = 0.0, row = 0.0;
    grid.pixelOf(south.toLatLon({half_m / 2.0, half_m / 2.0}), col, row);
    auto latLonAt = [&](double c, double r) {
        const LatLonHeight p = grid.positionAt(c, r);
        return LatLon{p.lat_rad, p.lon_rad};
    };
    const LatLon here = latLonAt(col, row);
    const double along_col = sphereChord_m(here, latLonAt(col + 1.0, row));
    const double along_row = sphereChord_m(here, latLonAt(col, row + 1.0));
    const double grid_px_m = std::max(along_col, along_row);
    const double native_px_m =
        grid_px_m * static_cast<double>(grid.heights().width()) / dem.width();

    BaseShape base;
    base.resolution_m = std::max(native_px_m, grid_px_m);
    // Sample it on the output's grid at half its resolution (enough for a bilinear shape).
    const int n = std::clamp(static_cast<int>(std::ceil(2.0 * half_m / (base.resolution_m / 2.0))),
                             16, 1024);
    const double step = 2.0 * half_m / n;
    base.height_m = Raster<float>(n, n);
    base.height_m.geo = GeoTransform{-half_m, step, 0.0, half_m, 0.0, -step};
    tbb::parallel_for(0, n, [&](int r) {
        for (int c = 0; c < n; ++c)
            base.height_m.at(c, r) = static_cast<float>(
                grid.heightAt(south.toLatLon(base.height_m.geo.mapFromPixel(c + 0.5, r + 0.5))));
    });
    // The base's own interpolation leaves creases every base pixel: smooth them away (its
    // detail below two pixels is replaced by the generator's anyway).
    base.height_m = smoothed(base.height_m, std::max(1, static_cast<int>(
                                                           std::lround(base.resolution_m / step / 2.0))));
    return base;
}

} // namespace lunar::io
