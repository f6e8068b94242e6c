#pragma once
// Site info: the ground under the mouse pointer at the current date: where it is, its
// height and slope, its distance from the base, and the Sun and the Earth in its sky with
// the fraction of each disc above the terrain horizon.
#include "ui/ViewerModel.h"

namespace lunar::ui {

class SiteInfoPanel {
public:
    explicit SiteInfoPanel(const ViewerModel& model) : model_(model) {}
    void drawContents();

private:
    const ViewerModel& model_;
};

} // namespace lunar::ui
