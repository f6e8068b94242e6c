#pragma once
// Checks that a scenario's base stands on its DEM, with the message naming the scenario
// file, the site and the DEM: done before any heights are read, so a facility typed with a
// wrong sign fails at once with its name instead of deep in the scene's placement.
#include "io/LunarDem.h"
#include "mission/DemCoverage.h"
#include "mission/Scenario.h"
#include "mission/ScenarioOnDem.h"

#include <string>

namespace lunar::io {

DemExtent demExtentOf(const LunarDem& dem);

// Throws LunarError(scenario.file, "<site> lies outside the DEM <dem_label>") for the first
// site off the DEM.
void requireSitesOnDem(const Scenario& scenario, const DemExtent& dem,
                       const std::string& dem_label);

// The same against the scenario's own DEM: the built-in one's extent comes from its recipe
// (nothing generated), a file's from its header (opened and checked as any DEM is).
void requireSitesOnScenarioDem(const Scenario& scenario, const std::string& scenario_path);

// Fits the scenario to a DEM file of the user's (mission/ScenarioOnDem) from its header alone,
// for the commands that decide before loading the scene (checked and opened as any DEM is).
DemFit fitScenarioToDemFile(Scenario& scenario, const std::string& dem_path,
                            const DemOpenOptions& open, const std::optional<UtcTime>& date_asked);

} // namespace lunar::io
