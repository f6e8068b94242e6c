#pragma once
// One planned facility of the base, as the scenario file describes it.
#include "core/LatLon.h"
#include "core/UtcTime.h"

#include <optional>
#include <string>

namespace lunar {

enum class FacilityShape { Box, Cylinder, Dome, Mast, Pad };

struct Facility {
    std::string id;
    std::string name;
    std::string category;   // "power", "habitat", "communications", "landing", "science", ...
    std::string phase;      // programme phase it belongs to ("construction", ...)
    std::string status;     // "planned" or "notional" (no published position)
    std::string source;     // where the fact comes from
    std::optional<UtcTime> arrival;
    double lat_deg = 0.0;
    double lon_deg = 0.0;
    double heading_deg = 0.0; // rotation about local up, from north through east
    FacilityShape shape = FacilityShape::Box;
    double length_m = 10.0;   // footprint along its heading
    double width_m = 10.0;    // footprint across its heading
    double height_m = 5.0;
};

} // namespace lunar
