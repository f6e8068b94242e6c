// The overlay driven headlessly: events injected into the offscreen viewer's event queue go
// through the same handlers as a window's (ImGui bridge, shortcuts, picking, the camera),
// and the rendered images are checked by numbers.
#include "DefaultScene.h"
#include "ImageStatistics.h"
#include "OffscreenCockpit.h"

#include "core/Angles.h"
#include "export/OffscreenRenderer.h"
#include "io/ViewerSettingsFile.h"
#include "ui/UiScale.h"
#include "ui/ViewSession.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>

using namespace lunar;

namespace {

using Cockpit = test::OffscreenCockpit;
constexpr int kWidth = test::OffscreenCockpit::kWidth;
constexpr int kHeight = test::OffscreenCockpit::kHeight;

std::size_t shownFacilities(const scene::LoadedScene& s)
{
    std::size_t shown = 0;
    for (unsigned i = 0; i < s.facilities->getNumChildren(); ++i)
        shown += s.facilities->getChild(i)->asGroup()->getChild(0)->getNodeMask() != 0u ? 1 : 0;
    return shown;
}

// Image row of a window y (images are stored bottom row first).
const unsigned char* pixel(const osg::Image& image, int x, int window_y)
{
    return image.data(x, image.t() - 1 - window_y);
}

bool insideAny(const std::vector<ui::ScreenRect>& rects, int ix, int iy, float margin)
{
    const float x = static_cast<float>(ix), y = static_cast<float>(iy);
    for (const ui::ScreenRect& r : rects)
        if (x >= r.x - margin && x < r.x + r.width + margin && y >= r.y - margin &&
            y < r.y + r.height + margin)
            return true;
    return false;
}

// The UI's font size in pixels at this window size (96 DPI, 960 x 540: scale 0.8 x 15 px).
float ImGuiFontSizeForTest() { return 15.0f * ui::uiScaleFor(96.0, kWidth, kHeight); }

} // namespace

TEST_CASE("Overlay: clicking the timeline at a date scrubs there, and the scene shows the "
          "facilities of that date", "[render][ui]")
{
    Cockpit ui;
    scene::LoadedScene& s = test::defaultScene();
    // A fixed hillshade: the terrain looks the same at both dates, the facilities do not.
    s.layers->shading = TerrainShading::Hillshade;
    ui.render(); // lays the panels out
    const ui::ScreenRect bar = ui.session->cockpit().timeline().barRect();
    REQUIRE(bar.width > kWidth * 0.9f);
    const TimelineScale& scale = ui.session->cockpit().timeline().scale();
    const double seconds_per_px = scale.viewSpan_s() / bar.width;

    const auto scrubTo = [&](const char* iso) {
        const UtcTime target = UtcTime::parseIso(iso);
        const float x = static_cast<float>(scale.xOf(target, bar.x, bar.width));
        ui.move(x, bar.y + 0.5f * bar.height);
        ui.render();
        ui.click(x, bar.y + 0.5f * bar.height);
        ui.render(); // the click lands while the overlay draws: the scene follows a frame later
        osg::ref_ptr<osg::Image> image = ui.render();
        CAPTURE(iso, s.clock->now().toIso());
        // Where the click fell, within three pixels (a marker there snaps to its date).
        CHECK(std::abs(s.clock->now().secondsSince(target)) < 3.0 * seconds_per_px);
        CHECK(shownFacilities(s) == s.scenario.facilitiesPresentAt(s.clock->now()).size());
        return image;
    };
    const osg::ref_ptr<osg::Image> early = scrubTo("2029-01-01");
    const std::size_t shown_early = shownFacilities(s);
    const osg::ref_ptr<osg::Image> late = scrubTo("2045-01-01");
    const std::size_t shown_late = shownFacilities(s);
    test::writePngForPeople(*late, "overlay_scrubbed_2045.png");
    CHECK(shown_early < shown_late);
    CHECK(shown_late == s.scenario.facilities.size());

    // The crew habitat (arrives 2036) is drawn in 2045 and not in 2029: its pixels changed.
    const Facility* habitat = nullptr;
    for (const Facility& f : s.scenario.facilities)
        if (f.id == "habitat-1")
            habitat = &f;
    REQUIRE(habitat);
    const Vec3d p = s.frame->enuFromSelenographic(
        {degToRad(habitat->lat_deg), degToRad(habitat->lon_deg),
         s.terrain.heightAt({degToRad(habitat->lat_deg), degToRad(habitat->lon_deg)}) + 2.0});
    const osg::Vec3d px = ui.renderer.project({p.x, p.y, p.z});
    REQUIRE(px.x() > 2);
    REQUIRE(px.x() < kWidth - 3);
    const double before = test::meanLuminance(*early, static_cast<int>(px.x()), static_cast<int>(px.y()), 1);
    const double after = test::meanLuminance(*late, static_cast<int>(px.x()), static_cast<int>(px.y()), 1);
    CAPTURE(px.x(), px.y(), before, after);
    CHECK(std::abs(after - before) > 20.0);
    s.layers->shading = TerrainShading::Sunlit;
}

