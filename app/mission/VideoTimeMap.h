#pragma once
// How a film's time maps onto the scenario's: stops pairing a video time with a UTC time,
// linear between them, held before the first and after the last. So a 12-minute descent can
// take 40 s of film and the years of construction the next 20 s.
//
// Years passing in seconds of film would spin every shadow around many times a second and
// strobe at the film's frame rate. A stop can therefore step the time up to the next stop in
// whole lunar days (synodic months): the Sun then stands at nearly the same hour of the lunar
// day on every frame while the facilities arrive. The step is stretched so that both stops
// are met exactly; over the segment the Sun turns by at most half a lunar day in all.
#include "core/UtcTime.h"

#include <optional>
#include <string>
#include <vector>

namespace lunar {

// How the time runs from a stop to the next.
enum class TimeSteps { continuous, lunar_days };

// Mean synodic month (new Moon to new Moon): the length of a lunar day-night cycle.
constexpr double kSynodicMonth_s = 29.530588853 * 86400.0;

struct TimeStop {
    TimeStop(double video_s_, UtcTime utc_, TimeSteps steps_ = TimeSteps::continuous,
             std::optional<UtcTime> sky_held_ = std::nullopt)
        : video_s(video_s_), utc(utc_), steps(steps_), sky_held(std::move(sky_held_))
    {
    }
    double video_s = 0.0;
    UtcTime utc;
    TimeSteps steps = TimeSteps::continuous;
    // If set, up to the next stop the sky (Sun, Earth, stars: the light) stays as it is at
    // this time while the date runs on: a construction time-lapse without the lunar nights
    // and the polar seasons' shadows flickering through it.
    std::optional<UtcTime> sky_held;
};

class VideoTimeMap {
public:
    // Throws LunarError(`name`, ...) unless there is a stop or more at increasing video times.
    VideoTimeMap(std::string name, std::vector<TimeStop> stops);

    UtcTime at(double video_s) const;
    // The time the sky is drawn for there, where a stop holds it; nothing elsewhere.
    std::optional<UtcTime> skyHeldAt(double video_s) const;
    // Scenario seconds per film second there, averaged over a stepped segment (0 where the
    // time holds).
    double rateAt(double video_s) const;
    const std::vector<TimeStop>& stops() const { return stops_; }

private:
    std::vector<TimeStop> stops_;
};

} // namespace lunar
