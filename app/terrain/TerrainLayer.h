#pragma once
// A terrain layer ready to draw and to place things on: heights (holes filled), for a layer
// drawn as a mesh (LOD tiles) the ENU position and normal of every sample, and for the
// whole-DEM and around-the-base layers their horizon map. The site has a coarse layer over
// the whole DEM and a full-resolution detail layer around the base, read for lookups only;
// TerrainStack answers lookups from the finest layer that covers a point.
#include "core/EnuFrame.h"
#include "terrain/HorizonMap.h"
#include "terrain/TerrainGrid.h"

#include <functional>
#include <vector>

namespace lunar {

struct TerrainLayer {
    TerrainGrid grid;
    Raster<Vec3d> positions_enu; // empty for a lookup layer
    Raster<Vec3d> normals_enu;   // empty for a lookup layer
    HorizonMap horizon; // empty for LOD tiles (they use the scene's layers' maps)

    // Grid angle (see HorizonMap) of a Moon-fixed direction at a point of this grid.
    double gridAngleToward_rad(const LatLon& position, const Vec3d& direction_moon_fixed) const;
    // Visible fraction of a disc of `angular_radius_deg` toward a distant body's Moon-fixed
    // direction, seen from the ground at `position` (needs the horizon map).
    double visibleFraction(const LatLon& position, const Vec3d& direction_moon_fixed,
                           double angular_radius_deg) const;
};

// Positions and normals of `grid` (holes must be filled), for drawing it as a mesh.
TerrainLayer buildTerrainLayer(TerrainGrid grid, const EnuFrame& frame);

// A layer for lookups (heights, horizons) that is never drawn as a mesh: no positions or
// normals, which at 48 bytes a sample are most of a layer (96 MB for two 1024² layers).
TerrainLayer lookupLayer(TerrainGrid grid);

// Pixel steps of a grid in metres on the sphere, measured at its centre, for horizon work.
HorizonGridMetric horizonMetricOf(const TerrainGrid& grid);

class TerrainStack {
public:
    // Layers are consulted finest first: add the finest first.
    void add(const TerrainLayer* layer) { layers_.push_back(layer); }

    // NaN where no layer covers the point.
    double heightAt(const LatLon& position) const;
    // Visible fraction of a distant disc from the finest layer with a horizon map; 1 where
    // none covers the point.
    double visibleFraction(const LatLon& position, const Vec3d& direction_moon_fixed,
                           double angular_radius_deg) const;

private:
    std::vector<const TerrainLayer*> layers_;
};

} // namespace lunar
