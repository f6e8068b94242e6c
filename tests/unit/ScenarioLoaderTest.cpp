#include "TestPaths.h"

#include "core/Angles.h"
#include "core/EnuFrame.h"
#include "core/LunarError.h"
#include "io/ScenarioLoader.h"
#include "io/TextFile.h"
#include "io/ScenarioWriter.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <nlohmann/json.hpp>

using namespace lunar;

TEST_CASE("Scenario: the built-in ILRS concept loads and is complete", "[io][scenario]")
{
    const Scenario s = io::defaultScenario();
    CHECK(s.name == "ILRS concept (south pole)");
    CHECK(s.dem == "procedural:default");
    CHECK(s.origin_lat_deg < -89.0);
    CHECK(s.timeline_start.year() == 2019);
    CHECK(s.timeline_end.year() == 2050);
    REQUIRE(s.facilities.size() >= 5);
    for (const Facility& f : s.facilities) {
        CAPTURE(f.id);
        CHECK_FALSE(f.source.empty());
        CHECK(f.arrival.has_value());
        CHECK(f.lat_deg < -89.0); // all within a few km of the base
    }
    CHECK(s.findCamera("base") != nullptr);
    CHECK(s.findCamera("shackleton") != nullptr);
    CHECK(s.findCamera("nope") == nullptr);
}

TEST_CASE("Scenario: facilities appear on the timeline at their arrival", "[io][scenario]")
{
    const Scenario s = io::defaultScenario();
    CHECK(s.facilitiesPresentAt(UtcTime::parseIso("2020-01-01")).empty());
    CHECK(s.facilitiesPresentAt(UtcTime::parseIso("2050-01-01")).size() == s.facilities.size());
    const auto by2032 = s.facilitiesPresentAt(UtcTime::parseIso("2032-01-01"));
    CHECK(by2032.size() > 0);
    CHECK(by2032.size() < s.facilities.size());
}

TEST_CASE("Scenario: an east/north offset is placed that far from the origin", "[io][scenario]")
{
    const Scenario s = io::defaultScenario();
    const EnuFrame frame(s.origin());
    const Facility& pad = s.facilities.front();
    REQUIRE(pad.id == "landing-pad-1");
    const Vec3d enu = frame.enuFromSelenographic({degToRad(pad.lat_deg), degToRad(pad.lon_deg), 0});
    CHECK(enu.x == Approx(350.0).margin(0.01));
    CHECK(enu.y == Approx(-830.0).margin(0.01));
}

TEST_CASE("Scenario: each malformed file gets a one-line error naming file and JSON path",
          "[io][scenario]")
{
    const auto [file, message] = GENERATE(table<std::string, std::string>({
        {"bad_latitude.json", "facilities[0].position.lat_deg: 95 is outside -90..90"},
        {"missing_origin.json", "origin: is missing"},
        {"impossible_month.json", "timeline.start: 2019-13-01T00:00:00.000 has an impossible month"},
        {"end_before_start.json", "timeline.end: is not after timeline.start"},
        {"duplicate_id.json", "facilities[1].id: \"landing-pad-1\" is used twice"},
        {"unknown_shape.json", "facilities[0].shape: \"pyramid\" is not one of box, cylinder"},
        {"height_not_number.json", "facilities[0].size.height_m: expected a number, found \"tall\""},
        {"wrong_format.json", "format: expected \"lunarviz-scenario/1\""},
        {"mixed_position.json", "facilities[0].position: give either lat_deg/lon_deg or east_m/north_m"},
        {"syntax_error.json", "line 6, column 1: invalid JSON"},
    }));
    const std::string path = test::fixture("scenarios/" + file);
    CAPTURE(path);
    try {
        io::loadScenario(path);
        FAIL("no error for " << file);
    }
    catch (const LunarError& e) {
        const std::string what = e.what();
        CHECK_THAT(what, Catch::StartsWith(path + ": "));
        CHECK_THAT(what, Catch::Contains(message));
        CHECK(what.find('\n') == std::string::npos);
    }
}

