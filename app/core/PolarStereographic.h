#pragma once
// Polar stereographic projection on the lunar sphere, true scale at the pole (k0 = 1): the
// projection of IAU_2015:30135 (south) and IAU_2015:30130 (north), as PROJ defines them
// (Snyder 1987, "Map Projections: A Working Manual", eqs. 21-1..21-4 for the sphere).
#include "core/MapProjection.h"

namespace lunar {

class PolarStereographic final : public MapProjection {
public:
    enum class Pole { North, South };

    explicit PolarStereographic(Pole pole, double central_lon_rad = 0.0);

    LatLon toLatLon(const MapXY& map) const override;
    MapXY toMap(const LatLon& position) const override;
    std::string name() const override;

private:
    Pole pole_;
    double central_lon_rad_;
};

} // namespace lunar
