#pragma once
// Reads one facility of a scenario file (README, "Scenario format"; data/
// lunarviz-scenario.schema.json). Every problem is recorded in `errors` with the file, the
// JSON path and what is wrong; keys it does not know become warnings.
#include "core/EnuFrame.h"
#include "io/ErrorCollector.h"
#include "io/JsonReader.h"
#include "mission/Facility.h"

#include <vector>

namespace lunar::io {

// A position is either absolute {lat_deg, lon_deg} or an offset {east_m, north_m} from the
// base origin (convenient for a notional layout).
LatLon readPosition(const JsonReader& position, const EnuFrame& origin);

Facility readFacility(const JsonReader& facility, const EnuFrame& origin,
                      ErrorCollector& errors, std::vector<std::string>& warnings);

// Warns (file: path: "key" is not a known field ...) for keys outside `known`.
void warnUnknownKeys(const JsonReader& object, const std::vector<std::string>& known,
                     std::vector<std::string>& warnings);

} // namespace lunar::io
