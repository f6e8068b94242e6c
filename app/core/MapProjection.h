#pragma once
// A DEM's map projection: map coordinates (metres or degrees, as the CRS says) <-> lat/lon.
// Pure interface so terrain code can place samples without knowing about GDAL/PROJ; the I/O
// layer supplies an implementation for any CRS GDAL understands.
#include "core/LatLon.h"

#include <string>

namespace lunar {

struct MapXY {
    double x = 0.0;
    double y = 0.0;
};

class MapProjection {
public:
    virtual ~MapProjection() = default;
    virtual LatLon toLatLon(const MapXY& map) const = 0;
    virtual MapXY toMap(const LatLon& position) const = 0;
    // A short human-readable name ("IAU_2015:30135", a PROJ string...).
    virtual std::string name() const = 0;
};

} // namespace lunar
