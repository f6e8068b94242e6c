#pragma once
// Films: the scenario's camera paths, each previewed in the view or opened for editing,
// and the recorder: fly to a view, set the date on the timeline, add a key (N); retime,
// replace or remove keys, preview the whole path or from a key (the view shows the film's
// camera, date and sky, then gives the user's camera and date back), and save it into the
// scenario file, from where `lunarviz render --path NAME` films it. It commands the
// PathRecorder and leaves preview requests for the view loop.
#include "ui/ViewerModel.h"

#include <string>

namespace lunar::ui {

class FilmPanel {
public:
    // `save_path`: where Save writes (the scenario file, or a new file for the built-in one).
    FilmPanel(ViewerModel& model, std::string save_path);
    void drawContents();

    // Adds a key at the current view, with the date shown when "with the date" is on.
    void addKeyHere();
    // Starts editing a copy of the scenario's path of that name.
    void editPath(const std::string& name);
    // Writes the recorded path into the scenario file (with the layout); the outcome goes
    // to status().
    void save();
    const std::string& status() const { return status_; }
    void setRecordDates(bool on) { record_dates_ = on; }

private:
    void drawScenarioFilms();
    void drawKeys();
    void drawPreviewControls();
    void preview(double from_s);

    ViewerModel& model_;
    std::string save_path_;
    std::string editing_; // the scenario path the recorder started from ("" if new)
    char name_[64] = {};
    char title_[128] = {};
    bool record_dates_ = true;
    std::string status_;
    std::string discard_; // the action asked once already while keys were unsaved
};

} // namespace lunar::ui
