#pragma once
// Saving a scenario after edits in the viewer. The file is rewritten from the text it was
// read from with only what the viewer changes replaced: each facility's position and
// heading, and the camera paths recorded or edited there (Scenario::edited_paths); notes,
// descriptions and sources the model does not hold survive; positions keep the form the
// file used (lat/lon, or metres east/north of the origin). The write is atomic: an
// interrupted save leaves the previous file as it was, and each save keeps the version it
// replaced as "<file>.bak".
#include "mission/Scenario.h"

#include <string>

namespace lunar::io {

// The scenario's JSON text with the current layout and edited paths (2-space indent).
std::string scenarioJsonWithLayout(const Scenario& scenario);

// Writes scenarioJsonWithLayout() to `path` through a temporary file and a rename.
void saveScenario(const Scenario& scenario, const std::string& path);

} // namespace lunar::io
