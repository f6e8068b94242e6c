#include "mission/PlaybackClock.h"

#include "core/LunarError.h"

#include <algorithm>
#include <cmath>

namespace lunar {

const std::vector<double>& playbackRatePresets()
{
    static const std::vector<double> rates = {1.0, 10.0, 1.0e2, 1.0e3, 1.0e4,
                                              1.0e5, 1.0e6, 1.0e7};
    return rates;
}

PlaybackClock::PlaybackClock(UtcTime start, UtcTime end, UtcTime current)
    : start_(start), end_(end), current_(current)
{
    if (!(start_ < end_))
        throw LunarError("timeline", "start " + start_.toIso() + " is not before end " +
                                         end_.toIso());
    seek(current);
}

void PlaybackClock::setRate(double sim_seconds_per_second)
{
    if (!(sim_seconds_per_second > 0.0)) // also NaN
        throw LunarError("playback rate", "must be above zero");
    rate_ = std::min(sim_seconds_per_second, kMaxPlaybackRate);
}

void PlaybackClock::stepRate(int steps)
{
    if (steps == 0)
        return;
    const std::vector<double>& presets = playbackRatePresets();
    const long last = static_cast<long>(presets.size()) - 1;
    // The first preset beyond the current rate in the direction of the step counts as one.
    long index = steps > 0 ? last : 0;
    if (steps > 0) {
        for (long i = 0; i <= last; ++i)
            if (presets[static_cast<std::size_t>(i)] > rate_ * (1.0 + 1e-9)) {
                index = i + steps - 1;
                break;
            }
    }
    else {
        for (long i = last; i >= 0; --i)
            if (presets[static_cast<std::size_t>(i)] < rate_ * (1.0 - 1e-9)) {
                index = i + steps + 1;
                break;
            }
    }
    rate_ = presets[static_cast<std::size_t>(std::clamp(index, 0L, last))];
}

void PlaybackClock::setLoop(const UtcTime& from, const UtcTime& to)
{
    TimeRange range{from, to};
    if (to < from)
        std::swap(range.from, range.to);
    range.from = range.from < start_ ? start_ : range.from;
    range.to = end_ < range.to ? end_ : range.to;
    if (range.to.secondsSince(range.from) < 1.0)
        throw LunarError("loop", "the range " + from.toIso() + " .. " + to.toIso() +
                                     " is shorter than a second inside the programme");
    loop_ = range;
}

void PlaybackClock::tick(double wall_seconds)
{
    if (!playing_ || !(wall_seconds > 0.0))
        return;
    const double step_s = wall_seconds * signedRate();
    if (loop_) {
        // Inside the loop the time wraps; from outside it, play runs into the loop first.
        const double span_s = loop_->to.secondsSince(loop_->from);
        const double at_s = current_.secondsSince(loop_->from);
        const bool inside = at_s >= 0.0 && at_s <= span_s;
        if (inside) {
            double next_s = at_s + step_s;
            if (next_s > span_s || next_s < 0.0)
                next_s = std::fmod(std::fmod(next_s, span_s) + span_s, span_s);
            current_ = loop_->from.plusSeconds(next_s);
            return;
        }
    }
    seek(current_.plusSeconds(step_s));
    const bool at_end = direction_ == PlaybackDirection::Forward ? !(current_ < end_)
                                                                 : !(start_ < current_);
    if (at_end)
        playing_ = false;
}

UtcTime PlaybackClock::withinProgramme(const UtcTime& time) const
{
    return time < start_ ? start_ : end_ < time ? end_ : time;
}

void PlaybackClock::holdSky(std::optional<UtcTime> sky_time)
{
    sky_hold_ = sky_time ? std::optional<UtcTime>(withinProgramme(*sky_time)) : std::nullopt;
}

void PlaybackClock::seek(const UtcTime& time) { current_ = withinProgramme(time); }

double PlaybackClock::fraction() const
{
    return current_.secondsSince(start_) / end_.secondsSince(start_);
}

void PlaybackClock::seekFraction(double fraction)
{
    seek(start_.plusSeconds(std::clamp(fraction, 0.0, 1.0) * end_.secondsSince(start_)));
}

} // namespace lunar
