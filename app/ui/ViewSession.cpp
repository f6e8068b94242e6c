#include "ui/ViewSession.h"

#include "core/Log.h"
#include "core/LunarError.h"
#include "mission/BookmarkPose.h"
#include "mission/LanderCameras.h"
#include "scene/MeasureOverlay.h"
#include "ui/FacilityPicker.h"
#include "ui/MeasurePicker.h"
#include "ui/UiScale.h"

#include <osgUtil/LineSegmentIntersector>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <variant>

namespace lunar::ui {

namespace {

// Remembers where the pointer is, for the site-info probe.
class CursorTracker : public osgGA::GUIEventHandler {
public:
    using Moved = std::function<void(const osgGA::GUIEventAdapter&)>;
    explicit CursorTracker(Moved moved) : moved_(std::move(moved)) {}
    bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter&) override
    {
        if (ea.getEventType() == osgGA::GUIEventAdapter::MOVE ||
            ea.getEventType() == osgGA::GUIEventAdapter::DRAG)
            moved_(ea);
        return false;
    }

private:
    Moved moved_;
};

} // namespace

ViewSession::ViewSession(scene::LoadedScene& scene, osgViewer::Viewer& viewer,
                         ViewerSettings settings, std::string layout_save_path)
    : scene_(scene), viewer_(viewer), settings_(std::move(settings)),
      events_(programmeEvents(scene.scenario)), site_time_(scene.clock->now())
{
    editor_ = std::make_unique<LayoutEditor>(scene_.scenario);
    scene::LoadedScene* s = &scene_;
    const GroundHeight drawn_ground = [s](const LatLon& p) {
        return s->terrain.heightAt(p) * s->vertical_exaggeration;
    };
    navigator_ = std::make_unique<CameraNavigator>(*scene_.frame, drawn_ground);
    navigator_->setPose(scene_.defaultPose());
    NavigationMode mode = NavigationMode::Orbit;
    if (navigationModeNamed(settings_.navigation, mode) && mode != NavigationMode::Orbit)
        navigator_->setMode(mode);
    *scene_.layers = settings_.layers;
    scene_.clock->setRate(settings_.playback_rate);

    model_ = std::make_unique<ViewerModel>(scene_.scenario, *scene_.clock, *scene_.layers,
                                           events_, *navigator_, *editor_, settings_);
    model_->pose_of = [s](const CameraBookmark& b) {
        return poseFromBookmark(b, s->terrain, *s->frame, s->vertical_exaggeration);
    };
    model_->bookmark_of = [s](const std::string& name, const CameraPose& pose) {
        return bookmarkFromPose(name, pose, s->terrain, *s->frame, s->vertical_exaggeration);
    };
    model_->home_pose = scene_.defaultPose();
    model_->dem_path = scene_.dem_path;
    model_->grids_as_read = {scene_.detail_as_read.get(), scene_.coarse_as_read.get()};
    model_->assume_crs = scene_.assume_crs;
    model_->terrain_for = [s](const std::vector<LatLon>& places) {
        bool in_detail = s->detail_as_read != nullptr;
        for (const LatLon& p : places)
            in_detail = in_detail && s->detail_as_read->contains(p);
        return in_detail ? ViewerModel::TerrainChoice{s->detail_as_read.get(), "detail grid"}
                         : ViewerModel::TerrainChoice{s->coarse_as_read.get(), "overview grid"};
    };
    measure_overlay_ = scene::buildMeasureOverlay(model_->measure, scene_.terrain, *scene_.frame,
                                                  [s] { return s->vertical_exaggeration; });
    scene_.root->addChild(measure_overlay_.get());
    model_->exaggeration = scene_.vertical_exaggeration;

    cockpit_ = std::make_unique<Cockpit>(
        *model_, [s](const LatLon& p) { return s->terrain.heightAt(p); }, layout_save_path);
    Cockpit* cockpit = cockpit_.get();
    bridge_ = std::make_unique<ImGuiBridge>([cockpit] { cockpit->draw(); });
    if (!settings_.imgui_layout.empty())
        bridge_->loadLayout(settings_.imgui_layout);
    if (const char* display = std::getenv("DISPLAY"); display && *display)
        dpi_ = displayDpi(display);

    viewer_.setSceneData(scene_.root.get());
    osg::Camera* camera = viewer_.getCamera();
    osgViewer::Viewer::Cameras cameras;
    viewer_.getCameras(cameras);
    // Handlers in order: ImGui takes what it wants, then shortcuts, measuring, picking, the
    // cursor.
    std::shared_ptr<Cursor> cursor = cursor_;
    MeasureMarks* marks = model_->measure.get();
    const EnuFrame* frame = scene_.frame.get();
    handlers_ = {bridge_->attach(cameras.empty() ? camera : cameras.front()),
                 makeShortcutHandler(*cockpit_, *bridge_),
                 new MeasurePicker([cockpit] { return cockpit->measuring(); },
                                   [this, marks, frame](const osgGA::GUIEventAdapter& ea) {
                                       const std::optional<Vec3d> hit = pickScene(ea);
                                       if (!hit)
                                           return false;
                                       const LatLonHeight p = frame->selenographicFromEnu(*hit);
                                       marks->addPoint({p.lat_rad, p.lon_rad});
                                       return true;
                                   }),
                 new FacilityPicker(*editor_),
                 new CursorTracker([cursor](const osgGA::GUIEventAdapter& ea) {
                     cursor->last = new osgGA::GUIEventAdapter(ea);
                     cursor->moved = true;
                 })};
    for (const osg::ref_ptr<osgGA::GUIEventHandler>& h : handlers_)
        viewer_.addEventHandler(h.get());
    CameraNavigator* nav = navigator_.get();
    ViewerModel* model = model_.get();
    manipulator_ = new NavigationManipulator(
        *nav, [model] { return model->home_pose; },
        [this](const osgGA::GUIEventAdapter& ea) { return pickScene(ea); });
    viewer_.setCameraManipulator(manipulator_.get(), false);
}