TEST_CASE("Scenario: every problem of a file is reported at once, one line each; unknown "
          "fields are warnings", "[io][scenario]")
{
    const std::string path = test::fixture("scenarios/several_problems.json");
    try {
        io::loadScenario(path);
        FAIL("no error");
    }
    catch (const LunarErrors& e) {
        const std::vector<std::string> expected = {
            "timeline.start: 2019-02-30T00:00:00.000 has an impossible day of the month",
            "facilities[0].position.lat_deg: 95.0 is outside -90..90",
            "facilities[1].category: \"spaceport\" is not one of command, power",
            "facilities[2].size.height_m: -3 is outside 0..1000",
        };
        REQUIRE(e.lines().size() == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            CAPTURE(i, e.lines()[i]);
            CHECK_THAT(e.lines()[i], Catch::StartsWith(path + ": "));
            CHECK_THAT(e.lines()[i], Catch::Contains(expected[i]));
            CHECK(e.lines()[i].find('\n') == std::string::npos);
        }
        CHECK_THAT(std::string(e.what()), Catch::Contains("(and 3 more problems)"));
    }
    // The same file with its errors fixed but the unknown field kept loads, with a warning.
    auto json = nlohmann::json::parse(io::readTextFile(path));
    json["facilities"][0]["position"]["lat_deg"] = -89.7;
    json["facilities"][1]["category"] = "isru";
    json["facilities"][2]["size"]["height_m"] = 3;
    json["timeline"]["start"] = "2019-01-01T00:00:00Z";
    const Scenario s = io::parseScenario(json.dump(), "fixed.json");
    REQUIRE(s.warnings.size() == 1);
    CHECK(s.warnings[0] == "fixed.json: facilities[3].colour: not a known field (ignored)");
}

TEST_CASE("Scenario: a missing file says so", "[io][scenario]")
{
    CHECK_THROWS_WITH(io::loadScenario("/nonexistent/site.json"),
                      Catch::StartsWith("/nonexistent/site.json: cannot be read"));
}

TEST_CASE("Scenario: the mission catalogue has the flown landers at their real sites",
          "[io][scenario][missions]")
{
    const Scenario s = io::defaultScenario();
    const auto find = [&](const std::string& id) -> const Mission& {
        for (const Mission& m : s.missions)
            if (m.id == id)
                return m;
        FAIL("no mission " << id);
        return s.missions.front();
    };
    const Mission& ce6 = find("change-6");
    CHECK(ce6.outcome == "landed");
    CHECK(ce6.site_lat_deg == Approx(-41.6385));
    CHECK(ce6.site_lon_deg == Approx(-153.985));
    CHECK(ce6.landing->toIso() == "2024-06-01T22:23:00Z");
    CHECK(ce6.launch.has_value());
    CHECK(find("change-4").profile == DescentProfile::Vertical);
    const Mission& luna25 = find("luna-25");
    CHECK(luna25.outcome == "crashed");
    CHECK(luna25.profile == DescentProfile::Crash);
    CHECK(luna25.site_lat_deg == Approx(-57.865));
    CHECK(find("ilrs-3").at_base);
    CHECK_FALSE(find("change-5").at_base);
    for (const Mission& m : s.missions) {
        CAPTURE(m.id);
        CHECK_FALSE(m.source.empty());
        if (m.launch && m.landing)
            CHECK(*m.launch < *m.landing);
    }
}

TEST_CASE("Scenario: a mission landing before its launch is named", "[io][scenario][missions]")
{
    auto json = nlohmann::json::parse(io::scenarioJsonWithLayout(io::defaultScenario()));
    json["missions"][0]["landing"] = "2018-01-01T00:00:00Z";
    try {
        io::parseScenario(json.dump(), "m.json");
        FAIL("no error");
    }
    catch (const LunarError& e) {
        CHECK_THAT(std::string(e.what()),
                   Catch::Contains("m.json: missions[0].landing: is before the launch"));
    }
}

