#include "terrain/HapkeReflectance.h"

#include <algorithm>
#include <cmath>

namespace lunar {

namespace {
// Angles closer than this to 0 are treated as 0: the roughness terms hold cot(angle), whose
// exponentials are 0 there anyway (exp(-large)).
constexpr double kTinyAngle = 1e-9;

double squared(double x) { return x * x; }

// Hapke (1984) E1, E2 of an angle x for a mean slope with cot(theta-bar) = cot_theta.
double roughnessE1(double x, double cot_theta)
{
    return x < kTinyAngle ? 0.0 : std::exp(-2.0 / kPi * cot_theta / std::tan(x));
}
double roughnessE2(double x, double cot_theta)
{
    return x < kTinyAngle ? 0.0 : std::exp(-1.0 / kPi * squared(cot_theta / std::tan(x)));
}
// eta(x): the effective cosine at azimuth 0, Hapke (1984) eq. 48 form.
double roughnessEta(double x, double tan_theta, double cot_theta, double chi)
{
    return chi * (std::cos(x) + std::sin(x) * tan_theta * roughnessE2(x, cot_theta) /
                                    (2.0 - roughnessE1(x, cot_theta)));
}
} // namespace

double hapkeH(double x, double w)
{
    if (x <= 0.0)
        return 1.0;
    w = std::clamp(w, 0.0, 1.0);
    const double gamma = std::sqrt(1.0 - w);
    const double r0 = (1.0 - gamma) / (1.0 + gamma); // diffusive reflectance
    return 1.0 / (1.0 - w * x * (r0 + 0.5 * (1.0 - 2.0 * r0 * x) * std::log((1.0 + x) / x)));
}

double henyeyGreenstein2(double phase_rad, double b, double c)
{
    // g is the phase angle, so the lobe with (1 - 2 b cos g) peaks toward the Sun: c > 0 is
    // a back-scatterer, as Sato et al. (2014) and Hapke (2012, eq. 6.7b) define c.
    const double cos_g = std::cos(phase_rad);
    const double b2 = b * b;
    const double back = (1.0 - b2) / std::pow(1.0 - 2.0 * b * cos_g + b2, 1.5);
    const double forward = (1.0 - b2) / std::pow(1.0 + 2.0 * b * cos_g + b2, 1.5);
    return 0.5 * (1.0 + c) * back + 0.5 * (1.0 - c) * forward;
}

double shadowHidingFactor(double phase_rad, double amplitude, double width)
{
    if (width <= 0.0)
        return 1.0;
    return 1.0 + amplitude / (1.0 + std::tan(0.5 * phase_rad) / width);
}

double coherentBackscatterFactor(double phase_rad, double amplitude, double width)
{
    if (amplitude == 0.0 || width <= 0.0)
        return 1.0;
    const double zeta = std::tan(0.5 * phase_rad) / width;
    // (1 - exp(-zeta)) / zeta tends to 1 at zeta = 0.
    const double ratio = zeta < 1e-8 ? 1.0 - 0.5 * zeta : (1.0 - std::exp(-zeta)) / zeta;
    return 1.0 + amplitude * (1.0 + ratio) / (2.0 * squared(1.0 + zeta));
}

RoughSurfaceCosines hapkeRoughness(double i, double e, double g, double mean_slope_rad)
{
    const double mu0 = std::cos(i), mu = std::cos(e);
    if (mean_slope_rad < kTinyAngle)
        return {mu0, mu, 1.0};
    const double tan_theta = std::tan(mean_slope_rad);
    const double cot_theta = 1.0 / tan_theta;
    const double chi = 1.0 / std::sqrt(1.0 + kPi * tan_theta * tan_theta);
    // psi: the azimuth between the planes of incidence and emission (0: the Sun behind the
    // viewer), from cos g = cos i cos e + sin i sin e cos psi.
    const double sin_i_sin_e = std::sin(i) * std::sin(e);
    const double cos_psi = sin_i_sin_e < 1e-12 ? 1.0
                                              : std::clamp((std::cos(g) - mu0 * mu) / sin_i_sin_e,
                                                           -1.0, 1.0);
    const double psi = std::acos(cos_psi);
    const double sin2_half_psi = squared(std::sin(0.5 * psi));
    // f(psi) -> 0 at psi = pi (tan -> infinity).
    const double f = psi > kPi - 1e-6 ? 0.0 : std::exp(-2.0 * std::tan(0.5 * psi));
    const double e1_i = roughnessE1(i, cot_theta), e2_i = roughnessE2(i, cot_theta);
    const double e1_e = roughnessE1(e, cot_theta), e2_e = roughnessE2(e, cot_theta);
    const double eta_i = roughnessEta(i, tan_theta, cot_theta, chi);
    const double eta_e = roughnessEta(e, tan_theta, cot_theta, chi);

    RoughSurfaceCosines out;
    // Hapke (1984) eqs. 46-47 (i <= e) and 49-50 (e <= i); the two meet at i = e.
    if (i <= e) {
        const double denominator = 2.0 - e1_e - psi / kPi * e1_i;
        out.mu0_e = chi * (mu0 + std::sin(i) * tan_theta *
                                     (cos_psi * e2_e + sin2_half_psi * e2_i) / denominator);
        out.mu_e = chi * (mu + std::sin(e) * tan_theta * (e2_e - sin2_half_psi * e2_i) / denominator);
        out.shadowing = out.mu_e / eta_e * mu0 / eta_i * chi / (1.0 - f + f * chi * mu0 / eta_i);
    } else {
        const double denominator = 2.0 - e1_i - psi / kPi * e1_e;
        out.mu0_e = chi * (mu0 + std::sin(i) * tan_theta * (e2_i - sin2_half_psi * e2_e) / denominator);
        out.mu_e = chi * (mu + std::sin(e) * tan_theta *
                                   (cos_psi * e2_i + sin2_half_psi * e2_e) / denominator);
        out.shadowing = out.mu_e / eta_e * mu0 / eta_i * chi / (1.0 - f + f * chi * mu / eta_e);
    }
    return out;
}

double hapkeRadianceFactor(double i, double e, double g, const HapkeParameters& p)
{
    if (!(i < 0.5 * kPi) || !(e < 0.5 * kPi))
        return 0.0;
    i = std::max(i, 0.0);
    e = std::max(e, 0.0);
    g = std::clamp(g, std::abs(i - e), i + e);
    const RoughSurfaceCosines rough = hapkeRoughness(i, e, g, p.mean_slope_rad);
    if (!(rough.mu0_e > 0.0) || !(rough.mu_e > 0.0))
        return 0.0;
    const double w = p.single_scattering_albedo;
    const double k = p.porosity_k;
    const double single = henyeyGreenstein2(g, p.phase_b, p.phase_c) *
                          shadowHidingFactor(g, p.shoe_amplitude, p.shoe_width);
    const double multiple = hapkeH(rough.mu0_e / k, w) * hapkeH(rough.mu_e / k, w) - 1.0;
    const double r = k * w / (4.0 * kPi) * rough.mu0_e / (rough.mu0_e + rough.mu_e) *
                     (single + multiple) *
                     coherentBackscatterFactor(g, p.cboe_amplitude, p.cboe_width) *
                     rough.shadowing;
    return kPi * r;
}

} // namespace lunar
