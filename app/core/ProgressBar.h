#pragma once
// A terminal progress bar for long work (DEM generation, exports). Draws an updating bar on
// a terminal, with the time left once there is enough to judge by; when stderr is not a
// terminal it prints a line every 10 %, so logs stay short.
// Thread-safe: workers may call advance() concurrently.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace lunar {

class ProgressBar {
public:
    ProgressBar(std::string label, std::size_t total_steps);
    ~ProgressBar();

    void advance(std::size_t steps = 1);
    // Sets the absolute number of steps done (for callers that report totals).
    void setDone(std::size_t done);
    void finish();
    // Ends the bar where it stands, for work that failed (finish() would show it complete).
    void stop();

    // Fraction done, 0..1 (for UI progress widgets fed from the same object).
    double fraction() const;

private:
    void draw(std::size_t done);

    std::string label_;
    std::size_t total_;
    std::atomic<std::size_t> done_{0};
    std::mutex draw_mutex_;
    int last_permille_ = -1;
    bool is_terminal_;
    bool finished_ = false;
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

} // namespace lunar
