#include "mission/ProgrammeCaption.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace lunar {

std::string dateInWords(const UtcTime& time, bool with_time)
{
    static constexpr std::array<const char*, 12> kMonths = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const CalendarFields c = time.calendar();
    char text[48];
    if (with_time)
        std::snprintf(text, sizeof text, "%d %s %04d, %02d:%02d UTC", c.day,
                      kMonths[static_cast<std::size_t>(c.month - 1)], c.year, c.hour, c.minute);
    else
        std::snprintf(text, sizeof text, "%d %s %04d", c.day,
                      kMonths[static_cast<std::size_t>(c.month - 1)], c.year);
    return text;
}

ProgrammeCaption programmeCaption(const Scenario& scenario,
                                  const std::vector<ProgrammeEvent>& events, const UtcTime& time)
{
    ProgrammeCaption caption;
    caption.date = dateInWords(time);
    // The latest mission event so far; while its descent is under way, say so plainly.
    const ProgrammeEvent* latest = nullptr;
    for (const ProgrammeEvent& e : events) {
        if (time < e.time)
            break;
        if (e.kind != EventKind::Arrival)
            latest = &e;
    }
    if (latest) {
        const bool descending = latest->kind == EventKind::DescentStart ||
                                latest->kind == EventKind::Phase;
        caption.mission = descending ? latest->label
                                     : latest->label + ", " + dateInWords(latest->time, false);
    }
    if (const ProgrammePhaseSpan* p = scenario.phaseAt(time)) {
        std::string name = p->phase;
        name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
        // The end year is the last year inside the phase (an end on 1 January belongs to
        // the next one).
        const int last_year = p->end.plusSeconds(-1.0).year();
        caption.phase = name + " phase (" + std::to_string(p->start.year()) + "-" +
                        std::to_string(last_year) + ")";
    }
    return caption;
}

} // namespace lunar
