#pragma once
// The Lunar-Lambert reflectance of McEwen (1991, Icarus 92, 298): a mix of Lommel-Seeliger
// and Lambert weighted by L(alpha), a cubic in the phase angle, scaled by the normal albedo.
// The same function as shaders/photometry.glsl's lunarLambertRadianceFactor, here for tests
// and for comparing the Hapke model with it.
namespace lunar {

// L(alpha), alpha the phase angle in degrees, floored smoothly near its zero at ~104 deg as
// the shader does (a hard max(L, 0) draws a crease along that phase angle).
double lunarLambertL(double phase_deg);

// Radiance factor I/F = A_N [2 L mu0 / (mu0 + mu) + (1 - L) mu0] for a normal albedo A_N;
// 0 where the Sun is below the local horizontal (mu0 <= 0).
double lunarLambertRadianceFactor(double incidence_rad, double emission_rad, double phase_rad,
                                  double normal_albedo);

} // namespace lunar
