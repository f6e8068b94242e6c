#pragma once
// A DEM ready for use: heights above the 1737.4 km sphere (metres, NaN where missing) on a
// map grid, with the projection that places each sample on the Moon.
#include "core/EnuFrame.h"
#include "core/LatLon.h"
#include "core/MapProjection.h"
#include "core/Vec3d.h"
#include "terrain/Raster.h"

#include <memory>

namespace lunar {

class TerrainGrid {
public:
    TerrainGrid(Raster<float> height_m, std::shared_ptr<const MapProjection> projection);

    const Raster<float>& heights() const { return height_m_; }
    const MapProjection& projection() const { return *projection_; }
    std::shared_ptr<const MapProjection> projectionPtr() const { return projection_; }

    // Selenographic position of a pixel centre (col, row may be fractional).
    LatLonHeight positionAt(double col, double row) const;

    // Bilinear height at a lat/lon (edge samples extend to the pixels' outer edges); NaN
    // outside the grid.
    double heightAt(const LatLon& position) const;
    bool contains(const LatLon& position) const;

    // Map position of a lat/lon as fractional pixel-centre coordinates.
    void pixelOf(const LatLon& position, double& col, double& row) const;

    // Number of NaN samples.
    std::size_t missingCount() const;

    // Replaces NaN samples by the average of their valid neighbours, growing inward from the
    // hole edges, so a renderer can draw a closed surface. Returns how many were filled.
    // Analysis must use the unfilled grid (holes are marked, not invented).
    std::size_t fillHolesForRendering();

    // ENU position of every sample, computed in parallel.
    Raster<Vec3d> enuPositions(const EnuFrame& frame) const;

private:
    Raster<float> height_m_;
    std::shared_ptr<const MapProjection> projection_;
};

} // namespace lunar
