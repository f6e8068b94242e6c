#include "mission/ExposureSchedule.h"

#include <algorithm>
#include <cmath>

namespace lunar {

ExposureSchedule::ExposureSchedule(double duration_s, ExposureScheduleOptions options)
    : duration_s_(std::max(duration_s, 0.0)), options_(options)
{
}

std::vector<int> ExposureSchedule::samplesFor(double t_s) const
{
    const double step = options_.step_s;
    const int last = static_cast<int>(std::floor(duration_s_ / step + 1e-9));
    // Rounded to whole grid indices first, so the set is the same for any float t nearby.
    const int first = std::max(0, static_cast<int>(std::ceil((t_s - options_.half_window_s) / step - 1e-9)));
    const int end = std::min(last, static_cast<int>(std::floor((t_s + options_.half_window_s) / step + 1e-9)));
    std::vector<int> samples;
    for (int k = first; k <= end; ++k)
        samples.push_back(k);
    return samples;
}

double ExposureSchedule::evAt(double t_s,
                              const std::function<std::optional<double>(int)>& ev_of) const
{
    double sum = 0.0, weights = 0.0;
    for (int k : samplesFor(t_s)) {
        const std::optional<double> ev = ev_of(k);
        if (!ev)
            continue;
        const double d = (sampleTime(k) - t_s) / options_.sigma_s;
        const double w = std::exp(-0.5 * d * d);
        sum += w * *ev;
        weights += w;
    }
    return weights > 0.0 ? sum / weights : options_.default_ev;
}

double ExposureAdaptation::step(double target_ev, double wall_dt_s)
{
    if (!ev_ || !(tau_s_ > 0.0))
        ev_ = target_ev;
    else
        *ev_ += (target_ev - *ev_) * (1.0 - std::exp(-std::max(wall_dt_s, 0.0) / tau_s_));
    return *ev_;
}

} // namespace lunar
