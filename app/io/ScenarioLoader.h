#pragma once
// Loads and validates a scenario file (format "lunarviz-scenario/1"; README documents it).
// Errors name the file, the JSON path and the problem:
//   "site.json: facilities[2].position.lat_deg: 95 is outside -90..90".
#include "mission/Scenario.h"

#include <cstdint>
#include <string>

namespace lunar::io {

// Larger scenario files are refused unread.
constexpr std::uintmax_t kMaxScenarioBytes = 16'000'000;

Scenario parseScenario(const std::string& json_text, const std::string& file);
Scenario loadScenario(const std::string& path);
// The built-in ILRS concept scenario (data/ilrs_concept.json embedded at build time).
Scenario defaultScenario();

// The DEM a scenario stands on: "procedural:default" is the built-in DEM (generated once
// into the cache), a relative path is relative to the scenario file (`scenario_path`; empty
// for the built-in scenario).
std::string scenarioDemPath(const Scenario& scenario, const std::string& scenario_path);

} // namespace lunar::io
