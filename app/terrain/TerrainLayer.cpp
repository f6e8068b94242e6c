#include "terrain/TerrainLayer.h"

#include "terrain/SurfaceNormals.h"

#include <cmath>
#include <limits>

namespace lunar {

double TerrainLayer::sunVisibleAt(const LatLon& position) const
{
    double col = 0.0, row = 0.0;
    grid.pixelOf(position, col, row);
    return sun_visible.bilinear(col, row);
}

TerrainLayer shadeTerrainLayer(TerrainGrid grid, const EnuFrame& frame, const Vec3d& sun_enu,
                               const TerrainLayer* far_field, ProgressBar* progress)
{
    TerrainLayer layer{std::move(grid), {}, {}, {}, {}};
    const Vec3d moon_centre = frame.toEnu({0.0, 0.0, 0.0});
    layer.positions_enu = layer.grid.enuPositions(frame);
    layer.normals_enu = surfaceNormals(layer.positions_enu, moon_centre);
    layer.sun_visible = sunVisibleFraction(
        layer.positions_enu, sun_enu, moon_centre, {},
        [progress](int) {
            if (progress)
                progress->advance();
        },
        FarHorizon{far_field ? &far_field->far_horizon_sine : nullptr, &layer.far_horizon_sine});
    return layer;
}

const TerrainLayer* TerrainStack::layerAt(const LatLon& position) const
{
    for (const TerrainLayer* layer : layers_)
        if (layer->grid.contains(position))
            return layer;
    return nullptr;
}

double TerrainStack::heightAt(const LatLon& position) const
{
    const TerrainLayer* layer = layerAt(position);
    return layer ? layer->grid.heightAt(position) : std::numeric_limits<double>::quiet_NaN();
}

double TerrainStack::sunVisibleAt(const LatLon& position) const
{
    const TerrainLayer* layer = layerAt(position);
    return layer ? layer->sunVisibleAt(position) : std::numeric_limits<double>::quiet_NaN();
}

} // namespace lunar
