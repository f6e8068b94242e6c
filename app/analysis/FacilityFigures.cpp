#include "analysis/FacilityFigures.h"

#include "astro/MoonCentredEphemeris.h"
#include "core/Angles.h"
#include "terrain/PointExposure.h"

#include <tbb/parallel_for.h>

#include <cmath>

namespace lunar::analysis {

FacilityFigures facilityFigures(const std::vector<Facility>& facilities, const TerrainGrid& grid,
                                const astro::BodyTrack& track, double step_h)
{
    struct Seen {
        bool on_grid = false;
        PointExposure sun, earth;
    };
    std::vector<Seen> seen(facilities.size());
    const DistantDisc sun{track.sun_m, astro::kSunRadius_m};
    const DistantDisc earth{track.earth_m, astro::kEarthEquatorialRadius_m};
    tbb::parallel_for(std::size_t{0}, facilities.size(), [&](std::size_t i) {
        const Facility& f = facilities[i];
        const LatLon at{degToRad(f.lat_deg), degToRad(f.lon_deg)};
        if (!grid.contains(at) || std::isnan(grid.heightAt(at)))
            return;
        double col = 0.0, row = 0.0;
        grid.pixelOf(at, col, row);
        const PointHorizon horizon = marchPointHorizon(grid, col, row, f.height_m);
        seen[i] = {true, pointExposure(grid, col, row, horizon, sun), pointExposure(grid, col, row, horizon, earth)};
    });

    FacilityFigures out;
    for (std::size_t i = 0; i < facilities.size(); ++i) {
        const Facility& f = facilities[i];
        io::FacilityFiguresRow row{f.id, f.name, f.lat_deg, f.lon_deg, f.height_m, seen[i].on_grid, NAN, NAN, NAN};
        if (row.on_dem) {
            row.illumination_pct = 100.0 * seen[i].sun.mean_fraction;
            row.longest_darkness_h = seen[i].sun.longest_dark * step_h;
            row.earth_pct = 100.0 * seen[i].earth.mean_fraction;
            out.strips.facilities.push_back({f.id, std::move(seen[i].sun.fraction), std::move(seen[i].earth.fraction)});
        }
        out.rows.push_back(std::move(row));
    }
    for (std::size_t t = 0; t < track.size(); ++t)
        out.strips.instants.push_back(track.timeAt(t));
    return out;
}

} // namespace lunar::analysis
