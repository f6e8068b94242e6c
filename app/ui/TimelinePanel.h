#pragma once
// The timeline bar along the bottom of the window: play/pause, the current date, a scrub
// bar over the programme span (2019..2050 for the ILRS scenario) with facility arrivals
// marked, and the playback rate. Reads the scenario and commands the clock; never touches
// the scene graph.
#include "mission/LayerVisibility.h"
#include "mission/PlaybackClock.h"
#include "mission/Scenario.h"

namespace lunar::ui {

class TimelinePanel {
public:
    // `layers` (may be null): the phase and label switches the panel commands.
    TimelinePanel(const Scenario& scenario, PlaybackClock& clock,
                  LayerVisibility* layers = nullptr);

    // Draws the panel for this frame (call between ImGui::NewFrame and ImGui::Render).
    void draw();

private:
    const Scenario& scenario_;
    PlaybackClock& clock_;
    LayerVisibility* layers_;
    int rate_index_ = 2;
};

} // namespace lunar::ui
