#pragma once
// Hapke's bidirectional reflectance of a particulate surface, as in Hapke (2012), "Theory of
// Reflectance and Emittance Spectroscopy" (2nd ed., Cambridge), in the form Sato et al.
// (2014, JGR Planets 119, 1775-1805, doi:10.1002/2013JE004580) fitted to the Moon:
//
//   r(i,e,g) = K w/(4 pi) mu0e/(mu0e+mue) [p(g) (1 + B_S0 B_S(g)) + H(mu0e/K) H(mue/K) - 1]
//              x [1 + B_C0 B_C(g)] x S(i,e,g)
//
// p: the two-parameter Henyey-Greenstein phase function (b, c); B_S: the shadow-hiding
// opposition effect (B_S0, h_S); B_C: coherent backscatter (B_C0, h_C); H: Chandrasekhar's
// H-function for isotropic scatterers in Hapke's (2002, Icarus 157, 523) approximation;
// mu0e, mue and S: the macroscopic roughness correction for a mean slope theta-bar (Hapke
// 1984, Icarus 59, 41). Multiple scattering is the isotropic approximation (H H - 1).
// Angles in radians; the result is the radiance factor I/F = pi r (RADF), which is what the
// terrain shader calls reflectance (it includes the cosine of incidence).
#include "core/Angles.h"

namespace lunar {

// The Moon at 643 nm: cos(latitude)-weighted means over 70 S..70 N of the LROC WAC Hapke
// parameter maps of Sato et al. (2014), the PDS product WAC_HAPKEPARAMMAP_643NM
// (LRO-L-LROC-5-RDR-V1.0; 1 deg pixels, bands w, b, c, B_C0, h_C, B_S0, h_S, theta, phi),
// averaged by us; not a table of the paper. Unweighted pixel means: w 0.386, b 0.226,
// c 0.456, B_S0 1.687, h_S 0.049. Sato et al. fixed B_C0 = 0 (no coherent backscatter term),
// theta-bar = 23.657 deg and the filling factor phi = 0 (K = 1) everywhere.
struct HapkeParameters {
    double single_scattering_albedo = 0.381; // w
    double phase_b = 0.230;                  // b: width of each Henyey-Greenstein lobe, 0..1
    double phase_c = 0.411;                  // c: > 0 back-scattering lobe dominates
    double shoe_amplitude = 1.705;           // B_S0, shadow-hiding opposition effect
    double shoe_width = 0.0532;              // h_S (B_S is 1/2 where tan(g/2) = h_S)
    double cboe_amplitude = 0.0;             // B_C0, coherent backscatter (Sato et al.: 0)
    double cboe_width = 1.0;                 // h_C (map value; unused while B_C0 = 0)
    double mean_slope_rad = degToRad(23.657); // theta-bar
    double porosity_k = 1.0;                 // K (filling factor phi = 0)
};

// Chandrasekhar's H(x) for isotropic scatterers of single-scattering albedo w, Hapke's
// (2002) approximation (within 1 % of the exact function for all w and x in 0..1).
double hapkeH(double x, double w);

// Two-parameter Henyey-Greenstein phase function of the phase angle g, normalised so that
// its mean over all directions is 1 (its integral over the sphere is 4 pi).
double henyeyGreenstein2(double phase_rad, double b, double c);

// 1 + B_S0 B_S(g): the shadow-hiding surge, 1 + B_S0 at opposition.
double shadowHidingFactor(double phase_rad, double amplitude, double width);
// 1 + B_C0 B_C(g): the coherent-backscatter surge (Hapke 2002), 1 + B_C0 at opposition.
double coherentBackscatterFactor(double phase_rad, double amplitude, double width);

// Macroscopic roughness (Hapke 1984): the effective cosines of incidence and emission on the
// rough surface and the shadowing factor S; exactly cos i, cos e and 1 when theta-bar = 0.
struct RoughSurfaceCosines {
    double mu0_e = 0.0;
    double mu_e = 0.0;
    double shadowing = 1.0; // S(i, e, g)
};
RoughSurfaceCosines hapkeRoughness(double incidence_rad, double emission_rad, double phase_rad,
                                   double mean_slope_rad);

// Radiance factor I/F = pi r at incidence i, emission e and phase g (|i - e| <= g <= i + e;
// outside that g is clamped to it). 0 where i or e is 90 deg or more.
double hapkeRadianceFactor(double incidence_rad, double emission_rad, double phase_rad,
                           const HapkeParameters& p = HapkeParameters{});

} // namespace lunar
