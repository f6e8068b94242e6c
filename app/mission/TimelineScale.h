#pragma once
// The visible stretch of the programme timeline, from the whole programme (decades) down
// to ten minutes (a descent fills the bar), the mapping between its times and pixels along
// a bar, and calendar-aligned ticks with labels for it (years, months, days, hours,
// minutes). Pure: the timeline panel draws from it, tests check it directly.
#include "core/UtcTime.h"

#include <string>
#include <vector>

namespace lunar {

struct TimelineTick {
    UtcTime time;
    std::string label;
    bool major = false; // a boundary of the next larger unit (a new year, a new day...)
};

class TimelineScale {
public:
    static constexpr double kMinSpan_s = 600.0;

    TimelineScale(UtcTime programme_start, UtcTime programme_end);

    const UtcTime& viewStart() const { return view_start_; }
    UtcTime viewEnd() const { return view_start_.plusSeconds(view_span_s_); }
    double viewSpan_s() const { return view_span_s_; }

    // Shows [from, from + span], the span clamped to kMinSpan_s..programme, kept inside it.
    void setView(const UtcTime& from, double span_s);
    // Zooms by `factor` (< 1: in) keeping `about` at the same place on the bar.
    void zoom(double factor, const UtcTime& about);
    // Moves the view by `seconds` (positive: later), kept inside the programme.
    void pan(double seconds);
    void showAll();
    // Keeps `time` in view, paging the view when it runs off either end (follow playback).
    void follow(const UtcTime& time);

    // Pixel position of a time on a bar starting at x0 and `width` pixels wide; and back.
    double xOf(const UtcTime& time, double x0, double width) const;
    UtcTime timeAt(double x, double x0, double width) const;

    // Ticks inside the view at the finest calendar step whose ticks stay at least
    // `min_spacing_px` apart on a bar of `width_px`.
    std::vector<TimelineTick> ticks(double width_px, double min_spacing_px) const;

private:
    UtcTime programme_start_;
    double programme_span_s_;
    UtcTime view_start_;
    double view_span_s_;
};

} // namespace lunar
