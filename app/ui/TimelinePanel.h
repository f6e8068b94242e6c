#pragma once
// The programme timeline across the bottom of the window. A transport row: step to the
// previous/next event, play in reverse, pause, play, the rate (real time to x10^7), a UTC
// date field, loop and zoom controls. Below it the bar: programme phases as coloured
// bands, calendar ticks, facility arrivals and mission events as markers (hover: what and
// when; click: select it in the inspector), the loop range, and the current time. On the
// bar: click or drag to scrub, wheel to zoom (years down to ten minutes), right- or
// middle-drag to pan, shift-drag to set the loop range. Reads the model and commands the
// clock; never touches the scene graph.
#include "mission/TimelineScale.h"
#include "ui/ImGuiBridge.h"
#include "ui/ViewerModel.h"

#include <string>

struct ImDrawList;

namespace lunar::ui {

class TimelinePanel {
public:
    explicit TimelinePanel(ViewerModel& model);

    // Height the panel takes at the current font size (the cockpit docks panels above it).
    float height() const;
    // Draws the panel for this frame along the bottom of the display.
    void draw();

    // Steps to the previous / next event (a mission's cues its camera), as |< and >| do.
    void stepEvent(int direction);

    TimelineScale& scale() { return scale_; }
    // Where the bar was drawn in the last frame (screen pixels, top-left origin).
    const ScreenRect& barRect() const { return bar_; }
    const ScreenRect& dateFieldRect() const { return date_field_; }

private:
    void drawTransport();
    void drawBar();
    void drawMarkers(ImDrawList* draw, float x0, float width, float top, float bottom,
                     bool bar_hovered, bool bar_clicked);

    ViewerModel& model_;
    TimelineScale scale_;
    ScreenRect bar_;
    ScreenRect date_field_;
    char date_text_[40] = {};
    std::string date_error_;
    bool follow_ = true;
    bool selecting_loop_ = false;
    UtcTime loop_anchor_;
    std::optional<UtcTime> snapped_; // a click on a marker holds its time until a real drag
};

} // namespace lunar::ui
