// The programme's events: every mission's launch, descent phases and touchdown in order.
#include "io/ScenarioLoader.h"
#include "mission/MissionEvents.h"

#include <catch2/catch.hpp>

using namespace lunar;

TEST_CASE("Events: Chang'e-6's descent phases precede its touchdown, in order", "[events]")
{
    const Scenario s = io::defaultScenario();
    const auto events = programmeEvents(s);
    std::vector<ProgrammeEvent> ce6;
    for (const ProgrammeEvent& e : events)
        if (e.subject_id == "change-6")
            ce6.push_back(e);
    REQUIRE(ce6.size() >= 9); // launch, descent start, 6 phases, touchdown
    CHECK(ce6.front().kind == EventKind::Launch);
    CHECK(ce6[1].kind == EventKind::DescentStart);
    CHECK(ce6.back().kind == EventKind::Touchdown);
    CHECK(ce6.back().time.toIso() == "2024-06-01T22:23:00Z");
    CHECK(ce6.back().time.secondsSince(ce6[1].time) == Approx(685.5).margin(20.0));
    for (std::size_t i = 1; i < events.size(); ++i)
        CHECK_FALSE(events[i].time < events[i - 1].time);
    bool hover = false;
    for (const ProgrammeEvent& e : ce6)
        hover = hover || e.label == "Chang'e-6: hover";
    CHECK(hover);
    // Luna 25 ends in an impact.
    bool impact = false;
    for (const ProgrammeEvent& e : events)
        impact = impact || (e.subject_id == "luna-25" && e.kind == EventKind::Impact);
    CHECK(impact);
}

TEST_CASE("Events: stepping to the next and previous event", "[events]")
{
    const Scenario s = io::defaultScenario();
    const auto events = programmeEvents(s);
    const UtcTime t = UtcTime::parseIso("2024-06-01T22:23:00Z"); // Chang'e-6 touchdown
    const auto next = nextEvent(events, t);
    REQUIRE(next);
    CHECK(t < next->time);
    const auto previous = previousEvent(events, t);
    REQUIRE(previous);
    CHECK(previous->label == "Chang'e-6: free fall");
    CHECK_FALSE(previousEvent(events, UtcTime::parseIso("2000-01-01")));
    CHECK_FALSE(nextEvent(events, UtcTime::parseIso("2060-01-01")));
}
