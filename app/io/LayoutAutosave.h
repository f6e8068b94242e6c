#pragma once
// While the layout has unsaved edits, the viewer keeps the scenario with them in the config
// folder (<config>/autosave/<file name>-<hash of the save path>.json), written atomically a
// moment after each edit. A crash or a killed process then loses nothing: the next start
// finds the autosave, newer than the saved file, and offers to recover it. A save, or
// discarding the edits, removes it.
#include "mission/Scenario.h"

#include <optional>
#include <string>
#include <vector>

namespace lunar::io {

std::string layoutAutosavePath(const std::string& save_path);
void writeLayoutAutosave(const Scenario& scenario, const std::string& save_path);
void discardLayoutAutosave(const std::string& save_path);

struct LayoutAutosave {
    std::string path;
    std::string written_utc; // when it was written, for the question to the user
    Scenario scenario;
};

// The autosave for `save_path` when there is one newer than the file at `save_path` (or the
// file does not exist). An autosave that cannot be read is reported in `problem` and left.
std::optional<LayoutAutosave> findLayoutAutosave(const std::string& save_path, std::string& problem);

// Puts the autosave's facility positions and headings onto `scenario` (matched by id);
// returns the ids that moved.
std::vector<std::string> applyAutosavedLayout(const Scenario& autosaved, Scenario& scenario);

} // namespace lunar::io
