#pragma once
// Cameras: the navigation mode (orbit, fly, walk), the height above the ground, the home
// view, and the bookmarks: the scenario's and the user's own (saved with the viewer settings), each
// recalled with a smooth flight.
#include "ui/ViewerModel.h"

namespace lunar::ui {

class CameraPanel {
public:
    explicit CameraPanel(ViewerModel& model) : model_(model) {}
    void drawContents();
    // Saves the current view as a user bookmark ("view 3" when no name is given).
    void saveBookmark(const std::string& name);

private:
    ViewerModel& model_;
    char name_[64] = {};
};

} // namespace lunar::ui