ViewSession::~ViewSession()
{
    stopPreview(); // the scene's clock goes back to the user's date
    // The viewer may outlive the session: it must not call into what dies here.
    viewer_.setCameraManipulator(nullptr, false);
    for (const osg::ref_ptr<osgGA::GUIEventHandler>& h : handlers_)
        viewer_.removeEventHandler(h.get());
    bridge_->detach();
    scene_.root->removeChild(measure_overlay_.get()); // it reads this session's marks
}

std::optional<Vec3d> ViewSession::pickScene(const osgGA::GUIEventAdapter& pointer)
{
    // Normalised pointer coordinates (-1..1, y up whatever the window's convention) through
    // the master camera's projection: the same for a window and an offscreen buffer.
    osgUtil::LineSegmentIntersector::Intersections hits;
    if (!viewer_.computeIntersections(viewer_.getCamera(), osgUtil::Intersector::PROJECTION,
                                      pointer.getXnormalized(), pointer.getYnormalized(), hits,
                                      kPickableMask))
        return std::nullopt;
    const osg::Vec3d p = hits.begin()->getWorldIntersectPoint();
    return Vec3d{p.x(), p.y(), p.z()};
}

void ViewSession::updateCursorSite()
{
    // Again when the pointer, the date or the camera moved (what is under the pointer changes).
    const bool time_changed = std::abs(scene_.clock->now().secondsSince(site_time_)) > 0.5;
    const Vec3d eye = navigator_->pose().eye_enu;
    const bool camera_moved = (eye - site_eye_enu_).length() > 0.01;
    if (!cursor_->moved && !time_changed && !camera_moved)
        return;
    // A pick through the paged terrain costs milliseconds: ten a second are plenty while
    // the camera or the date keeps moving.
    const auto now = std::chrono::steady_clock::now();
    if (!cursor_->moved && now - site_checked_ < std::chrono::milliseconds(100))
        return;
    site_checked_ = now;
    cursor_->moved = false;
    site_time_ = scene_.clock->now();
    site_eye_enu_ = eye;
    if (!cursor_->last || bridge_->wantsMouse()) {
        model_->cursor_site.reset();
        return;
    }
    const std::optional<Vec3d> point = pickScene(*cursor_->last);
    if (!point) {
        model_->cursor_site.reset();
        return;
    }
    const LatLonHeight p = scene_.frame->selenographicFromEnu(*point);
    try {
        model_->cursor_site = siteConditionsAt({p.lat_rad, p.lon_rad}, site_time_, scene_.terrain,
                                               *scene_.frame);
    }
    catch (const LunarError&) { // a facility's top, or off the DEM
        model_->cursor_site.reset();
    }
}

void ViewSession::beforeFrame(double wall_seconds)
{
    const auto now = std::chrono::steady_clock::now();
    if (!first_frame_)
        model_->frame_times.add(std::chrono::duration<float, std::milli>(now - last_frame_).count());
    first_frame_ = false;
    last_frame_ = now;
    cockpit_->autosaver().tick(wall_seconds);

    if (preview_)
        advancePreview(wall_seconds);
    else
        scene_.clock->tick(wall_seconds);
    osg::Camera* camera = viewer_.getCamera();
    const osg::Viewport* vp = camera->getViewport();
    const int width = vp ? static_cast<int>(vp->width()) : 1280;
    const int height = vp ? static_cast<int>(vp->height()) : 720;
    bridge_->setScale(uiScaleFor(dpi_, width, height, settings_.ui_size));
    const double fov_y_deg = preview_ ? preview_->pose.fov_y_deg : navigator_->pose().fov_y_deg;
    camera->setProjectionMatrixAsPerspective(fov_y_deg,
                                             static_cast<double>(width) / std::max(height, 1),
                                             1.0, 1.0e6);
}

