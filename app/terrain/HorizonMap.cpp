#include "terrain/HorizonMap.h"

#include "core/Angles.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lunar {

HorizonMap::HorizonMap(int width, int height, int direction_count, const GeoTransform& geo)
    : width_(width), height_(height), direction_count_(direction_count), geo_(geo),
      planes_(static_cast<std::size_t>(width) * height * direction_count, std::int16_t{-9000})
{
}

HorizonMap::HorizonMap(int width, int height, int direction_count, const GeoTransform& geo,
                       std::shared_ptr<const HorizonPlaneStore> store)
    : width_(width), height_(height), direction_count_(direction_count), geo_(geo),
      store_(std::move(store)), stored_(store_ ? store_->data() : nullptr)
{
    if (!store_)
        throw std::invalid_argument("HorizonMap: a stored map needs its store");
}

std::vector<std::int16_t>& HorizonMap::writablePlanes()
{
    if (store_) {
        planes_.assign(stored_, stored_ + planeValueCount());
        store_.reset();
        stored_ = nullptr;
    }
    return planes_;
}

void HorizonMap::releaseResidentPlanes() const
{
    if (store_)
        store_->releaseResident();
}

double HorizonMap::directionAngle_rad(int k) const
{
    return kTwoPi * k / direction_count_;
}

void HorizonMap::setElevation_deg(int col, int row, int k, double elevation_deg)
{
    const double clamped = std::clamp(elevation_deg, -90.0, 90.0);
    writablePlanes()[index(col, row, k)] = static_cast<std::int16_t>(std::lround(clamped * kHorizonStepsPerDeg));
}

DirectionBlend directionBlend(double grid_angle_rad, int direction_count)
{
    double sector = grid_angle_rad / kTwoPi * direction_count;
    sector -= std::floor(sector / direction_count) * direction_count;
    DirectionBlend b;
    b.k0 = std::min(static_cast<int>(sector), direction_count - 1);
    b.k1 = (b.k0 + 1) % direction_count;
    b.weight = sector - b.k0;
    return b;
}

double HorizonMap::elevationToward_deg(int col, int row, double grid_angle_rad) const
{
    const DirectionBlend b = directionBlend(grid_angle_rad, direction_count_);
    return elevation_deg(col, row, b.k0) * (1.0 - b.weight) + elevation_deg(col, row, b.k1) * b.weight;
}

double HorizonMap::elevationTowardAt_deg(double col, double row, double grid_angle_rad) const
{
    col = std::clamp(col, 0.0, width_ - 1.0);
    row = std::clamp(row, 0.0, height_ - 1.0);
    const int c0 = std::min(static_cast<int>(col), width_ - 1);
    const int r0 = std::min(static_cast<int>(row), height_ - 1);
    const int c1 = std::min(c0 + 1, width_ - 1), r1 = std::min(r0 + 1, height_ - 1);
    const double fc = col - c0, fr = row - r0;
    const double top = elevationToward_deg(c0, r0, grid_angle_rad) * (1.0 - fc) +
                       elevationToward_deg(c1, r0, grid_angle_rad) * fc;
    const double bottom = elevationToward_deg(c0, r1, grid_angle_rad) * (1.0 - fc) +
                          elevationToward_deg(c1, r1, grid_angle_rad) * fc;
    return top * (1.0 - fr) + bottom * fr;
}

} // namespace lunar
