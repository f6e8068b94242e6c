#pragma once
// The programme's events on the timeline: facility arrivals and, for every mission, its
// launch, the start of its powered descent, each descent phase and its touchdown or impact.
// Descent times come from the generated profile of the mission's kind (they do not depend on
// the site), counted back from the catalogue's landing time. Sorted by time.
#include "mission/DescentTrajectory.h"
#include "mission/Scenario.h"

#include <optional>
#include <string>
#include <vector>

namespace lunar {

enum class EventKind { Arrival, Launch, DescentStart, Phase, Touchdown, Impact };

struct ProgrammeEvent {
    UtcTime time;
    EventKind kind;
    std::string subject_id; // facility or mission id
    std::string label;      // "Chang'e-6: touchdown", "ILRS-1: hover", ...
};

std::vector<ProgrammeEvent> programmeEvents(const Scenario& scenario);

// The first event strictly after / last strictly before `time` (none at the ends).
std::optional<ProgrammeEvent> nextEvent(const std::vector<ProgrammeEvent>& events,
                                        const UtcTime& time);
std::optional<ProgrammeEvent> previousEvent(const std::vector<ProgrammeEvent>& events,
                                            const UtcTime& time);

} // namespace lunar
