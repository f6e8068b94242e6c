#pragma once
// The timeline's playback clock: a simulation time inside [start, end] that advances at a
// rate (simulated seconds per wall-clock second, real time to x10^7) forward or in reverse
// while playing, and can be paused, scrubbed and looped over a range. Wall-clock deltas
// come from the caller, so the clock is deterministic in tests.
#include "core/UtcTime.h"

#include <optional>
#include <vector>

namespace lunar {

enum class PlaybackDirection { Forward, Reverse };

struct TimeRange {
    UtcTime from;
    UtcTime to;
};

// The rates the UI steps through: real time, then every power of ten up to x10^7.
const std::vector<double>& playbackRatePresets();
constexpr double kMaxPlaybackRate = 1.0e7;

class PlaybackClock {
public:
    PlaybackClock(UtcTime start, UtcTime end, UtcTime current);

    void play() { playing_ = true; }
    void pause() { playing_ = false; }
    void togglePlay() { playing_ = !playing_; }
    bool playing() const { return playing_; }

    // Simulated seconds per wall-clock second, clamped to (0, kMaxPlaybackRate].
    void setRate(double sim_seconds_per_second);
    double rate() const { return rate_; }
    // Moves the rate `steps` presets up (faster) or down from the nearest preset.
    void stepRate(int steps);

    void setDirection(PlaybackDirection direction) { direction_ = direction; }
    PlaybackDirection direction() const { return direction_; }
    // Signed rate: negative when playing in reverse.
    double signedRate() const { return direction_ == PlaybackDirection::Forward ? rate_ : -rate_; }

    // Playing inside [from, to] wraps around at its ends instead of stopping; the range is
    // clamped to the programme and must be at least a second long (else LunarError).
    void setLoop(const UtcTime& from, const UtcTime& to);
    void clearLoop() { loop_.reset(); }
    const std::optional<TimeRange>& loop() const { return loop_; }

    // Advances by a wall-clock interval if playing. Without a loop it stops (paused) at
    // either end of the programme.
    void tick(double wall_seconds);

    // Jumps to a time, clamped to [start, end].
    void seek(const UtcTime& time);
    // Position as a fraction of the span, 0..1 (for a scrub bar), and back.
    double fraction() const;
    void seekFraction(double fraction);

    const UtcTime& now() const { return current_; }
    // The time the sky (Sun, Earth, stars, and so the light) is drawn for: now, unless a
    // film holds it while the years pass (see VideoTimeMap). Clamped like seek().
    void holdSky(std::optional<UtcTime> sky_time);
    UtcTime skyNow() const { return sky_hold_ ? *sky_hold_ : current_; }
    const UtcTime& start() const { return start_; }
    const UtcTime& end() const { return end_; }

private:
    UtcTime withinProgramme(const UtcTime& time) const; // clamped to [start, end]

    UtcTime start_;
    UtcTime end_;
    UtcTime current_;
    double rate_ = 30.0 * 86400.0;
    PlaybackDirection direction_ = PlaybackDirection::Forward;
    std::optional<TimeRange> loop_;
    std::optional<UtcTime> sky_hold_;
    bool playing_ = false;
};

} // namespace lunar
