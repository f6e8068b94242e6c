#pragma once
// One mission of the programme's catalogue: who flies what, when it launches and lands (or
// crashes), where, how it descends, and the source of each fact. Missions that land at the
// base are animated on its terrain; the others are shown at their real sites.
#include "core/UtcTime.h"
#include "mission/DescentGenerator.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lunar {

// landed / crashed: the record; planned: a published plan (dates and sites may move).
const std::vector<std::string>& missionOutcomes();

struct Mission {
    std::string id;
    std::string name;
    std::string agency;
    std::string vehicle;
    std::string outcome;                  // one of missionOutcomes()
    std::optional<UtcTime> launch;
    std::optional<UtcTime> landing;       // touchdown or impact
    double site_lat_deg = 0.0;
    double site_lon_deg = 0.0;
    bool at_base = false;                 // the site is given relative to the base origin
    std::optional<double> launch_mass_kg;
    std::optional<double> landed_mass_kg;
    DescentProfile profile = DescentProfile::Nominal;
    double approach_azimuth_deg = 0.0;
    std::string source;
    std::map<std::string, std::string> sources; // fact -> source
    std::string note;
};

} // namespace lunar
