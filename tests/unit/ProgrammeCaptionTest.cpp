#include "io/ScenarioLoader.h"
#include "mission/ProgrammeCaption.h"

#include <catch2/catch.hpp>

using namespace lunar;

TEST_CASE("Caption: the date, the latest mission and the programme phase for a projector",
          "[mission][caption]")
{
    const Scenario s = io::defaultScenario();
    const std::vector<ProgrammeEvent> events = programmeEvents(s);

    const ProgrammeCaption later = programmeCaption(s, events, UtcTime::parseIso("2036-05-24T14:05:00Z"));
    CHECK(later.date == "24 May 2036, 14:05 UTC");
    CHECK(later.mission == "ILRS-5: touchdown, 15 May 2035");
    CHECK(later.phase == "Utilization phase (2036-2050)");

    // A minute before ILRS-1 lands its descent is under way: the caption names its phase.
    const ProgrammeCaption descent = programmeCaption(s, events, UtcTime::parseIso("2031-05-14T23:59:00Z"));
    CHECK(descent.mission.rfind("ILRS-1: ", 0) == 0);
    CHECK(descent.mission.find("touchdown") == std::string::npos);
    CHECK(descent.phase == "Construction phase (2026-2035)");

    // Before the first phase there is no phase to name.
    const ProgrammeCaption early = programmeCaption(s, events, UtcTime::parseIso("2019-06-01"));
    CHECK(early.phase.empty());
    CHECK(early.mission == "Chang'e-4: touchdown, 3 Jan 2019");
}
