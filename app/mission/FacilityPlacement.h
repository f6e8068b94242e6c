#pragma once
// How each facility meets the ground, and which ones stand where they must not.
//
// A facility stands on a levelled pad: the ground under its footprint circle is sampled,
// its base set at the median height and a pad filled down to the lowest sample, so it
// never floats; the slope of the best-fit plane through the samples says whether the site
// is buildable (over 15 deg by default it is flagged). Keep-out circles (landing blast,
// reactor radiation) are checked against every other facility's footprint.
#include "core/LatLon.h"
#include "mission/Facility.h"

#include <functional>
#include <string>
#include <vector>

namespace lunar {

// Ground height above the sphere at a position, NaN where unknown (outside the DEM).
using GroundHeight = std::function<double(const LatLon&)>;

struct PlacementOptions {
    double max_slope_deg = 15.0; // steeper footprints are flagged
    int samples_per_radius = 6;  // ground samples from the centre to the footprint's edge
};

struct FootprintSurvey {
    double lowest_m = 0.0;    // ground heights over the footprint circle
    double median_m = 0.0;
    double highest_m = 0.0;
    double slope_deg = 0.0;   // of the least-squares plane through the samples
    double base_m = 0.0;      // where the facility stands: the median
    double pad_depth_m = 0.0; // pad from the base down to the lowest ground
    bool too_steep = false;
};

// Throws LunarError("facility <id>", ...) if the footprint leaves the ground's extent.
FootprintSurvey surveyFootprint(const Facility& facility, const GroundHeight& ground,
                                const PlacementOptions& options = {});

struct KeepOutConflict {
    std::string zone_id;   // the facility whose keep-out circle is entered
    std::string inside_id; // the facility whose footprint enters it
    double distance_m = 0.0; // centre to centre
    double radius_m = 0.0;   // the keep-out radius
    std::string reason;

    // "habitat-1 is 420 m from landing-pad-1, inside its 500 m keep-out (landing plume blast)"
    std::string describe() const;
};

// Every facility footprint that reaches into another facility's keep-out circle.
std::vector<KeepOutConflict> keepOutConflicts(const std::vector<Facility>& facilities);

// One line per problem of a layout on its ground: footprints steeper than the limit and
// keep-out conflicts, each naming the scenario file and the facility.
std::vector<std::string> placementReport(const std::string& scenario_file,
                                         const std::vector<Facility>& facilities,
                                         const GroundHeight& ground,
                                         const PlacementOptions& options = {});

// Distance between two facilities' centres along the sphere, metres.
double facilityDistance_m(const Facility& a, const Facility& b);

} // namespace lunar
