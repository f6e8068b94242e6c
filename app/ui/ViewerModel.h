#pragma once
// What the overlay's panels share: the model they read and command, and the requests they
// leave for the view loop. Panels never touch the scene graph: the scene follows the model
// each frame, and the loop carries out the requests (a camera cue, a new exaggeration).
#include "mission/CameraNavigator.h"
#include "mission/LayerVisibility.h"
#include "mission/LayoutEditor.h"
#include "mission/MissionEvents.h"
#include "mission/PlaybackClock.h"
#include "mission/Scenario.h"
#include "mission/SiteConditions.h"
#include "mission/ViewerSettings.h"
#include "ui/FrameTimes.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lunar::ui {

struct ViewerModel {
    ViewerModel(Scenario& scenario_, PlaybackClock& clock_, LayerVisibility& layers_,
                const std::vector<ProgrammeEvent>& events_, CameraNavigator& navigator_,
                LayoutEditor& editor_, ViewerSettings& settings_)
        : scenario(scenario_), clock(clock_), layers(layers_), events(events_),
          navigator(navigator_), editor(editor_), settings(settings_)
    {
    }

    Scenario& scenario;
    PlaybackClock& clock;
    LayerVisibility& layers;
    const std::vector<ProgrammeEvent>& events;
    CameraNavigator& navigator;
    LayoutEditor& editor;
    ViewerSettings& settings;
    // Bookmarks <-> poses (heights above the drawn terrain).
    std::function<CameraPose(const CameraBookmark&)> pose_of;
    std::function<CameraBookmark(const std::string&, const CameraPose&)> bookmark_of;
    CameraPose home_pose;

    std::optional<std::string> selected_mission; // shown by the inspector
    std::optional<SiteConditions> cursor_site;   // the ground under the mouse, if any
    FrameTimes frame_times;
    bool presentation = false;
    double exaggeration = 1.0;

    // Requests for the view loop.
    std::optional<std::string> cue_mission;     // watch this mission's lander land
    std::optional<double> exaggeration_request; // redraw the terrain this many times higher
};

} // namespace lunar::ui