TEST_CASE("Overlay: keys set the rate to x10^6 and play; each frame advances the date by "
          "10^6 times the frame's wall time", "[render][ui]")
{
    Cockpit ui;
    scene::LoadedScene& s = test::defaultScene();
    ui.render(); // the window has been drawn once
    s.clock->seek(UtcTime::parseIso("2030-01-01"));
    s.clock->setRate(1.0);
    for (int i = 0; i < 6; ++i)
        ui.key(']'); // faster: x10 each
    ui.key('l');     // play forward
    ui.session->frame(0.0);
    REQUIRE(s.clock->playing());
    REQUIRE(s.clock->rate() == 1.0e6);
    const double dt = 1.0 / 60.0;
    for (int frame = 0; frame < 5; ++frame) {
        const UtcTime before = s.clock->now();
        ui.session->frame(dt);
        CHECK(s.clock->now().secondsSince(before) == Approx(1.0e6 * dt).margin(1e-3));
    }
    // J plays backward at the same rate; K pauses.
    ui.key('j');
    ui.session->frame(0.0);
    const UtcTime before = s.clock->now();
    ui.session->frame(dt);
    CHECK(s.clock->now().secondsSince(before) == Approx(-1.0e6 * dt).margin(1e-3));
    ui.key('k');
    ui.session->frame(0.0);
    const UtcTime paused = s.clock->now();
    ui.session->frame(dt);
    CHECK(s.clock->now().secondsSince(paused) == 0.0);
    s.clock->seek(s.scenario.initial_time);
}

TEST_CASE("Overlay: the scene's pixels outside the panels are the same with the overlay open "
          "and closed, and after it has drawn", "[render][ui]")
{
    Cockpit ui;
    scene::LoadedScene& s = test::defaultScene();
    s.clock->seek(s.scenario.initial_time);
    ui.session->bridge().setEnabled(false);
    const osg::ref_ptr<osg::Image> plain = ui.render();
    ui.session->bridge().setEnabled(true);
    ui.session->cockpit().setPanelOpen(ui::PanelId::FrameTime, true);
    ui.render();
    const osg::ref_ptr<osg::Image> with_ui = ui.render();
    const std::vector<ui::ScreenRect> rects = ui.session->bridge().drawnRects();
    test::writePngForPeople(*with_ui, "overlay_open.png");
    ui.session->bridge().setEnabled(false);
    const osg::ref_ptr<osg::Image> after = ui.render();
    REQUIRE(rects.size() >= 5); // menu bar, timeline, layers, camera, site info, frame time
    std::size_t outside = 0, outside_changed = 0, inside_changed = 0, after_changed = 0;
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x) {
            const bool same = std::memcmp(pixel(*plain, x, y), pixel(*with_ui, x, y), 3) == 0;
            if (insideAny(rects, x, y, 2.0f)) // ImGui's anti-aliased edges spill a pixel
                inside_changed += same ? 0 : 1;
            else {
                ++outside;
                outside_changed += same ? 0 : 1;
            }
            after_changed += std::memcmp(pixel(*plain, x, y), pixel(*after, x, y), 3) != 0;
        }
    CAPTURE(rects.size(), outside, outside_changed, inside_changed, after_changed);
    CHECK(outside > kWidth * kHeight / 2); // the view is not covered
    CHECK(outside_changed == 0);           // nothing of ImGui outside its windows
    CHECK(inside_changed > 10000);         // the panels are really there
    CHECK(after_changed == 0);             // and no GL state leaked into the next frame
}

