#include "terrain/LunarLambert.h"

#include "core/Angles.h"

#include <algorithm>
#include <cmath>

namespace lunar {

double lunarLambertL(double a)
{
    const double cubic = 1.0 - 0.019 * a + 2.42e-4 * a * a - 1.46e-6 * a * a * a;
    constexpr double kSoftness = 0.05;
    return std::min(0.5 * (cubic + std::sqrt(cubic * cubic + kSoftness * kSoftness)), 1.0);
}

double lunarLambertRadianceFactor(double incidence_rad, double emission_rad, double phase_rad,
                                  double normal_albedo)
{
    const double mu0 = std::max(std::cos(incidence_rad), 0.0);
    const double mu = std::max(std::cos(emission_rad), 1e-3); // as the shader floors it
    const double l = lunarLambertL(radToDeg(phase_rad));
    return normal_albedo * (2.0 * l * mu0 / (mu0 + mu) + (1.0 - l) * mu0);
}

} // namespace lunar
