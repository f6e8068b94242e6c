// Spliced into every shader by scene/ShaderLibrary, right after its #version line and the
// defines that carry C++ constants, with photometry.glsl after it (a #line then restores the file's own line numbers in
// compile logs). Only functions and constants; unused ones cost nothing.
//   LUNAR_HORIZON_DEG_PER_UNIT: degrees per unit of a horizon texel read as R16_SNORM
//                               (scene/HorizonTextures.h, kHorizonTexelDegPerUnit).

const float kPi = 3.14159265;
const float kTwoPi = 6.28318531;

// Filmic tone curve: the ACES fit of Narkowicz (2015), from scene-referred radiance times
// exposure to display-referred 0..1.
vec3 toneMap(vec3 x)
{
    return clamp((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0.0, 1.0);
}

// Display encoding: a 2.2 power, the approximation of sRGB that every shader uses; and its
// inverse for colour textures (albedo and Earth maps) stored that way.
vec3 encodeForDisplay(vec3 linear)
{
    return pow(linear, vec3(1.0 / 2.2));
}
vec3 decodeFromDisplay(vec3 encoded)
{
    return pow(encoded, vec3(2.2));
}

// A horizon texel (signed normalised) in degrees above the flat horizon.
float horizonDegFromTexel(float stored)
{
    return stored * LUNAR_HORIZON_DEG_PER_UNIT;
}