TEST_CASE("Overlay: presentation mode hides everything but a caption strip; Esc brings the "
          "panels back", "[render][ui]")
{
    Cockpit ui;
    scene::LoadedScene& s = test::defaultScene();
    s.clock->seek(s.scenario.initial_time);
    ui.render();
    CHECK(ui.session->bridge().drawnRects().size() >= 4);
    ui.key(osgGA::GUIEventAdapter::KEY_F5);
    const osg::ref_ptr<osg::Image> shown = ui.render();
    test::writePngForPeople(*shown, "overlay_presentation.png");
    const std::vector<ui::ScreenRect> rects = ui.session->bridge().drawnRects();
    REQUIRE(rects.size() == 1);
    CHECK(rects[0].width == Approx(kWidth).margin(1.0));
    CHECK(rects[0].y + rects[0].height == Approx(kHeight).margin(1.0));
    CHECK(rects[0].height < 0.15f * kHeight);
    // The caption is bright text on a dark strip: some pixels of it are near white.
    std::size_t bright = 0;
    for (int y = static_cast<int>(rects[0].y); y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x)
            bright += pixel(*shown, x, y)[0] > 200 ? 1 : 0;
    CHECK(bright > 300);
    ui.key(osgGA::GUIEventAdapter::KEY_Escape);
    ui.render();
    CHECK(ui.session->bridge().drawnRects().size() >= 4);
}

TEST_CASE("Overlay: key 3 walks: a smooth flight down to eye height on the ground under the "
          "view; B saves the view as a bookmark that gives it back", "[render][ui]")
{
    Cockpit ui("core");
    ui.render();
    ui.key('3');
    ui.session->frame(0.0);
    CameraNavigator& nav = ui.session->navigator();
    CHECK(nav.mode() == NavigationMode::Walk);
    CHECK(nav.flying());
    for (int i = 0; i < 600 && nav.flying(); ++i)
        ui.session->frame(1.0 / 30.0);
    REQUIRE_FALSE(nav.flying());
    CHECK(nav.heightAboveGround_m() == Approx(CameraNavigator::kEyeHeight_m).margin(0.05));

    ui.key('b');
    ui.session->frame(0.0);
    const ViewerSettings settings = ui.session->settingsToSave();
    REQUIRE(settings.bookmarks.size() == 1);
    const CameraPose back = ui.session->model().pose_of(settings.bookmarks[0]);
    CHECK((back.eye_enu - nav.pose().eye_enu).length() < 0.05);
    CHECK(settings.navigation == "walk");
}

TEST_CASE("Overlay: site info reads the ground under the pointer", "[render][ui]")
{
    Cockpit ui("core");
    ui.render();
    const float x = 0.6f * kWidth, y = 0.55f * kHeight; // open ground, no panel
    ui.move(x, y);
    ui.render();
    const std::optional<SiteConditions>& site = ui.session->model().cursor_site;
    REQUIRE(site);
    scene::LoadedScene& s = test::defaultScene();
    const Vec3d p = s.frame->enuFromSelenographic({site->position.lat_rad, site->position.lon_rad,
                                                  site->height_m});
    const osg::Vec3d px = ui.renderer.project({p.x, p.y, p.z});
    CAPTURE(px.x(), px.y(), site->slope_deg, site->sun_elevation_deg);
    CHECK(px.x() == Approx(x).margin(3.0));
    CHECK(kHeight - px.y() == Approx(y).margin(3.0));
    CHECK(site->distance_from_origin_m < 2000.0);
    CHECK(site->sun_elevation_deg ==
          Approx(radToDeg(std::asin(s.light->current().sun_direction_enu.z))).margin(0.2));
}

