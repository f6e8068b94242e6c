#include "terrain/CraterSizeFrequency.h"

#include <cmath>

namespace lunar {

double equilibriumCratersPerM2(double min_diameter_m)
{
    return kEquilibriumCoefficientPerM2 * std::pow(min_diameter_m, -kEquilibriumCumulativeSlope);
}

double equilibriumCratersPerM2(double min_diameter_m, double max_diameter_m)
{
    return equilibriumCratersPerM2(min_diameter_m) - equilibriumCratersPerM2(max_diameter_m);
}

double equilibriumDiameterAt(double u, double min_diameter_m, double max_diameter_m)
{
    // Share below D: (lo^-2 - D^-2) / (lo^-2 - hi^-2); solved for D. The shader does the same
    // with inversesqrt, which is why the slope 2 is written out here.
    const double lo = 1.0 / (min_diameter_m * min_diameter_m);
    const double hi = 1.0 / (max_diameter_m * max_diameter_m);
    return 1.0 / std::sqrt(lo - u * (lo - hi));
}

} // namespace lunar
