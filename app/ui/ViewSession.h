#pragma once
// One viewing session on a loaded scene, windowed or offscreen: the camera navigator and
// its manipulator, the overlay (ImGui bridge + cockpit), facility picking, the ground under
// the cursor, and each frame's bookkeeping (playback clock, projection, UI scale, the
// panels' requests). `lunarviz view` runs it in a window; `snapshot --ui` and the UI tests
// run it offscreen and drive it with injected events.
#include "mission/Film.h"
#include "mission/ViewerSettings.h"
#include "scene/LoadedScene.h"
#include "ui/Cockpit.h"
#include "ui/ImGuiBridge.h"
#include "ui/NavigationManipulator.h"

#include <osgViewer/Viewer>

#include <chrono>
#include <memory>
#include <string>

namespace lunar::ui {

class ViewSession {
public:
    // `layout_save_path`: where the inspector saves layout edits.
    ViewSession(scene::LoadedScene& scene, osgViewer::Viewer& viewer, ViewerSettings settings,
                std::string layout_save_path);
    ~ViewSession();
    ViewSession(const ViewSession&) = delete;
    ViewSession& operator=(const ViewSession&) = delete;

    // Advances playback by `wall_seconds` of wall-clock time, draws one frame, then carries
    // out what the panels asked for.
    void frame(double wall_seconds);
    // Everything that happens around viewer.frame() when something else calls it (an
    // offscreen renderer): before and after.
    void beforeFrame(double wall_seconds);
    void afterFrame();

    ViewerModel& model() { return *model_; }
    Cockpit& cockpit() { return *cockpit_; }
    ImGuiBridge& bridge() { return *bridge_; }
    CameraNavigator& navigator() { return *navigator_; }
    // The settings as they are now, with ImGui's layout, to be saved.
    ViewerSettings settingsToSave() const;

    // The film previewed now, if any (the view shows its camera, date and sky).
    bool previewing() const { return preview_.has_value(); }

private:
    void updateCursorSite();
    void startPreview(const CameraPathSpec& path, double from_s);
    void advancePreview(double wall_seconds);
    void stopPreview();
    void changeExaggeration(double factor);
    // The panels' requests, one kind each, taken in afterFrame().
    void carryOut(const ViewRequests::StopPreview&);
    void carryOut(const ViewRequests::StartPreview& r);
    void carryOut(const ViewRequests::CueMission& r);
    void carryOut(const ViewRequests::SetExaggeration& r);
    void carryOut(const ViewRequests::RebuildFacility& r);
    std::optional<Vec3d> pickScene(const osgGA::GUIEventAdapter& pointer);

    scene::LoadedScene& scene_;
    osgViewer::Viewer& viewer_;
    ViewerSettings settings_;
    std::vector<ProgrammeEvent> events_;
    std::unique_ptr<LayoutEditor> editor_;
    std::unique_ptr<CameraNavigator> navigator_;
    std::unique_ptr<ViewerModel> model_;
    std::unique_ptr<ImGuiBridge> bridge_;
    std::unique_ptr<Cockpit> cockpit_;
    osg::ref_ptr<NavigationManipulator> manipulator_;
    osg::ref_ptr<osg::Node> measure_overlay_; // the Measure panel's marks, under the scene root
    std::vector<osg::ref_ptr<osgGA::GUIEventHandler>> handlers_; // ours, taken off at the end
    double dpi_ = 96.0;
    struct Cursor {
        osg::ref_ptr<osgGA::GUIEventAdapter> last; // the pointer's last move, if any
        bool moved = false;
    };
    std::shared_ptr<Cursor> cursor_ = std::make_shared<Cursor>();
    UtcTime site_time_;
    Vec3d site_eye_enu_; // where the camera was when the site info was last computed
    std::chrono::steady_clock::time_point site_checked_;
    std::chrono::steady_clock::time_point last_frame_ = std::chrono::steady_clock::now();
    bool first_frame_ = true;
    struct Preview {
        Film film;
        double video_s = 0.0;
        CameraPose pose;     // the film's camera at video_s
        UtcTime time_before; // the user's date and playing state, given back at the end
        bool was_playing = false;
    };
    std::optional<Preview> preview_;
};

} // namespace lunar::ui
