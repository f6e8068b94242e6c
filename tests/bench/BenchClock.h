#pragma once
// Wall-clock timing for the benchmark programs.
#include <chrono>

namespace lunar::bench {

inline double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace lunar::bench
