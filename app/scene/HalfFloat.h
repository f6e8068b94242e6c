#pragma once
// IEEE 754 binary16 ("half") from float, for GPU textures that need more precision than 8
// bits (terrain normals at a grazing Sun) at half the memory of 32-bit floats. Rounds to
// nearest; values too small for a normal half become zero, too large become infinity.
#include <cstdint>
#include <cstring>

namespace lunar::scene {

inline std::uint16_t halfFromFloat(float value)
{
    std::uint32_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    const std::uint32_t sign = (bits >> 16) & 0x8000u;
    const int exponent = static_cast<int>((bits >> 23) & 0xffu) - 127 + 15;
    std::uint32_t mantissa = bits & 0x7fffffu;
    if (exponent <= 0)
        return static_cast<std::uint16_t>(sign); // underflow (and zero): signed zero
    if (exponent >= 31)
        return static_cast<std::uint16_t>(sign | 0x7c00u); // overflow, inf and NaN: inf
    mantissa += 0x1000u; // round to nearest
    if (mantissa & 0x800000u) {
        mantissa = 0;
        if (exponent + 1 >= 31)
            return static_cast<std::uint16_t>(sign | 0x7c00u);
        return static_cast<std::uint16_t>(sign | (static_cast<std::uint32_t>(exponent + 1) << 10));
    }
    return static_cast<std::uint16_t>(sign | (static_cast<std::uint32_t>(exponent) << 10) |
                                      (mantissa >> 13));
}

} // namespace lunar::scene
