#include "mission/MissionEvents.h"

#include "mission/DescentGenerator.h"

#include <algorithm>
#include <map>

namespace lunar {

std::vector<ProgrammeEvent> programmeEvents(const Scenario& scenario)
{
    std::vector<ProgrammeEvent> events;
    for (const Facility& f : scenario.facilities)
        if (f.arrival)
            events.push_back({*f.arrival, EventKind::Arrival, f.id, f.name + " arrives"});
    std::map<DescentProfile, DescentTrajectory> profiles; // one descent per kind
    for (const Mission& m : scenario.missions) {
        if (m.launch)
            events.push_back({*m.launch, EventKind::Launch, m.id, m.name + ": launch"});
        if (!m.landing)
            continue;
        auto found = profiles.find(m.profile);
        if (found == profiles.end()) {
            DescentPlan plan;
            plan.profile = m.profile;
            found = profiles.emplace(m.profile, generateDescent(plan)).first;
        }
        const DescentTrajectory& d = found->second;
        const UtcTime start = m.landing->plusSeconds(-d.duration_s());
        events.push_back({start, EventKind::DescentStart, m.id, m.name + ": powered descent"});
        for (const PhaseSpan& p : d.phases())
            if (p.start_s > 0.0)
                events.push_back({start.plusSeconds(p.start_s), EventKind::Phase, m.id,
                                  m.name + ": " + descentPhaseName(p.phase)});
        const bool crash = m.profile == DescentProfile::Crash || m.outcome == "crashed";
        events.push_back({*m.landing, crash ? EventKind::Impact : EventKind::Touchdown, m.id,
                          m.name + (crash ? ": impact" : ": touchdown")});
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const ProgrammeEvent& a, const ProgrammeEvent& b) { return a.time < b.time; });
    return events;
}

std::optional<ProgrammeEvent> nextEvent(const std::vector<ProgrammeEvent>& events,
                                        const UtcTime& time)
{
    for (const ProgrammeEvent& e : events)
        if (e.time.secondsSince(time) > 1e-3)
            return e;
    return std::nullopt;
}

std::optional<ProgrammeEvent> previousEvent(const std::vector<ProgrammeEvent>& events,
                                            const UtcTime& time)
{
    std::optional<ProgrammeEvent> found;
    for (const ProgrammeEvent& e : events)
        if (time.secondsSince(e.time) > 1e-3)
            found = e;
    return found;
}

} // namespace lunar
