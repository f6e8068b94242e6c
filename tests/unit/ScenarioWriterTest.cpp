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

#include <nlohmann/json.hpp>

#include <cmath>
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

namespace {
bool sameView(const CameraBookmark& a, const CameraBookmark& b)
{
    return std::abs(a.eye_lat_deg - b.eye_lat_deg) < 1e-8 &&
           std::abs(a.eye_lon_deg - b.eye_lon_deg) < 1e-8 &&
           std::abs(a.eye_height_m - b.eye_height_m) < 1e-3 &&
           std::abs(a.target_lat_deg - b.target_lat_deg) < 1e-8 &&
           std::abs(a.target_lon_deg - b.target_lon_deg) < 1e-8 &&
           std::abs(a.target_height_m - b.target_height_m) < 1e-3 &&
           a.above_terrain == b.above_terrain && std::abs(a.fov_y_deg - b.fov_y_deg) < 1e-6;
}

void checkSamePath(const CameraPathSpec& a, const CameraPathSpec& b)
{
    CHECK(b.name == a.name);
    CHECK(b.title == a.title);
    REQUIRE(b.keys.size() == a.keys.size());
    for (std::size_t i = 0; i < a.keys.size(); ++i) {
        CAPTURE(i);
        CHECK(b.keys[i].video_s == Approx(a.keys[i].video_s).margin(1e-3));
        CHECK(b.keys[i].follow == a.keys[i].follow);
        if (a.keys[i].follow.empty())
            CHECK(sameView(a.keys[i].view, b.keys[i].view));
        else
            CHECK((b.keys[i].eye_offset_m - a.keys[i].eye_offset_m).length() < 1e-3);
        CHECK(b.keys[i].tension == a.keys[i].tension);
        CHECK(b.keys[i].ease == a.keys[i].ease);
    }
    REQUIRE(b.time.size() == a.time.size());
    for (std::size_t i = 0; i < a.time.size(); ++i) {
        CAPTURE(i);
        CHECK(b.time[i].video_s == Approx(a.time[i].video_s).margin(1e-3));
        CHECK(b.time[i].utc.secondsSince(a.time[i].utc) == Approx(0.0).margin(0.5));
        CHECK(b.time[i].steps == a.time[i].steps);
        CHECK(b.time[i].sky_held.has_value() == a.time[i].sky_held.has_value());
    }
}
} // namespace

TEST_CASE("Scenario save: a path recorded in the viewer is written and reads back the same; "
          "the file's other paths stay as they were", "[io][scenario]")
{
    Scenario s = io::defaultScenario();
    CameraPathSpec recorded;
    recorded.name = "recorded flight";
    CameraPathKeySpec a, b;
    a.view.eye_lat_deg = -89.41234567891;
    a.view.eye_lon_deg = -123.5;
    a.view.eye_height_m = 812.3456;
    a.view.target_lat_deg = -89.45;
    a.view.target_height_m = 2.0;
    a.view.fov_y_deg = 33.3;
    b = a;
    b.video_s = 4.0;
    b.view.eye_height_m = 15000.0;
    b.view.above_terrain = false;
    b.ease = 0.5;
    recorded.keys = {a, b};
    recorded.time = {{0.0, UtcTime::parseIso("2031-03-04T05:06:07Z"), TimeSteps::continuous,
                      std::nullopt}};
    s.camera_paths.push_back(recorded);
    s.edited_paths = {recorded.name};

    const std::string text = io::scenarioJsonWithLayout(s);
    const Scenario again = io::parseScenario(text, "again.json");
    const CameraPathSpec* read = again.findCameraPath("recorded flight");
    REQUIRE(read);
    checkSamePath(recorded, *read);
    // The tour was not edited: its entry is the file's, note and relative forms included.
    const auto before = nlohmann::ordered_json::parse(s.source_json).at("camera_paths");
    const auto after = nlohmann::ordered_json::parse(text).at("camera_paths");
    REQUIRE(after.size() == before.size() + 1);
    for (std::size_t i = 0; i < before.size(); ++i)
        CHECK(after[i] == before[i]);
}

TEST_CASE("Scenario save: an edited path replaces the file's entry, keeping its note; a "
          "deleted one is removed", "[io][scenario]")
{
    Scenario s = io::defaultScenario();
    REQUIRE(s.findCameraPath("tour"));
    CameraPathSpec& tour = s.camera_paths.front();
    REQUIRE(tour.name == "tour");
    tour.keys.erase(tour.keys.begin() + 1);
    tour.title = "Shorter";
    s.edited_paths = {"tour"};
    const std::string text = io::scenarioJsonWithLayout(s);
    const Scenario again = io::parseScenario(text, "again.json");
    checkSamePath(tour, *again.findCameraPath("tour"));
    const auto entry = nlohmann::ordered_json::parse(text).at("camera_paths").at(0);
    CHECK(entry.at("note") == nlohmann::ordered_json::parse(s.source_json)
                                  .at("camera_paths").at(0).at("note"));

    s.camera_paths.erase(s.camera_paths.begin());
    const Scenario without = io::parseScenario(io::scenarioJsonWithLayout(s), "again.json");
    CHECK_FALSE(without.findCameraPath("tour"));
    CHECK(without.camera_paths.size() == s.camera_paths.size());
}
