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
    clock.setRate(365.25 * 86400.0 * 100);
    clock.play();
    clock.tick(1.0);
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
