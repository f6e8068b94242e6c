#pragma once
// Editing the base layout: select a facility, move it (metres east/north on the ground),
// turn it, undo the last edits. Pure model code: the viewer's inspector commands it and the
// scene rebuilds the facility it reports changed; saving is io::saveScenario.
#include "mission/FacilityPlacement.h"
#include "mission/Scenario.h"

#include <optional>
#include <string>
#include <vector>

namespace lunar {

struct Neighbour {
    std::string id;
    double distance_m = 0.0;
};

class LayoutEditor {
public:
    explicit LayoutEditor(Scenario& scenario);

    // Selects a facility by id (false if there is none); clear() selects nothing.
    bool select(const std::string& id);
    void clear() { selected_.reset(); }
    const Facility* selected() const;

    // Moves the selected facility along the ground by metres east and north of where it
    // stands, or turns it (heading wraps to -180..180). No-ops without a selection.
    void moveBy(double east_m, double north_m);
    void turnBy(double degrees);
    void setHeading(double heading_deg);

    // Undoes the last edit (of any facility); false when there is nothing to undo.
    bool undo();
    std::size_t undoDepth() const { return history_.size(); }
    // Edits since the last markSaved().
    bool dirty() const { return dirty_; }
    void markSaved() { dirty_ = false; }
    // Positions changed outside the editor (a recovered autosave) that still need saving.
    void markUnsaved() { dirty_ = true; }
    // Id of the facility changed by the last edit or undo (the scene rebuilds it).
    const std::string& lastChanged() const { return last_changed_; }

    // The nearest other facilities, nearest first.
    std::vector<Neighbour> neighbours(const std::string& id, std::size_t count = 3) const;

private:
    struct Edit {
        std::string id;
        double lat_deg, lon_deg, heading_deg; // before the edit
    };
    Facility* find(const std::string& id);
    void remember(const Facility& f);

    Scenario& scenario_;
    std::optional<std::string> selected_;
    std::vector<Edit> history_;
    std::string last_changed_;
    bool dirty_ = false;
};

} // namespace lunar