TEST_CASE("Scenario: the programme phases span the timeline in order, each with its source",
          "[io][scenario][phases]")
{
    const Scenario s = io::defaultScenario();
    REQUIRE(s.phases.size() == 3);
    CHECK(s.phases[0].phase == "reconnaissance");
    CHECK(s.phases[2].phase == "utilization");
    for (const ProgrammePhaseSpan& p : s.phases)
        CHECK_FALSE(p.source.empty());
    REQUIRE(s.phaseAt(UtcTime::parseIso("2031-05-15")) != nullptr);
    CHECK(s.phaseAt(UtcTime::parseIso("2031-05-15"))->phase == "construction");
    CHECK(s.phaseAt(UtcTime::parseIso("2036-01-01"))->phase == "utilization");
    CHECK(s.phaseAt(UtcTime::parseIso("2019-06-01")) == nullptr); // before reconnaissance

    // Overlapping or unknown phases are named with their JSON path.
    nlohmann::json doc = nlohmann::json::parse(io::defaultScenario().source_json);
    doc["timeline"]["phases"][1]["start"] = "2025-06-01";
    doc["timeline"]["phases"][2]["phase"] = "harvest";
    try {
        io::parseScenario(doc.dump(), "phases.json");
        FAIL("no error");
    }
    catch (const LunarErrors& e) {
        std::string all;
        for (const std::string& line : e.lines())
            all += line + "\n";
        CHECK(e.lines().size() == 2);
        CHECK_THAT(all, Catch::Contains("timeline.phases[1].start: overlaps the phase before it"));
        CHECK_THAT(all, Catch::Contains("timeline.phases[2].phase: \"harvest\" is not one of"));
    }
}

TEST_CASE("Scenario: the default tour is a 60-105 s film that follows Chang'e-7 and the crewed "
          "landing down and passes the construction years under a held sky",
          "[io][scenario][path]")
{
    const Scenario s = io::defaultScenario();
    const CameraPathSpec& tour = s.cameraPath("tour");
    const double duration_s = tour.keys.back().video_s;
    CHECK(duration_s >= 60.0);
    CHECK(duration_s <= 105.0);
    CHECK_FALSE(tour.title.empty());
    const auto follows = [&](const std::string& mission) {
        return std::count_if(tour.keys.begin(), tour.keys.end(),
                             [&](const CameraPathKeySpec& k) { return k.follow == mission; });
    };
    CHECK(follows("change-7") >= 2);
    CHECK(follows("crewed-landing") >= 2);
    const auto mission = [&](const std::string& id) {
        const auto m = std::find_if(s.missions.begin(), s.missions.end(),
                                    [&](const Mission& x) { return x.id == id; });
        REQUIRE(m != s.missions.end());
        return *m;
    };
    for (const CameraPathKeySpec& k : tour.keys)
        if (!k.follow.empty()) {
            CHECK(k.eye_offset_m.length() > 1.0); // offsets read from the file, not zeros
            CHECK(mission(k.follow).landing.has_value());
        }
    // The years pass under a held sky (no lunar nights flickering through them).
    CHECK(std::count_if(tour.time.begin(), tour.time.end(),
                        [](const TimeStop& t) { return t.sky_held.has_value(); }) >= 2);
    // It opens before Chang'e-7's touchdown and ends in the crewed (utilization) phase.
    CHECK(tour.time.front().utc < *mission("change-7").landing);
    REQUIRE(s.phaseAt(tour.time.back().utc) != nullptr);
    CHECK(s.phaseAt(tour.time.back().utc)->phase == "utilization");
}

TEST_CASE("Scenario: a following key's offsets must be three numbers, named with their path",
          "[io][scenario][path]")
{
    nlohmann::json doc = nlohmann::json::parse(io::defaultScenario().source_json);
    nlohmann::json& keys = doc["camera_paths"][0]["keys"];
    std::size_t following = 0;
    while (!keys[following].contains("follow"))
        ++following;
    keys[following]["eye_offset_m"] = {1.0, 2.0};
    keys[following]["target_offset_m"] = {0.0, "up", 0.0};
    keys[following + 1]["eye_offset_m"] = {0.0, 0.0, 2.0e6};
    try {
        io::parseScenario(doc.dump(), "offsets.json");
        FAIL("no error");
    }
    catch (const LunarErrors& e) {
        std::string all;
        for (const std::string& line : e.lines())
            all += line + "\n";
        const std::string at = "camera_paths[0].keys[" + std::to_string(following) + "]";
        CHECK_THAT(all, Catch::Contains(at + ".eye_offset_m: expected three numbers [x, y, z], "
                                             "found [1.0,2.0]"));
        CHECK_THAT(all, Catch::Contains("offsets.json"));
    }
}