TEST_CASE("UI scale follows the display's DPI and the window's size", "[ui]")
{
    CHECK(ui::uiScaleFor(96.0, 1920, 1080) == Approx(1.0f));
    CHECK(ui::uiScaleFor(96.0, 3840, 2160) == Approx(2.0f)); // a 4K window: twice as large
    CHECK(ui::uiScaleFor(192.0, 3840, 2160) == Approx(2.0f)); // a 200 % desktop
    CHECK(ui::uiScaleFor(144.0, 2880, 1620) == Approx(1.5f)); // 150 %, as large as 1080p
    CHECK(ui::uiScaleFor(96.0, 1280, 720) == Approx(0.85f)); // small windows shrink a little
    CHECK(ui::uiScaleFor(96.0, 800, 450) == Approx(0.8f));   // but text stays readable
    CHECK(ui::uiScaleFor(96.0, 1920, 1080, 1.3) == Approx(1.3f)); // the user's own factor
}

TEST_CASE("Overlay: a date typed into the date field jumps there on Enter; an impossible date "
          "is refused and the clock stays", "[render][ui]")
{
    Cockpit ui;
    scene::LoadedScene& s = test::defaultScene();
    ui.render();
    const auto typeDate = [&](const std::string& text) {
        const ui::ScreenRect field = ui.session->cockpit().timeline().dateFieldRect();
        REQUIRE(field.width > 50.0f);
        ui.click(field.x + 0.5f * field.width, field.y + 0.5f * field.height);
        ui.render(); // the field takes the keyboard, its text selected
        for (char c : text)
            ui.key(c);
        ui.key(osgGA::GUIEventAdapter::KEY_Return);
        for (int i = 0; i < 4; ++i) // characters and Enter's press, then its release
            ui.session->frame(0.0);
    };
    typeDate("2031-05-15T06:30");
    CHECK(s.clock->now().toIso() == "2031-05-15T06:30:00Z");
    typeDate("2031-02-30");
    CHECK(s.clock->now().toIso() == "2031-05-15T06:30:00Z"); // no 30 February
    s.clock->seek(s.scenario.initial_time);
}

TEST_CASE("Overlay: collapsed and closed panels stay so in the next session, through the "
          "settings file", "[render][ui]")
{
    ViewerSettings saved;
    {
        Cockpit ui;
        ui.render();
        const std::optional<ui::ScreenRect> layers = ui.session->bridge().windowRect("Layers");
        REQUIRE(layers);
        const float open_height = layers->height;
        // The collapse arrow at the left of the title bar.
        ui.click(layers->x + 0.6f * ImGuiFontSizeForTest(), layers->y + 0.6f * ImGuiFontSizeForTest());
        ui.render();
        ui.render();
        const std::optional<ui::ScreenRect> collapsed = ui.session->bridge().windowRect("Layers");
        REQUIRE(collapsed);
        CAPTURE(open_height, collapsed->height);
        CHECK(collapsed->height < 0.2f * open_height);
        ui.session->cockpit().setPanelOpen(ui::PanelId::SiteInfo, false);
        saved = ui.session->settingsToSave();
    }
    const std::string path =
        (std::filesystem::temp_directory_path() / "lunarviz-test-layout" / "viewer.json").string();
    io::saveViewerSettings(saved, path);
    const io::LoadedViewerSettings loaded = io::loadViewerSettings(path);
    REQUIRE(loaded.problem.empty());
    Cockpit again("core", loaded.settings);
    again.render();
    const std::optional<ui::ScreenRect> layers = again.session->bridge().windowRect("Layers");
    REQUIRE(layers);
    CHECK(layers->height < 2.5f * ImGuiFontSizeForTest());
    CHECK_FALSE(again.session->bridge().windowRect("Site info"));
    CHECK(again.session->bridge().windowRect("Camera"));
}

