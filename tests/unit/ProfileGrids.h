#pragma once
// Small synthetic DEMs around the south pole for the profile, route and exposure tests: a square grid
// in the south polar stereographic projection (true scale at the pole), heights from a
// function of the map position of each pixel centre.
#include "core/PolarStereographic.h"
#include "terrain/TerrainGrid.h"

#include <memory>

namespace lunar::test {

// `side` pixels of `pixel_m` centred on the pole; height(x_m, y_m) at each pixel centre.
template <typename HeightOf>
TerrainGrid polarGrid(int side, double pixel_m, HeightOf height)
{
    Raster<float> heights(side, side);
    const double half_m = 0.5 * side * pixel_m;
    heights.geo = GeoTransform{-half_m, pixel_m, 0.0, half_m, 0.0, -pixel_m};
    for (int row = 0; row < side; ++row)
        for (int col = 0; col < side; ++col) {
            const MapXY centre = heights.geo.mapFromPixel(col + 0.5, row + 0.5);
            heights.at(col, row) = static_cast<float>(height(centre.x, centre.y));
        }
    return TerrainGrid(std::move(heights),
                       std::make_shared<PolarStereographic>(PolarStereographic::Pole::South));
}

inline LatLon placeAt(const TerrainGrid& grid, double x_m, double y_m)
{
    return grid.projection().toLatLon({x_m, y_m});
}

} // namespace lunar::test
