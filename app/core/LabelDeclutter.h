#pragma once
// Which labels to show so that none covers another: labels are taken nearest first and a
// label is dropped when its screen rectangle overlaps one already kept. Pure (screen
// rectangles in, flags out) so it is tested without a window.
#include <vector>

namespace lunar {

struct ScreenLabel {
    double x_px = 0.0, y_px = 0.0;          // anchor: centre of the label's bottom edge
    double width_px = 0.0, height_px = 0.0;
    double distance_m = 0.0;                // from the eye: nearer labels win
    bool on_screen = true;                  // false: behind the eye or outside the view
};

// visible[i] for label i.
std::vector<bool> declutterLabels(const std::vector<ScreenLabel>& labels, double margin_px = 2.0);

} // namespace lunar
