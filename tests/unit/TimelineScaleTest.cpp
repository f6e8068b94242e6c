#include "mission/TimelineScale.h"

#include <catch2/catch.hpp>

using namespace lunar;

namespace {
TimelineScale programmeScale()
{
    return TimelineScale(UtcTime::parseIso("2019-01-01"), UtcTime::parseIso("2050-12-31"));
}
} // namespace

TEST_CASE("Timeline scale: the whole programme maps onto the bar and back", "[mission][timeline]")
{
    TimelineScale scale = programmeScale();
    CHECK(scale.xOf(UtcTime::parseIso("2019-01-01"), 100.0, 1000.0) == Approx(100.0));
    CHECK(scale.xOf(UtcTime::parseIso("2050-12-31"), 100.0, 1000.0) == Approx(1100.0));
    const UtcTime t = UtcTime::parseIso("2036-05-24T06:00:00Z");
    CHECK(scale.timeAt(scale.xOf(t, 100.0, 1000.0), 100.0, 1000.0).secondsSince(t) ==
          Approx(0.0).margin(1e-3));
    // Decades: labelled years, at least 60 px apart on a 1000 px bar.
    const std::vector<TimelineTick> ticks = scale.ticks(1000.0, 60.0);
    REQUIRE(ticks.size() >= 4);
    CHECK(ticks.front().label == "2020");
    for (std::size_t i = 1; i < ticks.size(); ++i)
        CHECK(scale.xOf(ticks[i].time, 0, 1000) - scale.xOf(ticks[i - 1].time, 0, 1000) >= 60.0);
}

TEST_CASE("Timeline scale: zooming keeps the time under the mouse in place, down to ten "
          "minutes, and never leaves the programme", "[mission][timeline]")
{
    TimelineScale scale = programmeScale();
    const UtcTime landing = UtcTime::parseIso("2031-05-15T00:00:00Z");
    const double x_before = scale.xOf(landing, 0.0, 1200.0);
    scale.zoom(0.01, landing);
    CHECK(scale.xOf(landing, 0.0, 1200.0) == Approx(x_before).margin(1e-3));
    CHECK(scale.viewSpan_s() == Approx(0.01 * UtcTime::parseIso("2050-12-31")
                                                  .secondsSince(UtcTime::parseIso("2019-01-01"))));
    for (int i = 0; i < 40; ++i)
        scale.zoom(0.5, landing);
    CHECK(scale.viewSpan_s() == TimelineScale::kMinSpan_s); // a descent fills the bar
    CHECK(scale.xOf(landing, 0.0, 1200.0) == Approx(x_before).margin(0.01));
    // Minute ticks, labelled hh:mm; midnight is a major tick labelled with the date.
    const std::vector<TimelineTick> ticks = scale.ticks(1200.0, 80.0);
    REQUIRE(ticks.size() >= 5);
    bool midnight = false;
    for (const TimelineTick& t : ticks)
        if (t.major) {
            midnight = true;
            CHECK(t.label == "2031-05-15");
        }
    CHECK(midnight);
    CHECK(ticks.back().label.size() == 5); // "00:05"
    // Panning stops at the ends of the programme; zooming out again shows it all.
    scale.pan(-1.0e12);
    CHECK(scale.viewStart().toIso() == "2019-01-01T00:00:00Z");
    scale.zoom(1.0e9, scale.viewStart());
    CHECK(scale.viewEnd().secondsSince(UtcTime::parseIso("2050-12-31")) == Approx(0.0).margin(1e-3));
}

TEST_CASE("Timeline scale: month and day ticks fall on calendar boundaries",
          "[mission][timeline]")
{
    TimelineScale scale = programmeScale();
    scale.setView(UtcTime::parseIso("2035-11-20"), 200.0 * 86400.0);
    const std::vector<TimelineTick> months = scale.ticks(1000.0, 60.0);
    REQUIRE(!months.empty());
    CHECK(months.front().time.toIso() == "2035-12-01T00:00:00Z");
    bool year_label = false;
    for (const TimelineTick& t : months)
        year_label = year_label || (t.major && t.label == "2036");
    CHECK(year_label);
    scale.setView(UtcTime::parseIso("2035-11-20T13:00:00Z"), 10.0 * 86400.0);
    const std::vector<TimelineTick> days = scale.ticks(1000.0, 60.0);
    REQUIRE(!days.empty());
    CHECK(days.front().time.toIso() == "2035-11-21T00:00:00Z");
    CHECK(days.front().label == "2035-11-21");
}

TEST_CASE("Timeline scale: following playback pages the view", "[mission][timeline]")
{
    TimelineScale scale = programmeScale();
    scale.setView(UtcTime::parseIso("2030-01-01"), 86400.0);
    scale.follow(UtcTime::parseIso("2030-01-01T12:00:00Z")); // inside: unchanged
    CHECK(scale.viewStart().toIso() == "2030-01-01T00:00:00Z");
    scale.follow(UtcTime::parseIso("2030-01-03T00:00:00Z")); // past the end: paged on
    CHECK(scale.xOf(UtcTime::parseIso("2030-01-03"), 0.0, 1.0) == Approx(0.1));
}