void ViewSession::afterFrame()
{
    updateCursorSite();
    for (const ViewRequests::Request& request : model_->requests.take())
        std::visit([this](const auto& r) { carryOut(r); }, request);
}

void ViewSession::carryOut(const ViewRequests::StopPreview&) { stopPreview(); }

void ViewSession::carryOut(const ViewRequests::StartPreview& r) { startPreview(r.path, r.from_s); }

void ViewSession::carryOut(const ViewRequests::CueMission& r)
{
    // A mission landing here: watch it from the ground beside the pad.
    for (const LanderFlight& flight : scene_.lander_flights)
        if (flight.mission_id == r.mission_id)
            navigator_->flyTo(landerCameraPose(flight, *scene_.frame, scene_.terrain,
                                               scene_.clock->now(), LanderCameraMode::Ground));
}

void ViewSession::carryOut(const ViewRequests::SetExaggeration& r) { changeExaggeration(r.factor); }

void ViewSession::carryOut(const ViewRequests::RebuildFacility& r)
{
    try {
        scene_.rebuildFacility(r.facility_id);
    }
    catch (const LunarError& e) { // e.g. moved off the DEM: an edit is put back
        log::error(e.what());
        if (r.if_off_dem == ViewRequests::RebuildFacility::IfOffDem::UndoTheEdit) {
            editor_->undo();
            scene_.rebuildFacility(r.facility_id);
        }
    }
}

void ViewSession::changeExaggeration(double factor)
{
    const double before = scene_.vertical_exaggeration;
    try {
        scene_.setVerticalExaggeration(factor);
    }
    catch (const LunarError& e) {
        log::error(e.what());
        model_->exaggeration = before;
        return;
    }
    if (navigator_->flying())
        return; // the flight ends where it was going; the ground is below it there
    // The eye and what it looks at rise and fall with the ground under each of them.
    const auto follow = [&](const Vec3d& p) {
        const LatLonHeight ll = scene_.frame->selenographicFromEnu(p);
        const double ground = scene_.terrain.heightAt({ll.lat_rad, ll.lon_rad});
        const double change = std::isfinite(ground) ? ground * (factor - before) : 0.0;
        return scene_.frame->enuFromSelenographic({ll.lat_rad, ll.lon_rad, ll.height_m + change});
    };
    CameraPose pose = navigator_->pose();
    pose.eye_enu = follow(pose.eye_enu);
    pose.target_enu = follow(pose.target_enu);
    navigator_->setPose(pose);
}

void ViewSession::startPreview(const CameraPathSpec& path, double from_s)
{
    stopPreview();
    model_->preview_problem.clear();
    try {
        Film film = filmFor(path, scene_.terrain, *scene_.frame, scene_.lander_flights,
                            scene_.vertical_exaggeration);
        const double start_s = std::clamp(from_s, 0.0, film.path.duration_s());
        preview_ = Preview{std::move(film), start_s, {}, scene_.clock->now(), scene_.clock->playing()};
    }
    catch (const LunarError& e) { // a key following a lander that does not land here...
        model_->preview_problem = e.what();
        return;
    }
    scene_.clock->pause();
    advancePreview(0.0);
}

void ViewSession::advancePreview(double wall_seconds)
{
    // Film time runs with the wall clock: the preview lasts as long as the film will.
    preview_->video_s += wall_seconds;
    const double duration_s = preview_->film.path.duration_s();
    if (preview_->video_s > duration_s) {
        stopPreview();
        return;
    }
    const double t = preview_->video_s;
    preview_->pose = preview_->film.poseAt(t, *scene_.frame);
    manipulator_->setScriptedPose(preview_->pose);
    scene_.clock->seek(preview_->film.time.at(t));
    scene_.clock->holdSky(preview_->film.time.skyHeldAt(t));
    model_->preview = ViewerModel::FilmPreview{preview_->film.path.name(), t, duration_s};
}

void ViewSession::stopPreview()
{
    if (!preview_)
        return;
    manipulator_->setScriptedPose(std::nullopt);
    scene_.clock->holdSky(std::nullopt);
    scene_.clock->seek(preview_->time_before);
    if (preview_->was_playing) // as it was, whatever was pressed meanwhile
        scene_.clock->play();
    else
        scene_.clock->pause();
    preview_.reset();
    model_->preview.reset();
}

void ViewSession::frame(double wall_seconds)
{
    beforeFrame(wall_seconds);
    viewer_.frame();
    afterFrame();
}

ViewerSettings ViewSession::settingsToSave() const
{
    ViewerSettings out = settings_;
    out.imgui_layout = bridge_->layoutText();
    out.layers = *scene_.layers;
    out.navigation = navigationModeName(navigator_->mode());
    out.playback_rate = scene_.clock->rate();
    return out;
}

} // namespace lunar::ui
