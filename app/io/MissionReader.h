#pragma once
// Reads one mission of a scenario's catalogue (README, "Scenario format"). Problems are
// recorded in `errors` with the file and JSON path; unknown keys become warnings.
#include "core/EnuFrame.h"
#include "io/ErrorCollector.h"
#include "io/JsonReader.h"
#include "mission/Mission.h"

#include <string>
#include <vector>

namespace lunar::io {

Mission readMission(const JsonReader& mission, const EnuFrame& origin, ErrorCollector& errors,
                    std::vector<std::string>& warnings);

} // namespace lunar::io
