#pragma once
// FNV-1a, 64 bit: a stable hash of a text (the same on every machine and run), used to name
// cache files after what they were made from.
#include <cstdint>
#include <string>

namespace lunar::io {

inline std::uint64_t fnv1a(const std::string& text)
{
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace lunar::io
