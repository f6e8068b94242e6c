#pragma once
// The inspector: everything about the picked facility (its fields, the source of each fact,
// the ground under it, its nearest neighbours and keep-out conflicts) and the layout edits
// (move, turn, undo, save); or about the mission picked on the timeline (agency, vehicle,
// dates, site, outcome, masses, descent, sources). It reads the model and commands the
// LayoutEditor; the scene is rebuilt by the view loop from the RebuildFacility request each
// edit posts, never from inside the panel.
#include "mission/FacilityPlacement.h"
#include "ui/SkyStripView.h"
#include "ui/ViewerModel.h"

#include <functional>
#include <optional>
#include <string>

namespace lunar::ui {

class InspectorPanel {
public:
    // `ground`: heights for the footprint survey; `save_path`: where Save writes (the
    // scenario file, or a new file for the built-in scenario).
    InspectorPanel(ViewerModel& model, GroundHeight ground, std::string save_path);

    // Whether anything is picked (the panel shows only then), and what, for its title.
    bool hasSubject() const;
    std::string subjectTitle() const;
    void drawContents();
    const SkyStripView& sky() const { return sky_; }

    // The last save's outcome, for the status line ("" before any).
    const std::string& status() const { return status_; }

private:
    void drawFacts(const Facility& f);
    void drawEdits();
    void drawMission(const Mission& m);
    const Mission* selectedMission() const;

    ViewerModel& model_;
    Scenario& scenario_;
    LayoutEditor& editor_;
    GroundHeight ground_;
    std::string save_path_;
    std::string status_;
    int step_index_ = 1;
    SkyStripView sky_;
};

} // namespace lunar::ui
