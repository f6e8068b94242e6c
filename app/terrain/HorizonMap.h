#pragma once
// Horizon maps: for every texel of a height grid, the elevation angle of the horizon in N
// directions. One computation serves terrain shadows at any date (the visible part of the
// solar disc), illumination and Earth-visibility maps.
//
// Directions are *grid* angles: clockwise from the map's +y axis toward +x. In a polar
// stereographic grid a distant body (Sun, Earth) then has nearly the same grid angle over
// the whole DEM, whereas its local azimuth turns with longitude. Storage is one plane per
// direction (azimuth-major), int16 hundredths of a degree: a lookup for one Sun position
// reads two planes, which is what shading a tile or an illumination time step does.
#include "terrain/GeoTransform.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace lunar {

// Where a grid angle falls among `direction_count` directions spaced evenly from 0: the two
// neighbours and the weight of the second (horizons are linear between them).
struct DirectionBlend {
    int k0 = 0, k1 = 0;
    double weight = 0.0;
};
DirectionBlend directionBlend(double grid_angle_rad, int direction_count);

// Stored horizons are int16 hundredths of a degree (+-90 deg fits).
constexpr double kHorizonStepsPerDeg = 100.0;
constexpr double kHorizonDegPerStep = 1.0 / kHorizonStepsPerDeg;

// Planes held outside a map, read-only (io's mapping of a cache file): maps read them in
// place, and copies of a map share them.
class HorizonPlaneStore {
public:
    virtual ~HorizonPlaneStore() = default;
    virtual const std::int16_t* data() const = 0;
    // The resident copy may go (the store can fetch it again); reads stay valid.
    virtual void releaseResident() const = 0;
};

class HorizonMap {
public:
    HorizonMap() = default;
    // A map of its own, every horizon at -90 deg.
    HorizonMap(int width, int height, int direction_count, const GeoTransform& geo);
    // A map reading width * height * direction_count values from `store` (not copied).
    HorizonMap(int width, int height, int direction_count, const GeoTransform& geo,
               std::shared_ptr<const HorizonPlaneStore> store);

    int width() const { return width_; }
    int height() const { return height_; }
    int directionCount() const { return direction_count_; }
    const GeoTransform& geo() const { return geo_; }
    bool empty() const { return planeValueCount() == 0; }

    // Grid angle of direction k, radians clockwise from map +y.
    double directionAngle_rad(int k) const;

    // Stored horizon of texel (col, row) along direction k, degrees.
    double elevation_deg(int col, int row, int k) const
    {
        return planeData()[index(col, row, k)] * kHorizonDegPerStep;
    }
    // Writing makes a stored map a map of its own first (a copy of the planes).
    void setElevation_deg(int col, int row, int k, double elevation_deg);

    // Horizon toward any grid angle: linear between the two neighbouring directions.
    double elevationToward_deg(int col, int row, double grid_angle_rad) const;
    // ... and bilinear between texels (fractional pixel-centre coordinates, clamped).
    double elevationTowardAt_deg(double col, double row, double grid_angle_rad) const;

    // Raw planes: direction-major, then rows, then columns; planeValueCount() values.
    const std::int16_t* planeData() const { return store_ ? stored_ : planes_.data(); }
    std::size_t planeValueCount() const
    {
        return store_ ? static_cast<std::size_t>(width_) * height_ * direction_count_
                      : planes_.size();
    }
    // The planes to write (sweeps, crops); a stored map copies them into its own first.
    std::vector<std::int16_t>& writablePlanes();
    // Whether the planes are read in place from a store (see HorizonPlaneStore).
    bool planesStored() const { return store_ != nullptr; }
    // Lets a store drop its resident copy (after a texture upload); nothing for own planes,
    // which are the only copy.
    void releaseResidentPlanes() const;

private:
    std::size_t index(int col, int row, int k) const
    {
        return (static_cast<std::size_t>(k) * height_ + row) * width_ + col;
    }

    int width_ = 0;
    int height_ = 0;
    int direction_count_ = 0;
    GeoTransform geo_;
    std::vector<std::int16_t> planes_;           // own planes, empty when stored
    std::shared_ptr<const HorizonPlaneStore> store_; // or the store read in place
    const std::int16_t* stored_ = nullptr;          // store_->data(), kept for lookups
};

// Metric of a height grid for horizon work: pixel steps in metres along the map axes (signs
// as in the geotransform), on a sphere of `radius_m`.
struct HorizonGridMetric {
    double pixel_x_m = 1.0; // map x metres per column
    double pixel_y_m = -1.0; // map y metres per row (negative for north-up grids)
    double radius_m = 1737400.0;
};

} // namespace lunar
