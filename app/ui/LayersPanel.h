#pragma once
// The layers panel: how the terrain is shaded (the date's Sun, a fixed hillshade, colours
// by elevation or slope), its vertical exaggeration, the overlays (labels, grid, stars,
// keep-out circles, descent paths) and which programme phases' facilities are drawn.
#include "ui/ViewerModel.h"

namespace lunar::ui {

class LayersPanel {
public:
    explicit LayersPanel(ViewerModel& model) : model_(model) {}
    void drawContents();

private:
    ViewerModel& model_;
};

} // namespace lunar::ui
