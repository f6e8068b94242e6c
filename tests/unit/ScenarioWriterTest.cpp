// Saving layouts: a round trip keeps every facility where it was and every note the model
// does not hold; an edit is written in the file's own position form; an interrupted save
// leaves the previous file intact.
#include "TestPaths.h"

#include "core/Angles.h"
#include "core/EnuFrame.h"
#include "core/LunarError.h"
#include "io/AtomicFile.h"
#include "io/TextFile.h"
#include "io/ScenarioLoader.h"
#include "io/ScenarioWriter.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace lunar;

TEST_CASE("Scenario save: a round trip keeps the layout and everything else", "[io][scenario]")
{
    const Scenario original = io::defaultScenario();
    const std::string text = io::scenarioJsonWithLayout(original);
    const Scenario again = io::parseScenario(text, "again.json");
    REQUIRE(again.facilities.size() == original.facilities.size());
    for (std::size_t i = 0; i < original.facilities.size(); ++i) {
        const Facility& a = original.facilities[i];
        const Facility& b = again.facilities[i];
        CAPTURE(a.id);
        CHECK(b.id == a.id);
        CHECK(b.lat_deg == Approx(a.lat_deg).margin(1e-8));
        CHECK(b.lon_deg == Approx(a.lon_deg).margin(1e-8));
        CHECK(b.heading_deg == Approx(a.heading_deg).margin(1e-6));
        CHECK(b.position_as_offset == a.position_as_offset);
        CHECK(b.sourceOf("position") == a.sourceOf("position"));
        CHECK(b.keep_out_radius_m == a.keep_out_radius_m);
    }
    CHECK(again.cameras.size() == original.cameras.size());
    // Text the model does not hold survives.
    CHECK(text.find("\"description\"") != std::string::npos);
    CHECK(text.find("Glaser et al. 2014") != std::string::npos);
    // And a second round trip is byte-identical.
    CHECK(io::scenarioJsonWithLayout(again) == text);
}

TEST_CASE("Scenario save: a moved and turned facility is written where it now stands",
          "[io][scenario]")
{
    const auto dir = test::scratchDir("scenario_save");
    const auto path = (dir / "layout.json").string();
    Scenario s = io::defaultScenario();
    Facility& f = s.facilities.front();
    const EnuFrame origin(s.origin());
    const Vec3d before = origin.enuFromSelenographic({degToRad(f.lat_deg), degToRad(f.lon_deg), 0});
    const LatLonHeight moved = origin.selenographicFromEnu({before.x + 100.0, before.y, 0.0});
    f.lat_deg = radToDeg(moved.lat_rad);
    f.lon_deg = radToDeg(moved.lon_rad);
    f.heading_deg = 30.0;
    io::saveScenario(s, path);
    const Scenario reread = io::loadScenario(path);
    const Facility& g = reread.facilities.front();
    const Vec3d after = origin.enuFromSelenographic({degToRad(g.lat_deg), degToRad(g.lon_deg), 0});
    CHECK(after.x == Approx(before.x + 100.0).margin(0.01));
    CHECK(after.y == Approx(before.y).margin(0.01));
    CHECK(g.heading_deg == Approx(30.0));
    CHECK(g.position_as_offset); // still metres east/north of the origin, as the file had it
    CHECK(reread.facilities[1].lat_deg == Approx(s.facilities[1].lat_deg).margin(1e-8));
}

TEST_CASE("Scenario save: an interrupted save leaves the previous file intact",
          "[io][scenario]")
{
    const auto dir = test::scratchDir("scenario_interrupted");
    const auto path = dir / "layout.json";
    const Scenario s = io::defaultScenario();
    io::saveScenario(s, path.string());
    const std::string saved = io::readTextFile(path.string());
    // The next save dies halfway through writing (a crash, a full disk).
    Scenario edited = s;
    edited.facilities.front().heading_deg = 77.0;
    const std::string text = io::scenarioJsonWithLayout(edited);
    CHECK_THROWS_AS(io::writeAtomically(path.string(),
                                        [&](const std::string& temp) {
                                            std::ofstream(temp) << text.substr(0, text.size() / 2);
                                            throw LunarError(temp, "interrupted");
                                        }),
                    LunarError);
    CHECK(io::readTextFile(path.string()) == saved);
    CHECK(io::loadScenario(path.string()).facilities.front().heading_deg ==
          s.facilities.front().heading_deg);
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        CHECK(entry.path().filename() == "layout.json"); // no temporary file left behind
}
