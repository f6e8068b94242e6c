#include "mission/VideoTimeMap.h"

#include "core/LunarError.h"

#include <algorithm>
#include <cmath>

namespace lunar {

VideoTimeMap::VideoTimeMap(std::string name, std::vector<TimeStop> stops) : stops_(std::move(stops))
{
    if (stops_.empty())
        throw LunarError(name, "a film's time needs one stop or more (t_s and utc)");
    for (std::size_t i = 1; i < stops_.size(); ++i)
        if (!(stops_[i].video_s > stops_[i - 1].video_s))
            throw LunarError(name, "time stop " + std::to_string(i) + ": t_s " +
                                       std::to_string(stops_[i].video_s) +
                                       " is not after the stop before it");
}

UtcTime VideoTimeMap::at(double video_s) const
{
    if (video_s <= stops_.front().video_s)
        return stops_.front().utc;
    for (std::size_t i = 1; i < stops_.size(); ++i)
        if (video_s <= stops_[i].video_s) {
            const TimeStop& a = stops_[i - 1];
            const TimeStop& b = stops_[i];
            const double f = (video_s - a.video_s) / (b.video_s - a.video_s);
            const double span_s = b.utc.secondsSince(a.utc);
            if (a.steps == TimeSteps::lunar_days) {
                const double steps = std::max(1.0, std::round(std::abs(span_s) / kSynodicMonth_s));
                return a.utc.plusSeconds(std::round(f * steps) / steps * span_s);
            }
            return a.utc.plusSeconds(f * span_s);
        }
    return stops_.back().utc;
}

std::optional<UtcTime> VideoTimeMap::skyHeldAt(double video_s) const
{
    for (std::size_t i = 1; i < stops_.size(); ++i)
        if (video_s >= stops_[i - 1].video_s && video_s < stops_[i].video_s)
            return stops_[i - 1].sky_held;
    return std::nullopt;
}

double VideoTimeMap::rateAt(double video_s) const
{
    for (std::size_t i = 1; i < stops_.size(); ++i)
        if (video_s >= stops_[i - 1].video_s && video_s < stops_[i].video_s)
            return stops_[i].utc.secondsSince(stops_[i - 1].utc) /
                   (stops_[i].video_s - stops_[i - 1].video_s);
    return 0.0;
}

} // namespace lunar
