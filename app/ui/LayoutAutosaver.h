#pragma once
// Keeps unsaved layout edits safe (io/LayoutAutosave): writes the autosave a second after
// the last edit, removes it once the layout is saved, and at start asks whether to recover
// one left by a session that did not end (Recover / Discard).
#include "ui/ViewerModel.h"

#include <optional>
#include <string>

namespace lunar::ui {

class LayoutAutosaver {
public:
    // `save_path`: where the layout is saved (the scenario file, or the new file for the
    // built-in scenario); empty: no autosave.
    LayoutAutosaver(ViewerModel& model, std::string save_path);

    // Each frame, with the wall-clock time since the last.
    void tick(double wall_seconds);
    // The recovery question, while one is pending.
    void drawPrompt();

    bool recoveryPending() const { return found_.has_value(); }
    const std::string& foundWhen() const { return found_when_; }
    // Puts the autosaved positions back (unsaved, undo-able by the editor) and asks the view
    // loop to redraw each facility that moved.
    void recover();
    void discard();
    const std::string& problem() const { return problem_; }

private:
    ViewerModel& model_;
    std::string save_path_;
    std::optional<Scenario> found_;
    std::string found_when_;
    std::string problem_;
    std::size_t written_depth_ = 0; // the editor's undo depth the autosave holds
    bool written_ = false;
    double since_edit_s_ = 0.0;
    std::size_t seen_depth_ = 0;
};

} // namespace lunar::ui
