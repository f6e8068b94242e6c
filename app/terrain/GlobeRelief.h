#pragma once
// The ground's tilt over the whole Moon, for shading the globe seen from afar when the scene's
// DEM is a global one (LOLA LDEM_4, say): an equirectangular map of local surface normals.
// A polar or site DEM covers too little of the sphere and gives none.
#include "terrain/TerrainGrid.h"

#include <optional>
#include <vector>

namespace lunar {

struct GlobeRelief {
    int width = 0;  // texels from longitude -180 (west edge) eastward to +180
    int height = 0; // texels from latitude -90 (row 0, south) northward to +90
    // Per texel, row by row: the unit normal in the local east, north, up frame.
    std::vector<float> normals_enu; // 3 floats a texel
};

struct GlobeReliefOptions {
    int width = 1024;             // texels around the equator (height: half of it)
    double min_coverage = 0.98;   // share of the sphere the DEM must cover
};

// Nothing unless the grid covers at least min_coverage of the sphere (by area). Texels the
// grid does not cover (or its holes) point straight up.
std::optional<GlobeRelief> globeReliefFrom(const TerrainGrid& grid, const GlobeReliefOptions& options = {});

} // namespace lunar
