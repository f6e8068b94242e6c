#include "ui/UiScale.h"

#include <X11/Xlib.h>
#include <X11/Xresource.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace lunar::ui {

namespace {
bool plausible(double dpi) { return dpi >= 60.0 && dpi <= 480.0; }
} // namespace

double displayDpi(const std::string& display_name)
{
    Display* display = XOpenDisplay(display_name.empty() ? nullptr : display_name.c_str());
    if (!display)
        return 96.0;
    double dpi = 0.0;
    // Xft.dpi: what desktops set for HiDPI screens (and what toolkits follow).
    if (const char* resources = XResourceManagerString(display)) {
        XrmInitialize();
        XrmDatabase db = XrmGetStringDatabase(resources);
        char* type = nullptr;
        XrmValue value{};
        if (db && XrmGetResource(db, "Xft.dpi", "Xft.Dpi", &type, &value) && value.addr)
            dpi = std::atof(value.addr);
        if (db)
            XrmDestroyDatabase(db);
    }
    if (!plausible(dpi)) {
        const int screen = DefaultScreen(display);
        const int height_mm = DisplayHeightMM(display, screen);
        if (height_mm > 0)
            dpi = DisplayHeight(display, screen) * 25.4 / height_mm;
    }
    XCloseDisplay(display);
    return plausible(dpi) ? dpi : 96.0;
}

float uiScaleFor(double dpi, int window_width, int window_height, double user_factor)
{
    const double density = std::clamp(dpi / 96.0, 1.0, 4.0);
    // Logical height: a 1080-pixel-high window at 96 DPI is the reference.
    const double logical_height = window_height / density;
    const double window = std::clamp(logical_height / 1080.0, 0.85, 2.5);
    // A narrow window keeps its panels from eating the view.
    const double narrow = std::clamp((window_width / density) / 1280.0, 0.75, 1.0);
    // Never below 12 px text on a normal-density screen, whatever the window.
    const double fit = std::max(window * narrow, 0.8);
    const double scale = density * fit * std::clamp(user_factor, 0.5, 3.0);
    return static_cast<float>(std::round(scale / 0.05) * 0.05);
}

} // namespace lunar::ui
