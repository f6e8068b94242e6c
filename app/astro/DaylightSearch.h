#pragma once
// When the Sun stands well up over a site: a view of a place the user has just opened should
// not start in its lunar night. Near the poles the Sun never climbs far (at 89.7 S at most
// ~1.8 deg), so "well up" is judged against the best the coming lunar day offers.
#include "core/LatLon.h"
#include "core/UtcTime.h"

#include <optional>

namespace lunar::astro {

struct DaylightChoice {
    UtcTime time;
    double sun_elevation_deg = 0.0; // the Sun's centre above the site's horizontal plane
};

// The first hour from `from` (within `search_days`) at which the Sun's centre is at least
// min(`wanted_elevation_deg`, 80 % of its highest in that span) above the horizontal plane
// of `site` (the sphere's, not the terrain's horizon); nothing if it never rises there.
std::optional<DaylightChoice> firstDaylight(const LatLonHeight& site, const UtcTime& from,
                                            double wanted_elevation_deg = 5.0,
                                            double search_days = 30.0);

// The Sun's elevation over the site's horizontal plane at `time`, degrees.
double sunElevationDeg(const LatLonHeight& site, const UtcTime& time);

} // namespace lunar::astro
