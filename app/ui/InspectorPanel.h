#pragma once
// The inspector: everything about the picked facility (its fields, the source of each fact,
// the ground under it, its nearest neighbours and keep-out conflicts) and the layout edits
// (move, turn, undo, save). It reads the model and commands the LayoutEditor; the scene is
// rebuilt by the view loop from rebuildRequest(), never from inside the panel.
#include "mission/FacilityPlacement.h"
#include "mission/LayoutEditor.h"
#include "mission/Scenario.h"

#include <functional>
#include <optional>
#include <string>

namespace lunar::ui {

class InspectorPanel {
public:
    // `ground`: heights for the footprint survey; `save_path`: where Save writes (the
    // scenario file, or a new file for the built-in scenario).
    InspectorPanel(Scenario& scenario, LayoutEditor& editor, GroundHeight ground,
                   std::string save_path);

    void draw();

    // The facility an edit changed since the last call (the view loop redraws it).
    std::optional<std::string> takeRebuildRequest();
    // The last save's outcome, for the status line ("" before any).
    const std::string& status() const { return status_; }

private:
    void drawFacts(const Facility& f);
    void drawEdits();

    Scenario& scenario_;
    LayoutEditor& editor_;
    GroundHeight ground_;
    std::string save_path_;
    std::optional<std::string> rebuild_;
    std::string status_;
    int step_index_ = 1;
};

} // namespace lunar::ui
