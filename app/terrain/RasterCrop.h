#pragma once
// A window cut out of a raster or a horizon map, its geotransform moved to match: the one
// crop every caller uses (a terrain tile's normals without their border ring, an analysis
// tile's maps computed over its halo and written over its core).
#include "terrain/HorizonMap.h"
#include "terrain/Raster.h"

#include <algorithm>
#include <utility>

namespace lunar {

// A pixel window of a raster: its first column and row, and its size.
struct PixelWindow {
    int col0 = 0, row0 = 0, width = 0, height = 0;
};

// `window` must lie inside `raster`.
template <typename T> Raster<T> cropped(const Raster<T>& raster, const PixelWindow& window)
{
    Raster<T> out(window.width, window.height);
    out.geo = raster.geo;
    out.geo.origin_x += window.col0 * raster.geo.pixel_width;
    out.geo.origin_y += window.row0 * raster.geo.pixel_height;
    for (int row = 0; row < window.height; ++row)
        std::copy_n(&raster.at(window.col0, window.row0 + row), window.width, &out.at(0, row));
    return out;
}

// The same from a raster that is no longer needed: a window covering all of it is the
// raster itself, moved (an analysis of a whole DEM writes its maps as computed, no copy).
template <typename T> Raster<T> cropped(Raster<T>&& raster, const PixelWindow& window)
{
    if (window.col0 == 0 && window.row0 == 0 && window.width == raster.width() &&
        window.height == raster.height())
        return std::move(raster);
    return cropped(static_cast<const Raster<T>&>(raster), window);
}

// `window` must lie inside `map`; every direction plane is cut the same.
HorizonMap cropped(const HorizonMap& map, const PixelWindow& window);

} // namespace lunar
