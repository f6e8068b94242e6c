#include "astro/DaylightSearch.h"

#include "astro/SiteSky.h"

#include <algorithm>
#include <vector>

namespace lunar::astro {

double sunElevationDeg(const LatLonHeight& site, const UtcTime& time)
{
    return skyAtSite(time, site).sun.elevation_deg;
}

std::optional<DaylightChoice> firstDaylight(const LatLonHeight& site, const UtcTime& from,
                                            double wanted_elevation_deg, double search_days)
{
    constexpr double kStep_s = 3600.0;
    const int steps = static_cast<int>(search_days * 86400.0 / kStep_s);
    std::vector<double> elevation_deg(static_cast<std::size_t>(steps) + 1);
    for (int i = 0; i <= steps; ++i)
        elevation_deg[static_cast<std::size_t>(i)] = sunElevationDeg(site, from.plusSeconds(i * kStep_s));
    const double highest_deg = *std::max_element(elevation_deg.begin(), elevation_deg.end());
    if (highest_deg <= 0.0)
        return std::nullopt;
    const double enough_deg = std::min(wanted_elevation_deg, 0.8 * highest_deg);
    for (int i = 0; i <= steps; ++i)
        if (elevation_deg[static_cast<std::size_t>(i)] >= enough_deg)
            return DaylightChoice{from.plusSeconds(i * kStep_s), elevation_deg[static_cast<std::size_t>(i)]};
    return std::nullopt; // not reached: the highest hour qualifies
}

} // namespace lunar::astro
