#pragma once
// The size-frequency distribution of small lunar craters in equilibrium, the state in which
// the regolith surface between about 1 m and a few hundred metres stays: each new crater
// erases on average one old one, and the cumulative count per area follows D^-2.
//
// Trask, N. J. (1966), "Size and spatial distribution of craters estimated from the Ranger
// photographs", in Ranger VIII and IX, Part II: Experimenters' Analyses and Interpretations,
// JPL Technical Report 32-800, pp. 252-263:
//     N(>= D) = 10^10.9 D^-2 craters per 10^6 km^2, D in metres,
// that is 10^-1.1 D^-2 per square metre. Quoted as the empirical equilibrium curve by Gault
// (1970, "Saturation and equilibrium conditions for impact cratering on the lunar surface:
// criteria and implications", Radio Science 5(2), 273-291); the D^-2 equilibrium is treated
// in Melosh (1989, Impact Cratering: A Geologic Process, ch. 10). It is about
// 5 % of geometric saturation (Gault 1970: 1.54 D^-2), matching the "few per cent of
// saturation" that later counts keep finding (Minton et al. 2019, Icarus 326, 63-87).
namespace lunar {

// 10^-1.1 craters per square metre at D = 1 m, and the cumulative exponent.
constexpr double kEquilibriumCoefficientPerM2 = 0.0794328234724281;
constexpr double kEquilibriumCumulativeSlope = 2.0;

// N(>= diameter_m) per square metre.
double equilibriumCratersPerM2(double min_diameter_m);

// Craters per square metre with diameters in [min_diameter_m, max_diameter_m).
double equilibriumCratersPerM2(double min_diameter_m, double max_diameter_m);

// The diameter below which a share `u` (0..1) of the craters in [min, max) lie: the inverse
// cumulative distribution, which turns a uniform random number into a crater size.
double equilibriumDiameterAt(double u, double min_diameter_m, double max_diameter_m);

} // namespace lunar
