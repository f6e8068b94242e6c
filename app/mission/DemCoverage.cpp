#include "mission/DemCoverage.h"

#include "core/Angles.h"
#include "core/EnuFrame.h"
#include "mission/Scenario.h"

#include <cmath>
#include <cstdio>

namespace lunar {

namespace {

// Points around a footprint circle: a DEM edge cannot cut a 16-gon's sides much inside the
// circle (at most 2 % of the radius), which is well under a pixel for any real footprint.
constexpr int kFootprintRimPoints = 16;

std::string describeSite(const char* what, const std::string& id, double lat_deg,
                         double lon_deg)
{
    char text[200];
    std::snprintf(text, sizeof text, "%s%s%s%s at %.4f, %.4f deg", what, id.empty() ? "" : " \"",
                  id.c_str(), id.empty() ? "" : "\"", lat_deg, lon_deg);
    return text;
}

} // namespace

bool DemExtent::contains(const LatLon& position) const
{
    return projection && width_px > 0 && height_px > 0 &&
           geo.covers(projection->toMap(position), width_px, height_px);
}

std::optional<std::string> facilityOffDem(const Facility& f, const DemExtent& dem)
{
    const std::string site = describeSite("facility", f.id, f.lat_deg, f.lon_deg);
    const EnuFrame local({degToRad(f.lat_deg), degToRad(f.lon_deg), 0.0});
    if (!dem.contains({local.origin().lat_rad, local.origin().lon_rad}))
        return site + " lies outside the DEM";
    for (int k = 0; k < kFootprintRimPoints; ++k) {
        const double angle_rad = 2.0 * kPi * k / kFootprintRimPoints;
        const LatLonHeight rim = local.selenographicFromEnu(
            {f.footprint_radius_m * std::sin(angle_rad), f.footprint_radius_m * std::cos(angle_rad), 0.0});
        if (!dem.contains({rim.lat_rad, rim.lon_rad})) {
            char radius[64];
            std::snprintf(radius, sizeof radius, "%.0f m", f.footprint_radius_m);
            return site + ": its footprint (" + radius + " around it) reaches past the DEM's edge";
        }
    }
    return std::nullopt;
}

std::optional<std::string> firstSiteOffDem(const Scenario& scenario, const DemExtent& dem)
{
    if (!dem.contains({degToRad(scenario.origin_lat_deg), degToRad(scenario.origin_lon_deg)}))
        return describeSite("the base origin", "", scenario.origin_lat_deg,
                            scenario.origin_lon_deg) +
               " lies outside the DEM";
    for (const Facility& f : scenario.facilities)
        if (auto off = facilityOffDem(f, dem))
            return off;
    return std::nullopt;
}

} // namespace lunar