TEST_CASE("Overlay: shift-drag on the timeline sets the loop range; playing then wraps "
          "inside it", "[render][ui]")
{
    Cockpit ui;
    scene::LoadedScene& s = test::defaultScene();
    s.clock->clearLoop();
    ui.render();
    const ui::ScreenRect bar = ui.session->cockpit().timeline().barRect();
    const TimelineScale& scale = ui.session->cockpit().timeline().scale();
    const float y = bar.y + 0.5f * bar.height;
    const float x1 = static_cast<float>(scale.xOf(UtcTime::parseIso("2031-01-01"), bar.x, bar.width));
    const float x2 = static_cast<float>(scale.xOf(UtcTime::parseIso("2034-01-01"), bar.x, bar.width));
    // Shift held: X11 windows put the modifier mask on every pointer event; so does this.
    osgGA::GUIEventAdapter* state = ui.events().getCurrentEventState();
    state->setModKeyMask(osgGA::GUIEventAdapter::MODKEY_LEFT_SHIFT);
    ui.move(x1, y);
    ui.events().mouseButtonPress(x1, y, 1, 0.0);
    ui.session->frame(0.0);
    ui.session->frame(0.0);
    ui.move(0.5f * (x1 + x2), y); // a drag, with the button held
    ui.session->frame(0.0);
    ui.move(x2, y);
    ui.session->frame(0.0);
    ui.events().mouseButtonRelease(x2, y, 1, 0.0);
    state->setModKeyMask(0);
    ui.session->frame(0.0);
    ui.session->frame(0.0);
    const std::optional<TimeRange>& loop = s.clock->loop();
    REQUIRE(loop);
    const double px_s = scale.viewSpan_s() / bar.width;
    CHECK(std::abs(loop->from.secondsSince(UtcTime::parseIso("2031-01-01"))) < 3.0 * px_s);
    CHECK(std::abs(loop->to.secondsSince(UtcTime::parseIso("2034-01-01"))) < 3.0 * px_s);
    // A year a second from inside the range comes back round to its start.
    s.clock->seek(loop->to.plusSeconds(-86400.0));
    s.clock->setRate(1.0e7);
    s.clock->play();
    ui.session->frame(0.5);
    CHECK_FALSE(s.clock->now() < loop->from);
    CHECK(s.clock->now() < loop->to);
    CHECK(s.clock->now().secondsSince(loop->from) < 0.5e7);
    s.clock->pause();
    s.clock->clearLoop();
    s.clock->seek(s.scenario.initial_time);
}

TEST_CASE("Overlay: a click on a mission's mark on the timeline opens it in the inspector",
          "[render][ui]")
{
    Cockpit ui;
    scene::LoadedScene& s = test::defaultScene();
    ui.render();
    CHECK_FALSE(ui.session->bridge().windowRect("Inspector")); // nothing picked yet
    const ui::ScreenRect bar = ui.session->cockpit().timeline().barRect();
    const TimelineScale& scale = ui.session->cockpit().timeline().scale();
    const UtcTime touchdown = UtcTime::parseIso("2024-06-01T22:23:00Z"); // Chang'e-6
    const float x = static_cast<float>(scale.xOf(touchdown, bar.x, bar.width));
    const float y = bar.y + 0.6f * bar.height; // the missions' row of marks
    ui.move(x, y);
    ui.render(); // hovering: the mark's tooltip
    ui.click(x, y);
    ui.render();
    ui.render();
    REQUIRE(ui.session->model().selected_mission);
    CHECK(*ui.session->model().selected_mission == "change-6");
    CHECK(ui.session->bridge().windowRect("Inspector"));
    // The click snapped the clock to the mark it hit, a Chang'e-6 event.
    CHECK(std::abs(s.clock->now().secondsSince(touchdown)) < 40.0 * 86400.0);
}
