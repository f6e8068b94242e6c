#include "core/LunarError.h"
#include "mission/CameraPath.h"
#include "mission/PlaybackClock.h"
#include "mission/VideoTimeMap.h"

#include <cmath>

#include <catch2/catch.hpp>

using namespace lunar;

namespace {
const Vec3d kMoonCentre{0.0, 0.0, -1737400.0};

CameraKey key(double t, const Vec3d& eye, const Vec3d& target, double fov = 40.0)
{
    CameraKey k;
    k.video_s = t;
    k.pose.eye_enu = eye;
    k.pose.target_enu = target;
    k.pose.fov_y_deg = fov;
    return k;
}
} // namespace

TEST_CASE("Camera path: passes through every key at its time", "[mission][path]")
{
    const std::vector<CameraKey> keys = {key(0, {0, -1000, 500}, {0, 0, 0}, 50),
                                         key(4, {800, -600, 300}, {0, 100, 0}, 40),
                                         key(10, {1200, 400, 200}, {200, 300, 10}, 30),
                                         key(12, {900, 900, 150}, {200, 300, 10}, 30)};
    const CameraPath path("tour", keys, kMoonCentre);
    CHECK(path.duration_s() == 12.0);
    for (const CameraKey& k : keys) {
        const CameraPose p = path.poseAt(k.video_s);
        CHECK((p.eye_enu - k.pose.eye_enu).length() < 1e-9);
        CHECK((p.target_enu - k.pose.target_enu).length() < 1e-9);
        CHECK(p.fov_y_deg == Approx(k.pose.fov_y_deg));
    }
    // Up is the local vertical at the eye.
    const CameraPose mid = path.poseAt(6.0);
    CHECK(dot(mid.up_enu, (mid.eye_enu - kMoonCentre).normalized()) == Approx(1.0));
}

TEST_CASE("Camera path: evenly spaced keys on a line give a constant speed; the velocity is "
          "continuous at keys even when they are unevenly spaced", "[mission][path]")
{
    const CameraPath line("line",
                          {key(0, {0, 0, 100}, {0, 1000, 0}), key(1, {100, 0, 100}, {100, 1000, 0}),
                           key(2, {200, 0, 100}, {200, 1000, 0}), key(3, {300, 0, 100}, {300, 1000, 0})},
                          kMoonCentre);
    for (double t = 0.1; t < 3.0; t += 0.37)
        CHECK(line.poseAt(t).eye_enu.x == Approx(100.0 * t).margin(1e-9));

    const CameraPath bent("bent",
                          {key(0, {0, 0, 100}, {0, 1000, 0}), key(1, {300, 0, 100}, {0, 1000, 0}),
                           key(5, {400, 600, 120}, {0, 1000, 0}), key(6, {900, 700, 100}, {0, 1000, 0})},
                          kMoonCentre);
    const double h = 1e-5;
    for (double t : {1.0, 5.0}) {
        const Vec3d before = (bent.poseAt(t) .eye_enu - bent.poseAt(t - h).eye_enu) * (1.0 / h);
        const Vec3d after = (bent.poseAt(t + h).eye_enu - bent.poseAt(t).eye_enu) * (1.0 / h);
        CAPTURE(t, before.x, before.y, after.x, after.y);
        CHECK((after - before).length() < 1e-2 * std::max(1.0, before.length()));
    }
}

TEST_CASE("Camera path: an eased key is reached at rest; tension shortens the tangents",
          "[mission][path]")
{
    std::vector<CameraKey> keys = {key(0, {0, 0, 100}, {0, 1000, 0}), key(2, {200, 0, 100}, {0, 1000, 0}),
                                   key(4, {400, 0, 100}, {0, 1000, 0})};
    keys[1].ease = 1.0;
    const CameraPath eased("eased", keys, kMoonCentre);
    const double h = 1e-4;
    const double speed_at_key = (eased.poseAt(2.0).eye_enu - eased.poseAt(2.0 - h).eye_enu).length() / h;
    const double speed_between = (eased.poseAt(1.0 + h).eye_enu - eased.poseAt(1.0).eye_enu).length() / h;
    CHECK(speed_at_key < 0.01);
    CHECK(speed_between > 100.0); // faster in between to cover the same ground in time

    // A corner with full tension: the curve stays inside the polygon of the keys.
    std::vector<CameraKey> corner = {key(0, {0, 0, 100}, {0, 1000, 0}), key(1, {100, 0, 100}, {0, 1000, 0}),
                                     key(2, {100, 100, 100}, {0, 1000, 0})};
    const CameraPath loose("loose", corner, kMoonCentre);
    for (CameraKey& k : corner)
        k.tension = 1.0;
    const CameraPath tight("tight", corner, kMoonCentre);
    CHECK(tight.poseAt(0.5).eye_enu.y == Approx(0.0).margin(1e-9)); // straight to the corner
    CHECK(loose.poseAt(0.5).eye_enu.y < -1.0);                      // overshoots before it
}

TEST_CASE("Camera path: bad keys are named", "[mission][path]")
{
    CHECK_THROWS_AS(CameraPath("one", {key(0, {0, 0, 1}, {0, 1, 0})}, kMoonCentre), LunarError);
    CHECK_THROWS_WITH(CameraPath("back", {key(2, {0, 0, 1}, {0, 1, 0}), key(1, {0, 0, 1}, {0, 1, 0})},
                                 kMoonCentre),
                      Catch::Contains("back: key 1: t_s 1.000000 is not after the key before it"));
    std::vector<CameraKey> bad = {key(0, {0, 0, 1}, {0, 1, 0}), key(1, {0, 0, 1}, {0, 1, 0})};
    bad[1].tension = 2.0;
    CHECK_THROWS_WITH(CameraPath("tense", bad, kMoonCentre), Catch::Contains("key 1: tension"));
    bad[1].tension = 0.0;
    bad[1].pose.target_enu = bad[1].pose.eye_enu;
    CHECK_THROWS_WITH(CameraPath("blind", bad, kMoonCentre), Catch::Contains("coincide"));
}

