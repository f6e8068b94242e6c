#pragma once
// A terrain layer ready to draw and to place things on: heights (holes filled), the ENU
// position and normal of every sample, and the visible Sun fraction there. The scene has a
// coarse layer over the whole DEM and a full-resolution detail layer around the base;
// TerrainStack answers lookups from the finest layer that covers a point.
#include "core/EnuFrame.h"
#include "core/ProgressBar.h"
#include "terrain/SunOcclusion.h"
#include "terrain/TerrainGrid.h"

#include <vector>

namespace lunar {

struct TerrainLayer {
    TerrainGrid grid;
    Raster<Vec3d> positions_enu;
    Raster<Vec3d> normals_enu;
    Raster<float> sun_visible;
    Raster<float> far_horizon_sine; // horizon toward the Sun beyond a few pixels (far field)

    // Bilinear visible Sun fraction at a lat/lon inside the grid.
    double sunVisibleAt(const LatLon& position) const;
};

// Computes positions, normals and Sun visibility for `grid` (holes must be filled).
// `far_field`: a coarser layer covering the surroundings, for shadows from afar.
TerrainLayer shadeTerrainLayer(TerrainGrid grid, const EnuFrame& frame, const Vec3d& sun_enu,
                               const TerrainLayer* far_field, ProgressBar* progress);

class TerrainStack {
public:
    // Layers are consulted finest first: add the finest first.
    void add(const TerrainLayer* layer) { layers_.push_back(layer); }

    // NaN where no layer covers the point.
    double heightAt(const LatLon& position) const;
    double sunVisibleAt(const LatLon& position) const;

private:
    const TerrainLayer* layerAt(const LatLon& position) const;
    std::vector<const TerrainLayer*> layers_;
};

} // namespace lunar
