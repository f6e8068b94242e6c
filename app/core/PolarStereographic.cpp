#include "core/PolarStereographic.h"

#include "core/Angles.h"
#include "core/MoonBody.h"

#include <cmath>

namespace lunar {

PolarStereographic::PolarStereographic(Pole pole, double central_lon_rad)
    : pole_(pole), central_lon_rad_(central_lon_rad)
{
}

MapXY PolarStereographic::toMap(const LatLon& position) const
{
    const double dlon = position.lon_rad - central_lon_rad_;
    if (pole_ == Pole::South) {
        const double rho = 2.0 * moon::kRadius_m * std::tan(kPi / 4.0 + position.lat_rad / 2.0);
        return {rho * std::sin(dlon), rho * std::cos(dlon)};
    }
    const double rho = 2.0 * moon::kRadius_m * std::tan(kPi / 4.0 - position.lat_rad / 2.0);
    return {rho * std::sin(dlon), -rho * std::cos(dlon)};
}

LatLon PolarStereographic::toLatLon(const MapXY& map) const
{
    const double rho = std::hypot(map.x, map.y);
    const double colat = 2.0 * std::atan(rho / (2.0 * moon::kRadius_m));
    LatLon out;
    if (pole_ == Pole::South) {
        out.lat_rad = colat - kPi / 2.0;
        out.lon_rad = central_lon_rad_ + std::atan2(map.x, map.y);
    }
    else {
        out.lat_rad = kPi / 2.0 - colat;
        out.lon_rad = central_lon_rad_ + std::atan2(map.x, -map.y);
    }
    out.lon_rad = degToRad(wrapDeg180(radToDeg(out.lon_rad)));
    return out;
}

std::string PolarStereographic::name() const
{
    return pole_ == Pole::South ? "IAU_2015:30135" : "IAU_2015:30130";
}

} // namespace lunar
