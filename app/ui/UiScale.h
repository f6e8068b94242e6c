#pragma once
// How big the UI is drawn: the display's pixel density relative to 96 DPI (HiDPI desktops
// say so with the Xft.dpi resource; else the screen's size in millimetres), times a factor
// that grows with the window height (a 4K window gets larger panels than a 1080p one).
#include <string>

namespace lunar::ui {

// DPI of an X display (`display_name` as in $DISPLAY); 96 when it cannot be told.
double displayDpi(const std::string& display_name);

// The scale factor for a window of this size on a display of this DPI, in steps of 0.05 so
// that resizing does not rebuild fonts at every pixel. `user_factor` (menu: UI size) on top.
float uiScaleFor(double dpi, int window_width, int window_height, double user_factor = 1.0);

} // namespace lunar::ui
