#include "core/LunarError.h"
#include "mission/PlaybackClock.h"

#include <catch2/catch.hpp>

using namespace lunar;

namespace {
PlaybackClock programmeClock()
{
    return PlaybackClock(UtcTime::parseIso("2019-01-01"), UtcTime::parseIso("2051-01-01"),
                         UtcTime::parseIso("2030-01-01"));
}
} // namespace

TEST_CASE("Playback clock: paused clock does not move", "[mission][clock]")
{
    PlaybackClock clock = programmeClock();
    clock.tick(10.0);
    CHECK(clock.now().toIso() == "2030-01-01T00:00:00Z");
}

TEST_CASE("Playback clock: playing advances at the rate", "[mission][clock]")
{
    PlaybackClock clock = programmeClock();
    clock.setRate(86400.0); // a day per second
    clock.play();
    clock.tick(2.5);
    CHECK(clock.now().toIso() == "2030-01-03T12:00:00Z");
    clock.tick(-1.0); // a bogus negative wall delta is ignored
    CHECK(clock.now().toIso() == "2030-01-03T12:00:00Z");
}

TEST_CASE("Playback clock: stops at the end and clamps seeks", "[mission][clock]")
{
    PlaybackClock clock = programmeClock();
    clock.setRate(1.0e7);
    clock.play();
    clock.tick(1.0e3);
    CHECK(clock.now().toIso() == "2051-01-01T00:00:00Z");
    CHECK_FALSE(clock.playing());
    clock.seek(UtcTime::parseIso("1990-01-01"));
    CHECK(clock.now().toIso() == "2019-01-01T00:00:00Z");
    CHECK(clock.fraction() == Approx(0.0));
    clock.seekFraction(0.5);
    CHECK(clock.now().year() == 2035);
    clock.seekFraction(7.0);
    CHECK(clock.fraction() == Approx(1.0));
}

TEST_CASE("Playback clock: an empty span is refused", "[mission][clock]")
{
    CHECK_THROWS_AS(PlaybackClock(UtcTime::parseIso("2030-01-01"), UtcTime::parseIso("2030-01-01"),
                                  UtcTime::parseIso("2030-01-01")),
                    LunarError);
}

TEST_CASE("Playback clock: rates run from real time to x10^7 and step through presets",
          "[mission][clock]")
{
    PlaybackClock clock = programmeClock();
    clock.setRate(1.0e9);
    CHECK(clock.rate() == 1.0e7); // clamped to the fastest
    CHECK_THROWS_AS(clock.setRate(0.0), LunarError);
    CHECK_THROWS_AS(clock.setRate(-5.0), LunarError);
    clock.setRate(1.0);
    clock.play();
    clock.tick(2.0); // real time: two seconds
    CHECK(clock.now().toIso() == "2030-01-01T00:00:02Z");
    clock.stepRate(+6);
    CHECK(clock.rate() == 1.0e6);
    clock.stepRate(+5);
    CHECK(clock.rate() == 1.0e7);
    clock.setRate(3.0e4); // between presets: steps from the nearest on a log scale
    clock.stepRate(-1);
    CHECK(clock.rate() == 1.0e4);
    clock.stepRate(-20);
    CHECK(clock.rate() == 1.0);
    CHECK(playbackRatePresets().back() == kMaxPlaybackRate);
}

TEST_CASE("Playback clock: reverse runs time backward and stops at the start",
          "[mission][clock]")
{
    PlaybackClock clock = programmeClock();
    clock.setRate(86400.0);
    clock.setDirection(PlaybackDirection::Reverse);
    CHECK(clock.signedRate() == -86400.0);
    clock.play();
    clock.tick(1.5);
    CHECK(clock.now().toIso() == "2029-12-30T12:00:00Z");
    clock.setRate(1.0e7);
    clock.tick(1.0e3);
    CHECK(clock.now().toIso() == "2019-01-01T00:00:00Z");
    CHECK_FALSE(clock.playing());
}

TEST_CASE("Playback clock: a loop wraps around in both directions", "[mission][clock]")
{
    PlaybackClock clock = programmeClock();
    // A descent-sized loop: ten minutes.
    clock.setLoop(UtcTime::parseIso("2030-01-01T00:10:00Z"), UtcTime::parseIso("2030-01-01"));
    REQUIRE(clock.loop());
    CHECK(clock.loop()->from.toIso() == "2030-01-01T00:00:00Z"); // ends given either way
    clock.setRate(100.0);
    clock.play();
    clock.tick(5.0); // 500 s
    CHECK(clock.now().toIso() == "2030-01-01T00:08:20Z");
    clock.tick(2.0); // 700 s: 100 s past the end -> 100 s after the start
    CHECK(clock.now().toIso() == "2030-01-01T00:01:40Z");
    CHECK(clock.playing());
    clock.setDirection(PlaybackDirection::Reverse);
    clock.tick(3.0); // 300 s back from 100 s: 200 s before the end
    CHECK(clock.now().toIso() == "2030-01-01T00:06:40Z");
    // From outside the loop, play runs normally until it enters it.
    clock.setDirection(PlaybackDirection::Forward);
    clock.seek(UtcTime::parseIso("2029-12-31T23:59:00Z"));
    clock.tick(0.3);
    CHECK(clock.now().toIso() == "2029-12-31T23:59:30Z");
    clock.tick(0.6);
    CHECK(clock.now().toIso() == "2030-01-01T00:00:30Z");
    clock.clearLoop();
    CHECK_FALSE(clock.loop());
    // A loop outside the programme, or of no length, is refused with a message.
    CHECK_THROWS_AS(clock.setLoop(UtcTime::parseIso("2060-01-01"), UtcTime::parseIso("2061-01-01")),
                    LunarError);
    CHECK_THROWS_AS(clock.setLoop(UtcTime::parseIso("2030-01-01"), UtcTime::parseIso("2030-01-01")),
                    LunarError);
}
