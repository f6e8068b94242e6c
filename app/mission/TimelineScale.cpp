#include "mission/TimelineScale.h"

#include "core/LunarError.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace lunar {

namespace {

enum class Unit { Year, Month, Second };

struct TickStep {
    Unit unit;
    int count;         // years, months or seconds per tick
    double typical_s;  // its length, for choosing the step
};

constexpr double kDay_s = 86400.0;
constexpr std::array<TickStep, 21> kSteps = {{
    {Unit::Second, 10, 10.0},
    {Unit::Second, 30, 30.0},
    {Unit::Second, 60, 60.0},
    {Unit::Second, 300, 300.0},
    {Unit::Second, 600, 600.0},
    {Unit::Second, 1800, 1800.0},
    {Unit::Second, 3600, 3600.0},
    {Unit::Second, 3 * 3600, 3 * 3600.0},
    {Unit::Second, 6 * 3600, 6 * 3600.0},
    {Unit::Second, 12 * 3600, 12 * 3600.0},
    {Unit::Second, 86400, kDay_s},
    {Unit::Second, 2 * 86400, 2 * kDay_s},
    {Unit::Second, 7 * 86400, 7 * kDay_s},
    {Unit::Month, 1, 30.44 * kDay_s},
    {Unit::Month, 3, 91.3 * kDay_s},
    {Unit::Month, 6, 182.6 * kDay_s},
    {Unit::Year, 1, 365.25 * kDay_s},
    {Unit::Year, 2, 2 * 365.25 * kDay_s},
    {Unit::Year, 5, 5 * 365.25 * kDay_s},
    {Unit::Year, 10, 10 * 365.25 * kDay_s},
    {Unit::Year, 50, 50 * 365.25 * kDay_s},
}};

std::string format(const char* pattern, int a, int b = 0, int c = 0)
{
    char text[32];
    std::snprintf(text, sizeof text, pattern, a, b, c);
    return text;
}

} // namespace

TimelineScale::TimelineScale(UtcTime programme_start, UtcTime programme_end)
    : programme_start_(programme_start),
      programme_span_s_(programme_end.secondsSince(programme_start)),
      view_start_(programme_start), view_span_s_(programme_span_s_)
{
    if (!(programme_span_s_ > kMinSpan_s))
        throw LunarError("timeline", "the programme " + programme_start.toIso() + " .. " +
                                         programme_end.toIso() + " is shorter than ten minutes");
}

void TimelineScale::setView(const UtcTime& from, double span_s)
{
    view_span_s_ = std::clamp(span_s, kMinSpan_s, programme_span_s_);
    const double from_s = std::clamp(from.secondsSince(programme_start_), 0.0,
                                     programme_span_s_ - view_span_s_);
    view_start_ = programme_start_.plusSeconds(from_s);
}

void TimelineScale::zoom(double factor, const UtcTime& about)
{
    if (!(factor > 0.0))
        return;
    const double about_fraction = about.secondsSince(view_start_) / view_span_s_;
    const double span_s = std::clamp(view_span_s_ * factor, kMinSpan_s, programme_span_s_);
    setView(about.plusSeconds(-about_fraction * span_s), span_s);
}

void TimelineScale::pan(double seconds) { setView(view_start_.plusSeconds(seconds), view_span_s_); }

void TimelineScale::showAll() { setView(programme_start_, programme_span_s_); }

void TimelineScale::follow(const UtcTime& time)
{
    const double at = time.secondsSince(view_start_);
    if (at < 0.0)
        setView(time.plusSeconds(-0.9 * view_span_s_), view_span_s_);
    else if (at > view_span_s_)
        setView(time.plusSeconds(-0.1 * view_span_s_), view_span_s_);
}

double TimelineScale::xOf(const UtcTime& time, double x0, double width) const
{
    return x0 + time.secondsSince(view_start_) / view_span_s_ * width;
}

UtcTime TimelineScale::timeAt(double x, double x0, double width) const
{
    return view_start_.plusSeconds((x - x0) / width * view_span_s_);
}

std::vector<TimelineTick> TimelineScale::ticks(double width_px, double min_spacing_px) const
{
    std::vector<TimelineTick> out;
    if (!(width_px > 0.0))
        return out;
    const double px_per_s = width_px / view_span_s_;
    const TickStep* step = &kSteps.back();
    for (const TickStep& s : kSteps)
        if (s.typical_s * px_per_s >= min_spacing_px) {
            step = &s;
            break;
        }
    const UtcTime end = viewEnd();
    const CalendarFields first = view_start_.calendar();
    const auto keep = [&](const UtcTime& t, std::string label, bool major) {
        if (!(t < view_start_) && !(end < t))
            out.push_back({t, std::move(label), major});
    };
    if (step->unit == Unit::Year) {
        for (int y = first.year - first.year % step->count; y <= end.year(); y += step->count)
            keep(UtcTime::fromCalendar(y, 1, 1, 0, 0, 0.0), std::to_string(y), y % 10 == 0);
    }
    else if (step->unit == Unit::Month) {
        int year = first.year, month = 1 + ((first.month - 1) / step->count) * step->count;
        for (UtcTime t = UtcTime::fromCalendar(year, month, 1, 0, 0, 0.0); !(end < t);
             t = UtcTime::fromCalendar(year, month, 1, 0, 0, 0.0)) {
            keep(t, month == 1 ? std::to_string(year) : format("%04d-%02d", year, month),
                 month == 1);
            month += step->count;
            if (month > 12) {
                month -= 12;
                ++year;
            }
        }
    }
    else {
        // Whole multiples of the step since the first midnight before the view.
        const UtcTime midnight = UtcTime::fromCalendar(first.year, first.month, first.day, 0, 0, 0.0);
        const double step_s = step->count;
        const double first_s = std::ceil(view_start_.secondsSince(midnight) / step_s) * step_s;
        const long count = static_cast<long>((end.secondsSince(midnight) - first_s) / step_s);
        for (long i = 0; i <= count && out.size() < 2000; ++i) {
            const UtcTime t = midnight.plusSeconds(first_s + static_cast<double>(i) * step_s);
            const CalendarFields c = t.calendar(); // rounded to the nearest second
            const bool new_day = c.hour == 0 && c.minute == 0 && c.second == 0;
            std::string label = new_day || step_s >= kDay_s
                                    ? format("%04d-%02d-%02d", c.year, c.month, c.day)
                                : step_s < 60.0 ? format("%02d:%02d:%02d", c.hour, c.minute, c.second)
                                                : format("%02d:%02d", c.hour, c.minute);
            keep(t, std::move(label), new_day && step_s < kDay_s);
        }
    }
    return out;
}

} // namespace lunar
