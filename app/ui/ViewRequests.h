#pragma once
// What the panels ask of the view loop, the one way they reach the scene: a panel posts a
// request, and the loop takes all of them once per frame, after the frame is drawn, and
// carries them out in the order they were posted. Nothing here touches OSG, so a panel's
// requests can be checked without a scene.
#include "mission/CameraPathSpec.h"

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace lunar::ui {

class ViewRequests {
public:
    // Fly to the ground beside this mission's landing pad, to watch its lander come down.
    struct CueMission {
        std::string mission_id;
    };
    // Redraw the terrain this many times higher than the DEM has it.
    struct SetExaggeration {
        double factor = 1.0;
    };
    // Play this film in the view, from this far into it.
    struct StartPreview {
        CameraPathSpec path;
        double from_s = 0.0;
    };
    // Stop the film playing in the view, back to the user's camera and date.
    struct StopPreview {};
    // Redraw a facility that moved. Should it then stand off the DEM, an edit is undone (the
    // user sees it refused); a recovered layout is left as drawn (only reported).
    struct RebuildFacility {
        enum class IfOffDem { UndoTheEdit, LeaveAsDrawn };
        std::string facility_id;
        IfOffDem if_off_dem = IfOffDem::UndoTheEdit;
    };
    using Request = std::variant<CueMission, SetExaggeration, StartPreview, StopPreview, RebuildFacility>;

    void post(Request request) { posted_.push_back(std::move(request)); }
    // All posted since the last call, oldest first; the channel is empty afterwards, so what
    // is posted while they are carried out waits for the next frame.
    std::vector<Request> take() { return std::exchange(posted_, {}); }
    bool empty() const { return posted_.empty(); }

private:
    std::vector<Request> posted_;
};

} // namespace lunar::ui