TEST_CASE("Film time: a 12-minute descent in 40 s, then years of construction in 20 s",
          "[mission][path]")
{
    const VideoTimeMap map("tour", {{0.0, UtcTime::parseIso("2031-05-14T23:48:00Z")},
                                    {40.0, UtcTime::parseIso("2031-05-15T00:00:00Z")},
                                    {60.0, UtcTime::parseIso("2036-05-15T00:00:00Z")}});
    CHECK(map.at(-5.0).toIso() == "2031-05-14T23:48:00Z"); // held before the first stop
    CHECK(map.at(20.0).toIso() == "2031-05-14T23:54:00Z");
    CHECK(map.rateAt(20.0) == Approx(18.0)); // 720 s in 40 s
    CHECK(map.at(50.0).year() == 2033);
    CHECK(map.rateAt(50.0) == Approx(UtcTime::parseIso("2036-05-15").secondsSince(UtcTime::parseIso("2031-05-15")) / 20.0));
    CHECK(map.at(90.0).toIso() == "2036-05-15T00:00:00Z"); // held after the last
    CHECK(map.rateAt(90.0) == 0.0);
    CHECK_THROWS_AS(VideoTimeMap("none", {}), LunarError);
    CHECK(map.stops()[0].steps == TimeSteps::continuous);
    CHECK_THROWS_AS(VideoTimeMap("back", {{5.0, UtcTime::parseIso("2031-01-01")},
                                          {5.0, UtcTime::parseIso("2032-01-01")}}),
                    LunarError);
}

TEST_CASE("Film time stepped in lunar days: every frame of the years passing is a whole "
          "(stretched) synodic month after the stop, and both stops are met exactly",
          "[mission][path]")
{
    const UtcTime from = UtcTime::parseIso("2026-08-15T00:10:00Z");
    const UtcTime to = UtcTime::parseIso("2030-08-31T23:50:00Z"); // 50.05 synodic months on
    const VideoTimeMap map("years", {{10.0, from, TimeSteps::lunar_days}, {20.0, to}});
    const double span_s = to.secondsSince(from);
    const double step_s = span_s / 50.0;
    CHECK(step_s == Approx(kSynodicMonth_s).epsilon(0.002));
    CHECK(map.at(10.0).toIso() == from.toIso());
    CHECK(map.at(20.0).toIso() == to.toIso());
    std::size_t distinct = 0;
    double last_s = -1.0;
    for (int frame = 0; frame <= 240; ++frame) { // 24 fps
        const double at_s = map.at(10.0 + frame / 24.0).secondsSince(from);
        const double months = at_s / step_s;
        CHECK(std::abs(months - std::round(months)) < 1e-6);
        CHECK(at_s >= last_s); // never back
        if (at_s > last_s)
            ++distinct;
        last_s = at_s;
    }
    CHECK(distinct == 51); // every lunar day of the 50 shown, and the start
    // Continuous film time either side is untouched; the rate is the segment's mean.
    CHECK(map.rateAt(15.0) == Approx(span_s / 10.0));
    // A segment shorter than a lunar day is a single step: start, then the next stop.
    const VideoTimeMap short_map("short", {{0.0, from, TimeSteps::lunar_days},
                                           {1.0, from.plusSeconds(86400.0)}});
    CHECK(short_map.at(0.4).toIso() == from.toIso());
    CHECK(short_map.at(0.6).toIso() == from.plusSeconds(86400.0).toIso());
}

TEST_CASE("Film time with the sky held: the date runs on while the light stays at the stop's "
          "time; the clock draws its sky there", "[mission][path]")
{
    const UtcTime from = UtcTime::parseIso("2029-09-01T12:00:00Z");
    TimeStop held{10.0, from};
    held.sky_held = from;
    const VideoTimeMap map("years", {{0.0, UtcTime::parseIso("2029-09-01T11:50:00Z")}, held,
                                     {20.0, UtcTime::parseIso("2039-01-17T00:00:00Z")}});
    CHECK_FALSE(map.skyHeldAt(5.0)); // a moving sky before the stop
    REQUIRE(map.skyHeldAt(15.0));
    CHECK(map.skyHeldAt(15.0)->toIso() == from.toIso());
    CHECK(map.at(15.0).year() == 2034); // while the date runs on
    CHECK_FALSE(map.skyHeldAt(25.0));   // after the last stop everything holds anyway

    PlaybackClock clock(UtcTime::parseIso("2019-01-01"), UtcTime::parseIso("2050-12-31"),
                        UtcTime::parseIso("2030-01-01"));
    clock.seek(map.at(15.0));
    clock.holdSky(map.skyHeldAt(15.0));
    CHECK(clock.skyNow().toIso() == from.toIso());
    CHECK(clock.now().year() == 2034);
    clock.holdSky(std::nullopt);
    CHECK(clock.skyNow().toIso() == clock.now().toIso());
    clock.holdSky(UtcTime::parseIso("2060-01-01")); // clamped to the programme like seek()
    CHECK(clock.skyNow().toIso() == clock.end().toIso());
}
