#pragma once
// A UTC instant as ERFA's two-part quasi Julian Date. Scenario times are ISO-8601 UTC;
// this type parses, validates (no 2023-02-30, no 25:00) and formats them.
#include <string>

namespace lunar {

// A UTC instant broken down into its calendar fields (whole seconds, rounded down).
struct CalendarFields {
    int year = 0, month = 0, day = 0;
    int hour = 0, minute = 0, second = 0;
};

class UtcTime {
public:
    // Parses "YYYY-MM-DD", "YYYY-MM-DDThh:mm", "YYYY-MM-DDThh:mm:ss[.sss]" with an optional
    // trailing "Z". Throws LunarError(where, ...) naming the text and the problem.
    static UtcTime parseIso(const std::string& text, const std::string& where = "time");
    static UtcTime fromCalendar(int year, int month, int day, int hour, int minute,
                                double second, const std::string& where = "time");

    std::string toIso() const; // "YYYY-MM-DDThh:mm:ssZ"
    int year() const;
    CalendarFields calendar() const;

    // Seconds from `earlier` to this instant, counting a UTC day as 86400 s (the
    // timeline's clock; leap seconds matter only for ephemerides, which use TDB).
    double secondsSince(const UtcTime& earlier) const;
    UtcTime plusSeconds(double seconds) const;

    double jd1() const { return jd1_; }
    double jd2() const { return jd2_; }

    bool operator<(const UtcTime& o) const { return secondsSince(o) < 0.0; }

private:
    UtcTime(double jd1, double jd2) : jd1_(jd1), jd2_(jd2) {}
    double jd1_;
    double jd2_;
};

} // namespace lunar
