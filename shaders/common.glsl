// Spliced into every shader by scene/ShaderLibrary, right after its #version line and the
// defines that carry C++ constants, with photometry.glsl after it (a #line then restores the file's own line numbers in
// compile logs). Only functions and constants; unused ones cost nothing.
//   LUNAR_HORIZON_DEG_PER_UNIT: degrees per unit of a horizon texel read as R16_SNORM
//                               (scene/HorizonTextures.h, kHorizonTexelDegPerUnit).

const float kPi = 3.14159265;
const float kTwoPi = 6.28318531;

// > 0.5 in the exposure meter's pass (export/ExposureMeter): the tone curve and the display
// encoding pass scene-referred values through, so the meter reads radiance (its camera also
// sets the exposure to 1).
uniform float lunarMetering;

// Filmic tone curve: the ACES fit of Narkowicz (2015), from scene-referred radiance times
// exposure to display-referred 0..1.
vec3 toneMap(vec3 x)
{
    if (lunarMetering > 0.5)
        return x;
    return clamp((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0.0, 1.0);
}

// Display encoding: a 2.2 power, the approximation of sRGB that every shader uses; and its
// inverse for colour textures (albedo and Earth maps) stored that way.
vec3 encodeForDisplay(vec3 linear)
{
    if (lunarMetering > 0.5)
        return linear;
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

// McEwen (1991) phase-dependent limb-darkening parameter L(alpha), alpha in degrees. The
// cubic crosses zero near 104 deg; L is floored there smoothly, because a hard max(L, 0)
// bends the shading along the line of that phase angle, a crease visible at grazing views.
float lunarLambertL(float alphaDeg)
{
    float cubic = 1.0 - 0.019 * alphaDeg + 2.42e-4 * alphaDeg * alphaDeg
                  - 1.46e-6 * alphaDeg * alphaDeg * alphaDeg;
    const float softness = 0.05;
    return min(0.5 * (cubic + sqrt(cubic * cubic + softness * softness)), 1.0);
}

// The smooth globe's radiance (relative to full Sun on a white Lambert surface): Lunar-
// Lambert under the Sun and Lambert under earthshine, with the sphere's own normal and no
// horizon. globe.frag draws the Moon with it, and the terrain fades into it toward the
// DEM's edge, so the two meet without a step. All vectors unit, in one frame.
float smoothGlobeRadiance(float albedo, vec3 up, vec3 toEye, vec3 toSun, vec3 toEarth,
                          float earthshine)
{
    float mu0 = max(dot(up, toSun), 0.0);
    float mu = max(dot(up, toEye), 1e-3);
    float L = lunarLambertL(degrees(acos(clamp(dot(toSun, toEye), -1.0, 1.0))));
    return albedo * (2.0 * L * mu0 / (mu0 + mu) + (1.0 - L) * mu0) +
           albedo * earthshine * max(dot(up, toEarth), 0.0);
}
