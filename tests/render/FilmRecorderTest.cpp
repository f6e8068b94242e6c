// Recording a film in the viewer, headlessly: keys added with N at two views and dates, a
// preview that shows the film's camera and date and then gives the user's back, and a save
// whose file films the same camera path.
#include "DefaultScene.h"
#include "OffscreenCockpit.h"

#include "io/ScenarioLoader.h"
#include "mission/Film.h"
#include "scene/ViewMatrix.h"
#include "ui/FilmPanel.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace lunar;

namespace {

// The shared scene's scenario gets the recorded path when it is saved: take it out again
// so the other tests see the built-in scenario.
struct ScenarioPathsRestored {
    Scenario& scenario = test::defaultScene().scenario;
    std::vector<CameraPathSpec> paths = scenario.camera_paths;
    std::vector<std::string> edited = scenario.edited_paths;
    ~ScenarioPathsRestored()
    {
        scenario.camera_paths = paths;
        scenario.edited_paths = edited;
    }
};

double matrixDifference(const osg::Matrixd& a, const osg::Matrixd& b)
{
    double worst = 0.0;
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c)
            worst = std::max(worst, std::abs(a(r, c) - b(r, c)));
    return worst;
}

} // namespace

TEST_CASE("Film recorder: N adds keys at the view and date; the preview shows the film's "
          "camera and date, then gives the user's back; the saved file films the same path",
          "[render][ui]")
{
    const ScenarioPathsRestored restore;
    const std::string saved = test::outputPath("film_recorder_scenario.json");
    std::filesystem::remove(saved);
    test::OffscreenCockpit c("core", {}, saved);
    scene::LoadedScene& s = test::defaultScene();
    ui::ViewerModel& model = c.session->model();
    PlaybackClock& clock = *s.clock;
    c.render();

    const UtcTime day1 = UtcTime::parseIso("2036-05-20T06:00:00Z");
    const UtcTime day2 = UtcTime::parseIso("2036-05-24T06:00:00Z");
    clock.seek(day1);
    c.key('n');
    c.render();
    c.session->navigator().setPose(s.pose("shackleton"));
    clock.seek(day2);
    c.key('n');
    c.render();
    test::writePngForPeople(*c.render(), "film_recorder_panel.png");
    const CameraPathSpec recorded = model.recorder.spec();
    REQUIRE(recorded.keys.size() == 2);
    CHECK(recorded.keys[1].video_s == PathRecorder::kDefaultGap_s);
    REQUIRE(recorded.time.size() == 2);
    CHECK(recorded.time[0].utc.secondsSince(day1) == Approx(0.0).margin(1e-3));
    CHECK(recorded.time[1].utc.secondsSince(day2) == Approx(0.0).margin(1e-3));
    CHECK(c.session->cockpit().panelOpen(ui::PanelId::Film)); // N opens the panel
    const CameraPose user_pose = c.session->navigator().pose();

    // Preview: the view is the film's camera at each film time, the date the film's.
    const Film film = filmFor(recorded, s.terrain, *s.frame, s.lander_flights);
    model.requests.post(ui::ViewRequests::StartPreview{recorded, 0.0});
    c.render(0.0);
    REQUIRE(model.preview);
    c.key('w'); // input waits: the user's camera does not move under a preview
    test::writePngForPeople(*c.render(1.5), "film_recorder_preview.png");
    REQUIRE(model.preview);
    CHECK(model.preview->video_s == Approx(1.5));
    CHECK(model.preview->duration_s == Approx(PathRecorder::kDefaultGap_s));
    const osg::Matrixd expected = scene::viewMatrixOf(film.poseAt(1.5, *s.frame));
    CHECK(matrixDifference(c.renderer.viewer().getCamera()->getViewMatrix(), expected) < 1e-6);
    CHECK(clock.now().secondsSince(film.time.at(1.5)) == Approx(0.0).margin(1e-3));
    CHECK(clock.now().secondsSince(day1) > 86400.0); // on its way to day 2
    CHECK((c.session->navigator().pose().eye_enu - user_pose.eye_enu).length() < 1e-6);
    c.events().keyRelease('w', 0.0);
    c.render(1.0);

    // Esc ends it: the user's camera and date come back.
    c.key(osgGA::GUIEventAdapter::KEY_Escape);
    c.render(0.0);
    CHECK_FALSE(model.preview);
    c.render(0.0); // the next frame shows the user's view
    CHECK(clock.now().secondsSince(day2) == Approx(0.0).margin(1e-3));
    CHECK(matrixDifference(c.renderer.viewer().getCamera()->getViewMatrix(),
                           scene::viewMatrixOf(c.session->navigator().pose())) < 1e-6);
    // Played to its end, it stops by itself.
    model.requests.post(ui::ViewRequests::StartPreview{recorded, 3.0});
    c.render(0.0);
    REQUIRE(model.preview);
    c.render(1.5);
    CHECK_FALSE(model.preview);

    // A name the scenario has already is refused; a new one is saved and films the same.
    model.recorder.setName("tour");
    c.session->cockpit().film().save();
    CHECK(c.session->cockpit().film().status().find("has a film named \"tour\" already") !=
          std::string::npos);
    CHECK_FALSE(std::filesystem::exists(saved));
    model.recorder.setName("recorded in the test");
    {
        // A save that cannot be written leaves the scenario as it was, so a retry works.
        ui::FilmPanel unwritable(model, "/no/such/dir/film.json");
        const std::size_t paths_before = s.scenario.camera_paths.size();
        unwritable.save();
        CHECK(unwritable.status().find("not saved") != std::string::npos);
        CHECK(s.scenario.camera_paths.size() == paths_before);
        CHECK_FALSE(s.scenario.findCameraPath("recorded in the test"));
        CHECK(model.recorder.dirty());
    }
    c.session->cockpit().film().save();
    INFO(c.session->cockpit().film().status());
    REQUIRE(std::filesystem::exists(saved));
    CHECK_FALSE(model.recorder.dirty());
    const Scenario reread = io::loadScenario(saved);
    const CameraPathSpec* path = reread.findCameraPath("recorded in the test");
    REQUIRE(path);
    CHECK(reread.findCameraPath("tour")); // the file's own films are still there
    // Renamed and saved again: the file has it under the new name only.
    model.recorder.setName("renamed in the test");
    c.session->cockpit().film().save();
    const Scenario renamed = io::loadScenario(saved);
    CHECK(renamed.findCameraPath("renamed in the test"));
    CHECK_FALSE(renamed.findCameraPath("recorded in the test"));
    const Film refilmed = filmFor(*path, s.terrain, *s.frame, s.lander_flights);
    for (double t : {0.0, 1.0, 2.5, 4.0}) {
        CAPTURE(t);
        const CameraPose a = film.poseAt(t, *s.frame);
        const CameraPose b = refilmed.poseAt(t, *s.frame);
        CHECK((a.eye_enu - b.eye_enu).length() < 0.01);
        CHECK((a.target_enu - b.target_enu).length() < 0.01);
        CHECK(b.fov_y_deg == Approx(a.fov_y_deg));
        CHECK(refilmed.time.at(t).secondsSince(film.time.at(t)) == Approx(0.0).margin(1e-3));
    }
}
