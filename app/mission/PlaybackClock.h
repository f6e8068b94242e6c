#pragma once
// The timeline's playback clock: a simulation time inside [start, end] that advances at a
// rate (simulated seconds per wall-clock second) while playing, and can be paused and
// scrubbed. Wall-clock deltas come from the caller, so the clock is deterministic in tests.
#include "core/UtcTime.h"

namespace lunar {

class PlaybackClock {
public:
    PlaybackClock(UtcTime start, UtcTime end, UtcTime current);

    void play() { playing_ = true; }
    void pause() { playing_ = false; }
    void togglePlay() { playing_ = !playing_; }
    bool playing() const { return playing_; }

    // Simulated seconds per wall-clock second (default: 30 days per second).
    void setRate(double sim_seconds_per_second) { rate_ = sim_seconds_per_second; }
    double rate() const { return rate_; }

    // Advances by a wall-clock interval if playing; stops (paused) at the end.
    void tick(double wall_seconds);

    // Jumps to a time, clamped to [start, end].
    void seek(const UtcTime& time);
    // Position as a fraction of the span, 0..1 (for a scrub bar), and back.
    double fraction() const;
    void seekFraction(double fraction);

    const UtcTime& now() const { return current_; }
    const UtcTime& start() const { return start_; }
    const UtcTime& end() const { return end_; }

private:
    UtcTime start_;
    UtcTime end_;
    UtcTime current_;
    double rate_ = 30.0 * 86400.0;
    bool playing_ = false;
};

} // namespace lunar
