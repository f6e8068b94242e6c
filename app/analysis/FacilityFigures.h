#pragma once
// Each facility seen from its own top (where its panels and antennas are): its horizon
// marched on the grid, then the Sun's and the Earth's visible share at each instant of the
// track, and their mean and longest darkness. Facilities off the grid (or over a hole) get a
// row with no figures and no strip.
#include "astro/BodyTrack.h"
#include "io/SiteReportRows.h"
#include "mission/Scenario.h"
#include "terrain/TerrainGrid.h"

#include <vector>

namespace lunar::analysis {

struct FacilityFigures {
    std::vector<io::FacilityFiguresRow> rows; // one per facility, in the scenario's order
    io::FacilityStrips strips;                // the facilities on the grid
};

// `step_h`: the track's step, for the longest darkness in hours.
FacilityFigures facilityFigures(const std::vector<Facility>& facilities, const TerrainGrid& grid,
                                const astro::BodyTrack& track, double step_h);

} // namespace lunar::analysis
