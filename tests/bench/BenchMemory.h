#pragma once
// The process's peak resident memory, for the benchmark programs.
#include <cstdlib>
#include <fstream>
#include <string>

namespace lunar::bench {

// VmHWM from /proc/self/status, KB; -1 where it cannot be read.
inline long peakMemoryKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::atol(line.c_str() + 6);
    return -1;
}

} // namespace lunar::bench
