#include "terrain/TerrainGrid.h"

#include <tbb/parallel_for.h>

#include <cmath>
#include <limits>

namespace lunar {

TerrainGrid::TerrainGrid(Raster<float> height_m, std::shared_ptr<const MapProjection> projection)
    : height_m_(std::move(height_m)), projection_(std::move(projection))
{
}

LatLonHeight TerrainGrid::positionAt(double col, double row) const
{
    const LatLon ll = projection_->toLatLon(height_m_.geo.mapFromPixel(col + 0.5, row + 0.5));
    const double height = height_m_.bilinear(col, row);
    return {ll.lat_rad, ll.lon_rad, height};
}

void TerrainGrid::pixelOf(const LatLon& position, double& col, double& row) const
{
    height_m_.geo.pixelFromMap(projection_->toMap(position), col, row);
    col -= 0.5;
    row -= 0.5;
}

bool TerrainGrid::contains(const LatLon& position) const
{
    return height_m_.geo.covers(projection_->toMap(position), height_m_.width(),
                                height_m_.height());
}

double TerrainGrid::heightAt(const LatLon& position) const
{
    if (!contains(position))
        return std::numeric_limits<double>::quiet_NaN();
    double col = 0.0, row = 0.0;
    pixelOf(position, col, row);
    return height_m_.bilinear(col, row);
}

std::size_t TerrainGrid::missingCount() const
{
    std::size_t count = 0;
    for (float h : height_m_.samples())
        count += std::isnan(h) ? 1 : 0;
    return count;
}

std::size_t TerrainGrid::fillHolesForRendering()
{
    std::size_t remaining = missingCount();
    const std::size_t total_missing = remaining;
    if (remaining == height_m_.size())
        return 0; // nothing valid to grow from; the loader refuses such files
    const int w = height_m_.width(), h = height_m_.height();
    while (remaining > 0) {
        Raster<float> next = height_m_;
        for (int row = 0; row < h; ++row)
            for (int col = 0; col < w; ++col) {
                if (!std::isnan(height_m_.at(col, row)))
                    continue;
                double sum = 0.0;
                int count = 0;
                for (int dr = -1; dr <= 1; ++dr)
                    for (int dc = -1; dc <= 1; ++dc) {
                        const int c = col + dc, r = row + dr;
                        if (c < 0 || r < 0 || c >= w || r >= h)
                            continue;
                        const float v = height_m_.at(c, r);
                        if (!std::isnan(v)) {
                            sum += v;
                            ++count;
                        }
                    }
                if (count > 0) {
                    next.at(col, row) = static_cast<float>(sum / count);
                    --remaining;
                }
            }
        height_m_.samples().swap(next.samples());
    }
    return total_missing;
}

Raster<Vec3d> TerrainGrid::enuPositions(const EnuFrame& frame) const
{
    Raster<Vec3d> out(height_m_.width(), height_m_.height());
    out.geo = height_m_.geo;
    tbb::parallel_for(0, height_m_.height(), [&](int row) {
        for (int col = 0; col < height_m_.width(); ++col) {
            const LatLon ll = projection_->toLatLon(
                height_m_.geo.mapFromPixel(col + 0.5, row + 0.5));
            out.at(col, row) = frame.enuFromSelenographic(
                {ll.lat_rad, ll.lon_rad, static_cast<double>(height_m_.at(col, row))});
        }
    });
    return out;
}

} // namespace lunar
