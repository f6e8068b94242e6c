#pragma once
// The elevation profile drawn in a panel: height against distance along the ground, each
// step coloured by its slope against the rover's limit (green up to half of it, amber up to
// it, red beyond), holes left as gaps over a hatched band, and under it the signed slope.
// Hovering shows the sample under the pointer.
#include "terrain/SurfaceProfile.h"

namespace lunar::ui {

// Draws at the cursor, the panel's width wide.
void drawProfilePlot(const SurfaceProfile& profile, double slope_limit_deg);

} // namespace lunar::ui
