#pragma once
// How a film's time maps onto the scenario's: stops pairing a video time with a UTC time,
// linear between them, held before the first and after the last. So a 12-minute descent can
// take 40 s of film and the years of construction the next 20 s.
#include "core/UtcTime.h"

#include <string>
#include <vector>

namespace lunar {

struct TimeStop {
    double video_s = 0.0;
    UtcTime utc;
};

class VideoTimeMap {
public:
    // Throws LunarError(`name`, ...) unless there is a stop or more at increasing video times.
    VideoTimeMap(std::string name, std::vector<TimeStop> stops);

    UtcTime at(double video_s) const;
    // Scenario seconds per film second there (0 where the time holds).
    double rateAt(double video_s) const;
    const std::vector<TimeStop>& stops() const { return stops_; }

private:
    std::vector<TimeStop> stops_;
};

} // namespace lunar
