#include "mission/FacilityPlacement.h"

#include "core/Angles.h"
#include "core/EnuFrame.h"
#include "core/LunarError.h"
#include "core/MoonBody.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lunar {

namespace {

struct Sample {
    double east_m, north_m, height_m;
};

// Least-squares plane h = a + b e + c n; returns its slope in degrees.
double planeSlope_deg(const std::vector<Sample>& samples)
{
    double see = 0, snn = 0, sen = 0, seh = 0, snh = 0, se = 0, sn = 0, sh = 0;
    const double count = static_cast<double>(samples.size());
    for (const Sample& s : samples) {
        se += s.east_m;
        sn += s.north_m;
        sh += s.height_m;
    }
    const double me = se / count, mn = sn / count, mh = sh / count;
    for (const Sample& s : samples) {
        const double e = s.east_m - me, n = s.north_m - mn, h = s.height_m - mh;
        see += e * e;
        snn += n * n;
        sen += e * n;
        seh += e * h;
        snh += n * h;
    }
    const double det = see * snn - sen * sen;
    if (std::fabs(det) < 1e-12)
        return 0.0;
    const double b = (seh * snn - snh * sen) / det;
    const double c = (snh * see - seh * sen) / det;
    return radToDeg(std::atan(std::hypot(b, c)));
}

} // namespace

FootprintSurvey surveyFootprint(const Facility& f, const GroundHeight& ground,
                                const PlacementOptions& options)
{
    const EnuFrame local({degToRad(f.lat_deg), degToRad(f.lon_deg), 0.0});
    const int n = std::max(1, options.samples_per_radius);
    const double radius_m = std::max(f.footprint_radius_m, 0.1);
    std::vector<Sample> samples;
    for (int j = -n; j <= n; ++j)
        for (int i = -n; i <= n; ++i) {
            if (i * i + j * j > n * n)
                continue; // the footprint circle
            const double east = radius_m * i / n, north = radius_m * j / n;
            const LatLonHeight p = local.selenographicFromEnu({east, north, 0.0});
            const double h = ground({p.lat_rad, p.lon_rad});
            if (std::isnan(h))
                throw LunarError("facility " + f.id,
                                 "its footprint reaches outside the DEM (" +
                                     std::to_string(static_cast<int>(radius_m)) +
                                     " m around its position)");
            samples.push_back({east, north, h});
        }
    std::vector<double> heights;
    for (const Sample& s : samples)
        heights.push_back(s.height_m);
    std::sort(heights.begin(), heights.end());
    FootprintSurvey survey;
    survey.lowest_m = heights.front();
    survey.highest_m = heights.back();
    survey.median_m = heights[heights.size() / 2];
    survey.slope_deg = planeSlope_deg(samples);
    survey.base_m = survey.median_m;
    survey.pad_depth_m = survey.base_m - survey.lowest_m;
    survey.too_steep = survey.slope_deg > options.max_slope_deg;
    return survey;
}

double facilityDistance_m(const Facility& a, const Facility& b)
{
    const double lat1 = degToRad(a.lat_deg), lat2 = degToRad(b.lat_deg);
    const double dlat = lat2 - lat1, dlon = degToRad(b.lon_deg - a.lon_deg);
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(lat1) * std::cos(lat2) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2.0 * moon::kRadius_m * std::asin(std::min(1.0, std::sqrt(h))); // haversine
}

std::vector<KeepOutConflict> keepOutConflicts(const std::vector<Facility>& facilities)
{
    std::vector<KeepOutConflict> conflicts;
    for (const Facility& zone : facilities) {
        if (zone.keep_out_radius_m <= 0.0)
            continue;
        for (const Facility& other : facilities) {
            if (&other == &zone)
                continue;
            const double distance = facilityDistance_m(zone, other);
            if (distance - other.footprint_radius_m < zone.keep_out_radius_m)
                conflicts.push_back({zone.id, other.id, distance, zone.keep_out_radius_m,
                                     zone.keep_out_reason});
        }
    }
    return conflicts;
}

std::vector<std::string> placementReport(const std::string& scenario_file,
                                         const std::vector<Facility>& facilities,
                                         const GroundHeight& ground,
                                         const PlacementOptions& options)
{
    std::vector<std::string> lines;
    for (const Facility& f : facilities) {
        const FootprintSurvey survey = surveyFootprint(f, ground, options);
        if (survey.too_steep) {
            char text[200];
            std::snprintf(text, sizeof text,
                          "%s: facility %s stands on a %.1f deg slope (limit %.0f deg)",
                          scenario_file.c_str(), f.id.c_str(), survey.slope_deg,
                          options.max_slope_deg);
            lines.emplace_back(text);
        }
    }
    for (const KeepOutConflict& c : keepOutConflicts(facilities))
        lines.push_back(scenario_file + ": " + c.describe());
    return lines;
}

std::string KeepOutConflict::describe() const
{
    char text[320];
    std::snprintf(text, sizeof text, "%s is %.0f m from %s, inside its %.0f m keep-out%s%s%s",
                  inside_id.c_str(), distance_m, zone_id.c_str(), radius_m,
                  reason.empty() ? "" : " (", reason.c_str(), reason.empty() ? "" : ")");
    return text;
}

} // namespace lunar
