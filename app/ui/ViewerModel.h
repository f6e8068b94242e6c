#pragma once
// What the overlay's panels share: the model they read and command, and the channel of
// requests they post to the view loop. Panels never touch the scene graph: the scene follows
// the model each frame, and the loop carries out the requests (a camera cue, a new
// exaggeration).
#include "mission/CameraNavigator.h"
#include "mission/LayerVisibility.h"
#include "mission/LayoutEditor.h"
#include "mission/MeasureMarks.h"
#include "mission/MissionEvents.h"
#include "mission/PathRecorder.h"
#include "mission/PlaybackClock.h"
#include "mission/Scenario.h"
#include "mission/SiteConditions.h"
#include "mission/ViewerSettings.h"
#include "terrain/TerrainGrid.h"
#include "ui/FrameTimes.h"
#include "ui/ViewRequests.h"

#include <functional>
#include <memory>
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
    std::string dem_path;                  // the DEM the scene stands on (analysis reads it)
    std::optional<std::string> assume_crs; // its CRS when the file has none
    // The finest terrain grid holding all these places (the full-resolution detail around
    // the base, else the whole-DEM overview) as the DEM has it, holes NaN, with a name for
    // the panel.
    struct TerrainChoice {
        const TerrainGrid* grid = nullptr;
        std::string name;
    };
    std::function<TerrainChoice(const std::vector<LatLon>&)> terrain_for;
    // The DEM as read (holes NaN), finest first: horizons of single places (a facility's sky).
    std::vector<const TerrainGrid*> grids_as_read;

    std::optional<std::string> selected_mission; // shown by the inspector
    std::optional<SiteConditions> cursor_site;   // the ground under the mouse, if any
    FrameTimes frame_times;
    bool presentation = false;
    double exaggeration = 1.0;
    PathRecorder recorder; // the film path being recorded or edited
    // The Measure panel's points, profile path and route; the scene draws them.
    std::shared_ptr<MeasureMarks> measure = std::make_shared<MeasureMarks>();

    // A film previewed in the view: which, where it is, how long it lasts.
    struct FilmPreview {
        std::string path;
        double video_s = 0.0;
        double duration_s = 0.0;
    };
    std::optional<FilmPreview> preview; // set by the view loop while one plays
    std::string preview_problem;        // why the last preview could not start

    ViewRequests requests; // what the panels ask of the view loop (a camera cue, a redraw)
};

} // namespace lunar::ui
