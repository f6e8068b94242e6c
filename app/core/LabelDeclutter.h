#pragma once
// Which labels to show so that none covers another: labels are taken nearest first and a
// label is dropped when its screen rectangle overlaps one already kept; each hangs above its
// model's box on screen. Pure (screen rectangles in, flags out) so it is tested without a
// window.
#include <vector>

namespace lunar {

struct ScreenLabel {
    double x_px = 0.0, y_px = 0.0;          // anchor: centre of the label's bottom edge
    double width_px = 0.0, height_px = 0.0;
    double distance_m = 0.0;                // from the eye: nearer labels win
    bool on_screen = true;                  // false: behind the eye or outside the view
};

// A model's extent on screen (window pixels, y up).
struct ScreenBox {
    double x_min_px = 0.0, y_min_px = 0.0, x_max_px = 0.0, y_max_px = 0.0;
};

// A label of this size centred `gap_px` above a box on screen, so it never covers the model
// the box holds (its other fields are left at their defaults).
ScreenLabel labelAboveBox(const ScreenBox& box, double width_px, double height_px,
                          double gap_px = 4.0);

// Whether a label's rectangle overlaps a box.
bool labelCoversBox(const ScreenLabel& label, const ScreenBox& box);

// visible[i] for label i.
std::vector<bool> declutterLabels(const std::vector<ScreenLabel>& labels, double margin_px = 2.0);

} // namespace lunar
