#include "mission/PlaybackClock.h"

#include "core/LunarError.h"

#include <algorithm>

namespace lunar {

PlaybackClock::PlaybackClock(UtcTime start, UtcTime end, UtcTime current)
    : start_(start), end_(end), current_(current)
{
    if (!(start_ < end_))
        throw LunarError("timeline", "start " + start_.toIso() + " is not before end " +
                                         end_.toIso());
    seek(current);
}

void PlaybackClock::tick(double wall_seconds)
{
    if (!playing_ || wall_seconds <= 0.0)
        return;
    seek(current_.plusSeconds(wall_seconds * rate_));
    if (!(current_ < end_))
        playing_ = false;
}

void PlaybackClock::seek(const UtcTime& time)
{
    if (time < start_)
        current_ = start_;
    else if (end_ < time)
        current_ = end_;
    else
        current_ = time;
}

double PlaybackClock::fraction() const
{
    return current_.secondsSince(start_) / end_.secondsSince(start_);
}

void PlaybackClock::seekFraction(double fraction)
{
    seek(start_.plusSeconds(std::clamp(fraction, 0.0, 1.0) * end_.secondsSince(start_)));
}

} // namespace lunar
