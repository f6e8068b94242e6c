#pragma once
// The caption of presentation mode: the date in words, what the programme's latest mission
// is doing (a descent phase while one is under way) and the programme phase.
#include "mission/MissionEvents.h"
#include "mission/Scenario.h"

#include <string>

namespace lunar {

struct ProgrammeCaption {
    std::string date;    // "24 May 2036, 00:00 UTC"
    std::string mission; // "ILRS-1: braking" during a descent, "Chang'e-6: touchdown, 1 Jun 2024"
    std::string phase;   // "Construction phase (2026-2035)", or "" outside every phase
};

// `events`: programmeEvents(scenario).
ProgrammeCaption programmeCaption(const Scenario& scenario,
                                  const std::vector<ProgrammeEvent>& events,
                                  const UtcTime& time);

// "24 May 2036, 14:05 UTC"; with `with_time` false, "24 May 2036".
std::string dateInWords(const UtcTime& time, bool with_time = true);

} // namespace lunar
