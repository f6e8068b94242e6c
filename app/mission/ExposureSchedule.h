#pragma once
// How exposure follows the picture over time.
//
// A film meters at a fixed grid of film times (0, step, 2 step, ...) and each frame's EV is a
// Gaussian-weighted mean of the grid's EVs within a window around the frame's film time; so
// a frame's exposure depends only on its film time (the same when the film is rendered whole
// or in pieces with --from/--to), and it changes smoothly, anticipating a cut as much as it
// follows it. Grid points that read no surface (all sky) do not count; with none around, the
// default EV holds.
//
// The interactive view adapts as an eye does: its EV moves toward the metered one with a
// time constant in wall-clock seconds.
#include "mission/CameraExposure.h"

#include <functional>
#include <optional>
#include <vector>

namespace lunar {

struct ExposureScheduleOptions {
    double step_s = 0.5;       // film time between two meterings
    double sigma_s = 0.6;      // the smoothing Gaussian's width
    double half_window_s = 1.5; // grid points further than this from a frame do not count
    double default_ev = kDefaultExposureEv; // with no reading around
};

class ExposureSchedule {
public:
    ExposureSchedule(double duration_s, ExposureScheduleOptions options = {});

    // The grid indices a frame at film time `t_s` needs, first to last.
    std::vector<int> samplesFor(double t_s) const;
    double sampleTime(int index) const { return index * options_.step_s; }
    // The frame's EV from the grid's readings: `ev_of(index)` is a grid point's EV, or empty
    // where it read no surface.
    double evAt(double t_s, const std::function<std::optional<double>(int)>& ev_of) const;

private:
    double duration_s_;
    ExposureScheduleOptions options_;
};

// Exponential adaptation for the interactive view: `step` moves the EV toward `target_ev`
// by 1 - exp(-dt / tau); the first step (or one after reset) jumps there.
class ExposureAdaptation {
public:
    explicit ExposureAdaptation(double time_constant_s = 0.7) : tau_s_(time_constant_s) {}
    double step(double target_ev, double wall_dt_s);
    void reset() { ev_.reset(); }
    std::optional<double> ev() const { return ev_; }

private:
    double tau_s_;
    std::optional<double> ev_;
};

} // namespace lunar
