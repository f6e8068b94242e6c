#pragma once
// The timeline bar along the bottom of the window: play/pause, the current date, a scrub
// bar over the programme span (2019..2050 for the ILRS scenario) with facility arrivals
// marked, and the playback rate. Reads the scenario and commands the clock; never touches
// the scene graph.
#include "mission/LayerVisibility.h"
#include "mission/MissionEvents.h"
#include "mission/PlaybackClock.h"
#include "mission/Scenario.h"

#include <optional>
#include <string>
#include <vector>

namespace lunar::ui {

class TimelinePanel {
public:
    // `layers` (may be null): the phase and label switches the panel commands. `events`
    // (may be null): mission events marked on the bar and stepped through with |< >|.
    TimelinePanel(const Scenario& scenario, PlaybackClock& clock,
                  LayerVisibility* layers = nullptr,
                  const std::vector<ProgrammeEvent>* events = nullptr);

    // The mission a step to an event landed on (the view cues its camera), once.
    std::optional<std::string> takeCueRequest();

    // Draws the panel for this frame (call between ImGui::NewFrame and ImGui::Render).
    void draw();

private:
    const Scenario& scenario_;
    PlaybackClock& clock_;
    LayerVisibility* layers_;
    const std::vector<ProgrammeEvent>* events_;
    std::optional<std::string> cue_;
    int rate_index_ = 2;
};

} // namespace lunar::ui
