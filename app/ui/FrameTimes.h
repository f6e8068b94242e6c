#pragma once
// The last few seconds of frame times, for the frame-time readout.
#include <algorithm>
#include <array>
#include <cstddef>

namespace lunar::ui {

class FrameTimes {
public:
    static constexpr std::size_t kFrames = 240;

    void add(float frame_ms)
    {
        ms_[next_] = frame_ms;
        next_ = (next_ + 1) % kFrames;
        count_ = std::min(count_ + 1, kFrames);
    }
    std::size_t count() const { return count_; }
    float last() const { return count_ ? ms_[(next_ + kFrames - 1) % kFrames] : 0.0f; }
    float mean() const
    {
        float sum = 0.0f;
        for (std::size_t i = 0; i < count_; ++i)
            sum += ms_[i];
        return count_ ? sum / static_cast<float>(count_) : 0.0f;
    }
    float worst() const { return count_ ? *std::max_element(ms_.begin(), ms_.begin() + count_) : 0.0f; }
    // Oldest first, for a plot: `count()` values starting at `offset()` in `data()`, wrapping.
    const float* data() const { return ms_.data(); }
    int offset() const { return count_ < kFrames ? 0 : static_cast<int>(next_); }

private:
    std::array<float, kFrames> ms_{};
    std::size_t next_ = 0;
    std::size_t count_ = 0;
};

} // namespace lunar::ui
