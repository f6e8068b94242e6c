#include "core/UtcTime.h"

#include "core/LunarError.h"

#include <erfa.h>

#include <cmath>
#include <cstdio>
#include <regex>

namespace lunar {

UtcTime UtcTime::fromCalendar(int year, int month, int day, int hour, int minute, double second,
                              const std::string& where)
{
    double jd1 = 0.0, jd2 = 0.0;
    const int status = eraDtf2d("UTC", year, month, day, hour, minute, second, &jd1, &jd2);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%06.3f", year, month, day, hour,
                  minute, second);
    switch (status) {
    case -1: throw LunarError(where, std::string(text) + " has an impossible year");
    case -2: throw LunarError(where, std::string(text) + " has an impossible month");
    case -3: throw LunarError(where, std::string(text) + " has an impossible day of the month");
    case -4: throw LunarError(where, std::string(text) + " has an impossible hour");
    case -5: throw LunarError(where, std::string(text) + " has an impossible minute");
    case -6: throw LunarError(where, std::string(text) + " has an impossible second");
    default: break; // 0 ok, +1 "dubious year" (outside leap-second table) is fine here
    }
    return UtcTime(jd1, jd2);
}

UtcTime UtcTime::parseIso(const std::string& text, const std::string& where)
{
    static const std::regex pattern(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?Z?$)");
    std::smatch m;
    if (!std::regex_match(text, m, pattern))
        throw LunarError(where, "\"" + text +
                                    "\" is not an ISO-8601 UTC time (expected "
                                    "YYYY-MM-DDThh:mm:ssZ)");
    const int hour = m[4].matched ? std::stoi(m[4]) : 0;
    const int minute = m[5].matched ? std::stoi(m[5]) : 0;
    const double second = m[6].matched ? std::stod(m[6]) : 0.0;
    return fromCalendar(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]), hour, minute, second,
                        where);
}

std::string UtcTime::toIso() const
{
    int ymdhmsf[4];
    int year = 0, month = 0, day = 0;
    // +1 is ERFA's "dubious year" (beyond its leap-second table): still a valid date.
    if (eraD2dtf("UTC", 0, jd1_, jd2_, &year, &month, &day, ymdhmsf) < 0)
        return "invalid-time";
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day,
                  ymdhmsf[0], ymdhmsf[1], ymdhmsf[2]);
    return text;
}

int UtcTime::year() const { return calendar().year; }

CalendarFields UtcTime::calendar() const
{
    int ymdhmsf[4] = {0, 0, 0, 0};
    CalendarFields c;
    eraD2dtf("UTC", 0, jd1_, jd2_, &c.year, &c.month, &c.day, ymdhmsf);
    c.hour = ymdhmsf[0];
    c.minute = ymdhmsf[1];
    c.second = ymdhmsf[2];
    return c;
}

double UtcTime::secondsSince(const UtcTime& earlier) const
{
    return ((jd1_ - earlier.jd1_) + (jd2_ - earlier.jd2_)) * 86400.0;
}

UtcTime UtcTime::plusSeconds(double seconds) const
{
    // Keep jd2 small so the sum keeps sub-millisecond precision.
    double jd2 = jd2_ + seconds / 86400.0;
    const double whole_days = std::floor(jd2);
    return UtcTime(jd1_ + whole_days, jd2 - whole_days);
}

} // namespace lunar
