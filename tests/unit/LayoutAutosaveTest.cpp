// The layout autosave: written beside the config, found only while newer than the saved
// file, its positions put back by id.
#include "TestPaths.h"

#include "io/LayoutAutosave.h"
#include "io/ScenarioLoader.h"
#include "io/ScenarioWriter.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <filesystem>
#include <thread>

using namespace lunar;

TEST_CASE("Layout autosave: found after a crash, stale after a save, positions recovered by id",
          "[io][autosave]")
{
    const auto dir = test::scratchDir("autosave");
    setenv("LUNARVIZ_CONFIG_DIR", (dir / "config").c_str(), 1);
    const std::string save_path = (dir / "layout.json").string();
    Scenario scenario = io::defaultScenario();
    io::saveScenario(scenario, save_path);
    std::string problem;
    CHECK_FALSE(io::findLayoutAutosave(save_path, problem)); // nothing edited yet

    // An edit, autosaved, then the process dies before any save.
    std::this_thread::sleep_for(std::chrono::milliseconds(20)); // a later modification time
    Scenario edited = scenario;
    edited.facilities[0].lat_deg += 0.001;
    edited.facilities[0].heading_deg = 42.0;
    io::writeLayoutAutosave(edited, save_path);
    CHECK(io::layoutAutosavePath(save_path).find((dir / "config" / "autosave").string()) == 0);
    const std::optional<io::LayoutAutosave> found = io::findLayoutAutosave(save_path, problem);
    REQUIRE(found);
    CHECK(problem.empty());
    CHECK(found->written_utc.size() == std::string("2026-11-25 07:00 UTC").size());

    // The next session puts the positions back.
    Scenario next = io::loadScenario(save_path);
    const std::vector<std::string> moved = io::applyAutosavedLayout(found->scenario, next);
    REQUIRE(moved == std::vector<std::string>{scenario.facilities[0].id});
    // The file keeps positions as metres east/north of the origin, to the millimetre.
    CHECK(next.facilities[0].lat_deg == Approx(edited.facilities[0].lat_deg).margin(1e-7));
    CHECK(next.facilities[0].heading_deg == Approx(42.0));

    // Saved after the autosave: it is stale and not offered again.
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    io::saveScenario(next, save_path);
    CHECK_FALSE(io::findLayoutAutosave(save_path, problem));
    io::discardLayoutAutosave(save_path);
    CHECK_FALSE(std::filesystem::exists(io::layoutAutosavePath(save_path)));

    // A damaged autosave is reported, not applied.
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    std::filesystem::create_directories(std::filesystem::path(io::layoutAutosavePath(save_path)).parent_path());
    std::ofstream(io::layoutAutosavePath(save_path)) << "{ not json";
    CHECK_FALSE(io::findLayoutAutosave(save_path, problem));
    CHECK(problem.find("invalid JSON") != std::string::npos);
    unsetenv("LUNARVIZ_CONFIG_DIR");
}
