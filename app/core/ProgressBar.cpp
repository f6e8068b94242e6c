#include "core/ProgressBar.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace lunar {

ProgressBar::ProgressBar(std::string label, std::size_t total_steps)
    : label_(std::move(label)), total_(std::max<std::size_t>(total_steps, 1)),
      is_terminal_(isatty(fileno(stderr)) != 0)
{
    draw(0);
}

ProgressBar::~ProgressBar() { finish(); }

double ProgressBar::fraction() const
{
    return std::min(1.0, static_cast<double>(done_.load()) / static_cast<double>(total_));
}

void ProgressBar::advance(std::size_t steps) { draw(done_.fetch_add(steps) + steps); }

void ProgressBar::setDone(std::size_t done)
{
    done_.store(done);
    draw(done);
}

void ProgressBar::finish()
{
    if (finished_)
        return;
    draw(total_);
    finished_ = true;
    if (is_terminal_)
        std::fputc('\n', stderr);
}

void ProgressBar::stop()
{
    if (finished_)
        return;
    finished_ = true;
    if (is_terminal_)
        std::fputc('\n', stderr);
}

void ProgressBar::draw(std::size_t done)
{
    std::lock_guard<std::mutex> lock(draw_mutex_);
    if (finished_)
        return;
    const int permille = static_cast<int>(std::min<std::size_t>(done, total_) * 1000 / total_);
    const int step = is_terminal_ ? 5 : 100; // redraw every 0.5 % on a tty, 10 % in a log
    if (permille / step == last_permille_ / step && permille != 1000)
        return;
    if (permille == last_permille_)
        return;
    last_permille_ = permille;
    // Time left, from the pace so far (shown after 2 % and 2 s, when the guess means something).
    const double elapsed_s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    char eta[32] = "";
    if (permille >= 20 && permille < 1000 && elapsed_s > 2.0) {
        const int left_s = static_cast<int>(elapsed_s * (1000 - permille) / permille + 0.5);
        std::snprintf(eta, sizeof eta, ", %d:%02d left", left_s / 60, left_s % 60);
    }
    if (is_terminal_) {
        constexpr int width = 40;
        const int filled = permille * width / 1000;
        std::fprintf(stderr, "\r%s [%.*s%*s] %5.1f%%%-16s", label_.c_str(), filled,
                     "########################################", width - filled, "",
                     permille / 10.0, eta);
    }
    else {
        std::fprintf(stderr, "%s: %d%%%s\n", label_.c_str(), permille / 10, eta);
    }
    std::fflush(stderr);
}

} // namespace lunar
