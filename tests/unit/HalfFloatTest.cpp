#include "scene/HalfFloat.h"

#include <catch2/catch.hpp>

using lunar::scene::halfFromFloat;

TEST_CASE("Half float: exact values, rounding and range", "[scene][half]")
{
    const auto [value, bits] = GENERATE(table<float, unsigned>({
        {0.0f, 0x0000u},
        {1.0f, 0x3c00u},
        {-1.0f, 0xbc00u},
        {0.5f, 0x3800u},
        {-2.0f, 0xc000u},
        {65504.0f, 0x7bffu},     // largest half
        {1.0e6f, 0x7c00u},       // overflow -> infinity
        {1.0e-9f, 0x0000u},      // underflow -> zero
        {0.333333343f, 0x3555u}, // 1/3 rounds to nearest
    }));
    CAPTURE(value);
    CHECK(halfFromFloat(value) == bits);
}
