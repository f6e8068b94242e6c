#pragma once
// One facility of the base, as the scenario file describes it: what it is, where it stands,
// when it arrives, how big it is and what must stay clear of it, and where each fact comes
// from.
#include "core/UtcTime.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lunar {

enum class FacilityShape { Box, Cylinder, Dome, Mast, Pad };

// Categories of the ILRS elements the public sources name (see ../shared/facts.md).
const std::vector<std::string>& facilityCategories();
// Programme phases: reconnaissance 2021-2025, construction 2026-2035, utilization 2036-.
const std::vector<std::string>& programmePhases();
// planned: a published plan; notional: no source gives it (our placement); flown: record.
const std::vector<std::string>& facilityStatuses();
// Facts a facility may cite a source for, besides its general `source`.
const std::vector<std::string>& facilityFacts();

struct Facility {
    std::string id;
    std::string name;
    std::string category;   // one of facilityCategories()
    std::string phase;      // one of programmePhases()
    std::string status;     // one of facilityStatuses()
    std::string source;     // where the facility itself comes from
    std::map<std::string, std::string> sources; // fact (facilityFacts()) -> its source
    std::optional<UtcTime> arrival;
    double lat_deg = 0.0;
    double lon_deg = 0.0;
    bool position_as_offset = false; // the file gave east_m/north_m from the origin
    double heading_deg = 0.0; // rotation about local up, from north through east
    FacilityShape shape = FacilityShape::Box;
    double length_m = 10.0;   // footprint along its heading
    double width_m = 10.0;    // footprint across its heading
    double height_m = 5.0;
    double footprint_radius_m = 0.0; // circle holding the footprint (levelled ground)
    double keep_out_radius_m = 0.0;  // nothing else within (blast, radiation); 0: none
    std::string keep_out_reason;     // what the keep-out protects against
    std::map<std::string, double> model; // parameters of its parametric model
    std::string model_file;              // a model (OBJ/3DS/OSGT) instead; relative to the file

    // Source of one fact: its own, or the facility's general source.
    const std::string& sourceOf(const std::string& fact) const;
};

} // namespace lunar
