// Unsaved layout edits survive a session that ends without saving: the autosave is written a
// moment after the edit, and the next session asks, then puts the facility back where it
// was moved to (unsaved, so Save still writes it).
#include "DefaultScene.h"
#include "OffscreenCockpit.h"

#include "io/LayoutAutosave.h"
#include "io/ScenarioWriter.h"
#include "ui/LayoutAutosaver.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace lunar;

TEST_CASE("Layout recovery: edits autosaved in one session are offered and restored in the next",
          "[render][ui][autosave]")
{
    const auto dir = std::filesystem::temp_directory_path() / "lunarviz-test-layout-recovery";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const char* config_before = std::getenv("LUNARVIZ_CONFIG_DIR");
    const std::string config_saved = config_before ? config_before : "";
    setenv("LUNARVIZ_CONFIG_DIR", (dir / "config").c_str(), 1);
    const std::string save_path = (dir / "my_layout.json").string();
    scene::LoadedScene& s = test::defaultScene();
    io::saveScenario(s.scenario, save_path);

    const auto habitat = [&s]() -> Facility& {
        for (Facility& f : s.scenario.facilities)
            if (f.id == "habitat-1")
                return f;
        FAIL("no habitat-1");
        throw;
    };
    const double lat_before = habitat().lat_deg, lon_before = habitat().lon_deg;
    double lat_moved = 0.0, lon_moved = 0.0;
    {
        test::OffscreenCockpit first("base", {}, save_path);
        LayoutEditor& editor = first.session->model().editor;
        REQUIRE(editor.select("habitat-1"));
        editor.moveBy(60.0, 0.0);
        lat_moved = habitat().lat_deg;
        lon_moved = habitat().lon_deg;
        first.render(0.1);
        CHECK_FALSE(std::filesystem::exists(io::layoutAutosavePath(save_path))); // not on every step
        first.render(0.6);
        first.render(0.6);
        CHECK(std::filesystem::exists(io::layoutAutosavePath(save_path)));
        // The session ends without a save (as a crash would); the shared scene is put back.
        REQUIRE(editor.undo());
        s.rebuildFacility("habitat-1");
    }
    CHECK(habitat().lat_deg == lat_before);
    {
        test::OffscreenCockpit second("base", {}, save_path);
        ui::LayoutAutosaver& autosaver = second.session->cockpit().autosaver();
        REQUIRE(autosaver.recoveryPending());
        second.render(0.1);
        CHECK(second.session->bridge().windowRect("LayoutRecovery"));
        autosaver.recover();
        second.render(0.1); // the view loop redraws the facility where it was moved to
        CHECK(habitat().lat_deg == Approx(lat_moved).margin(1e-7));
        CHECK(habitat().lon_deg == Approx(lon_moved).margin(1e-7));
        CHECK(second.session->model().editor.dirty()); // still to be saved
        CHECK_FALSE(second.session->bridge().windowRect("LayoutRecovery"));
        // Put the shared scene back and forget the autosave.
        habitat().lat_deg = lat_before;
        habitat().lon_deg = lon_before;
        s.rebuildFacility("habitat-1");
        second.session->model().editor.markSaved();
        second.render(0.1);
        CHECK_FALSE(std::filesystem::exists(io::layoutAutosavePath(save_path)));
    }
    if (config_before)
        setenv("LUNARVIZ_CONFIG_DIR", config_saved.c_str(), 1);
    else
        unsetenv("LUNARVIZ_CONFIG_DIR");
}
