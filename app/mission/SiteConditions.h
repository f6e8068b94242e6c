#pragma once
// What the site-info panel shows for the ground under the cursor: where it is, how high
// and steep it is, how far from the base, and where the Sun and the Earth stand in its sky
// at a date, with the fraction of each disc above its terrain horizon.
#include "core/EnuFrame.h"
#include "core/UtcTime.h"
#include "terrain/TerrainLayer.h"

namespace lunar {

struct SiteConditions {
    LatLon position;
    double height_m = 0.0;            // above the 1737.4 km sphere
    double slope_deg = 0.0;           // of the DEM surface over about `slope_baseline_m`
    double distance_from_origin_m = 0.0; // along the surface from the base origin
    double sun_azimuth_deg = 0.0, sun_elevation_deg = 0.0;
    double sun_visible_fraction = 0.0;  // of the Sun's disc above the terrain horizon
    double earth_azimuth_deg = 0.0, earth_elevation_deg = 0.0;
    double earth_visible_fraction = 0.0;
};

// Throws LunarError if no terrain layer covers the point.
SiteConditions siteConditionsAt(const LatLon& position, const UtcTime& time,
                                const TerrainStack& terrain, const EnuFrame& base_frame,
                                double slope_baseline_m = 20.0);

} // namespace lunar
