// Recording a camera path in the viewer: keys a few seconds apart carrying the date shown
// when they were added, retimed and removed with their dates, and a path that says what it
// still lacks before it can be filmed.
#include "core/LunarError.h"
#include "mission/PathRecorder.h"
#include "mission/VideoTimeMap.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lunar;

namespace {
CameraBookmark viewAt(double lat_deg)
{
    CameraBookmark b;
    b.eye_lat_deg = lat_deg;
    b.eye_lon_deg = 10.0;
    b.eye_height_m = 500.0;
    b.target_lat_deg = lat_deg - 0.01;
    b.fov_y_deg = 35.0;
    return b;
}
const UtcTime kDay1 = UtcTime::parseIso("2030-01-01T00:00:00Z");
const UtcTime kDay2 = UtcTime::parseIso("2031-06-01T12:00:00Z");

bool isDate(const std::optional<UtcTime>& date, const UtcTime& expected)
{
    return date && std::abs(date->secondsSince(expected)) < 1e-3;
}
} // namespace

TEST_CASE("Path recorder: keys come a few seconds apart and carry their dates as time stops",
          "[mission][recorder]")
{
    PathRecorder r("flight");
    CHECK(r.problem() == std::optional<std::string>("add two keys to make a path"));
    CHECK(r.addKey(viewAt(-89.0), kDay1) == 0);
    CHECK(r.problem() == std::optional<std::string>("add one more key to make a path"));
    r.addKey(viewAt(-89.1), std::nullopt); // the date runs on from the first key's
    r.addKey(viewAt(-89.2), kDay2);
    CHECK_FALSE(r.problem());
    CHECK(r.dirty());
    const CameraPathSpec& s = r.spec();
    REQUIRE(s.keys.size() == 3);
    CHECK(s.keys[0].video_s == 0.0);
    CHECK(s.keys[1].video_s == PathRecorder::kDefaultGap_s);
    CHECK(s.keys[2].video_s == 2 * PathRecorder::kDefaultGap_s);
    CHECK(s.keys[2].view.eye_lat_deg == -89.2);
    REQUIRE(s.time.size() == 2);
    CHECK(s.time[0].video_s == 0.0);
    CHECK(s.time[1].video_s == 2 * PathRecorder::kDefaultGap_s);
    CHECK(isDate(r.dateAtKey(0), kDay1));
    CHECK_FALSE(r.dateAtKey(1));
    CHECK(isDate(r.dateAtKey(2), kDay2));
    // It films: the date at the middle key is halfway between.
    const VideoTimeMap time(s.name, s.time);
    CHECK(time.at(PathRecorder::kDefaultGap_s).secondsSince(kDay1) ==
          Approx(0.5 * kDay2.secondsSince(kDay1)));
}

TEST_CASE("Path recorder: dates are kept to the second, as the file will hold them",
          "[mission][recorder]")
{
    PathRecorder r;
    r.addKey(viewAt(-89.0), kDay1.plusSeconds(12.4));
    CHECK(r.dateAtKey(0)->secondsSince(kDay1) == Approx(12.0));
}

TEST_CASE("Path recorder: a retimed key takes its date along and stays between its "
          "neighbours", "[mission][recorder]")
{
    PathRecorder r;
    r.addKey(viewAt(-89.0), kDay1);
    r.addKey(viewAt(-89.1), kDay2);
    r.addKey(viewAt(-89.2), std::nullopt);
    r.markSaved();
    CHECK(r.setKeyTime(1, 6.5) == 6.5);
    CHECK(r.dirty());
    CHECK(r.spec().time[1].video_s == 6.5);
    CHECK(isDate(r.dateAtKey(1), kDay2));
    // Not past the next key, nor before the one before; the first stays at the start.
    CHECK(r.setKeyTime(1, 20.0) == Approx(8.0 - PathRecorder::kMinGap_s));
    CHECK(r.setKeyTime(1, -3.0) == Approx(PathRecorder::kMinGap_s));
    CHECK(r.setKeyTime(0, 2.0) == 0.0);
    CHECK(r.setKeyTime(2, 30.0) == 30.0);
    CHECK_THROWS_AS(r.setKeyTime(3, 1.0), LunarError);
}

TEST_CASE("Path recorder: a removed key takes its date with it; the film still starts at "
          "0 s", "[mission][recorder]")
{
    PathRecorder r;
    r.addKey(viewAt(-89.0), kDay1);
    r.addKey(viewAt(-89.1), kDay2);
    r.addKey(viewAt(-89.2), kDay2.plusSeconds(3600.0));
    r.removeKey(1);
    REQUIRE(r.spec().keys.size() == 2);
    CHECK(r.spec().time.size() == 2);
    CHECK(isDate(r.dateAtKey(1), kDay2.plusSeconds(3600.0)));
    r.removeKey(0);
    REQUIRE(r.spec().keys.size() == 1);
    CHECK(r.spec().keys[0].video_s == 0.0);
    CHECK(r.spec().keys[0].view.eye_lat_deg == -89.2);
    REQUIRE(r.spec().time.size() == 1);
    CHECK(r.spec().time[0].video_s == 0.0);
    CHECK(r.problem() == std::optional<std::string>("add one more key to make a path"));
    // The last date is kept even when its key goes: the film needs one.
    r.removeKey(0);
    CHECK(r.spec().time.size() == 1);
}

TEST_CASE("Path recorder: editing a file's path keeps its following keys and stops; a "
          "replaced key becomes a fixed view", "[mission][recorder]")
{
    CameraPathSpec tour;
    tour.name = "tour";
    tour.title = "The base";
    CameraPathKeySpec fixed;
    fixed.view = viewAt(-89.0);
    CameraPathKeySpec follow;
    follow.video_s = 10.0;
    follow.follow = "lander";
    follow.eye_offset_m = {100.0, 0.0, 50.0};
    tour.keys = {fixed, follow};
    tour.time = {{0.0, kDay1, TimeSteps::continuous, std::nullopt},
                 {20.0, kDay2, TimeSteps::continuous, std::nullopt}}; // runs on past the last key
    PathRecorder r;
    r.edit(tour);
    CHECK_FALSE(r.dirty());
    CHECK(r.spec().keys[1].follow == "lander");
    // A new key comes after the stop beyond the last key, not between them.
    r.addKey(viewAt(-89.3), std::nullopt);
    CHECK(r.spec().keys[2].video_s == 20.0 + PathRecorder::kDefaultGap_s);
    // A key without a date of its own does not land on the file's stop at 20 s (it would
    // carry it off): it stops just short of it, on its own side.
    CHECK(r.setKeyTime(2, 20.0) == Approx(20.0 + 0.5 * PathRecorder::kMinGap_s));
    CHECK(r.spec().time[1].video_s == 20.0);
    r.replaceKey(1, viewAt(-89.1), std::nullopt);
    CHECK(r.spec().keys[1].follow.empty());
    CHECK(r.spec().keys[1].view.eye_lat_deg == -89.1);
    CHECK(r.spec().title == "The base");
    r.setName("");
    CHECK(r.problem() == std::optional<std::string>("the path needs a name"));
}
