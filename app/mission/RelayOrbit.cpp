#include "mission/RelayOrbit.h"

#include "core/Angles.h"
#include "core/MoonBody.h"

#include <cmath>
#include <vector>

namespace lunar {

namespace {

// Position in the orbit's frame rotated into the (epoch) equatorial frame.
Vec3d fromOrbitPlane(const RelayOrbit& o, double r, double true_anomaly)
{
    const double u = degToRad(o.argument_of_periselene_deg) + true_anomaly;
    const double node = degToRad(o.ascending_node_deg), inc = degToRad(o.inclination_deg);
    return {r * (std::cos(node) * std::cos(u) - std::sin(node) * std::sin(u) * std::cos(inc)),
            r * (std::sin(node) * std::cos(u) + std::cos(node) * std::sin(u) * std::cos(inc)),
            r * std::sin(u) * std::sin(inc)};
}

// Turns an epoch-frame vector into the Moon-fixed frame at `time`.
Vec3d turned(const RelayOrbit& o, const Vec3d& v, const UtcTime& time)
{
    const double angle = -degToRad(moon::kRotationRate_deg_per_day * time.secondsSince(o.epoch) / 86400.0);
    return {v.x * std::cos(angle) - v.y * std::sin(angle),
            v.x * std::sin(angle) + v.y * std::cos(angle), v.z};
}
} // namespace

double RelayOrbit::period_s() const
{
    const double a = moon::kRadius_m + 0.5 * (periselene_altitude_m + aposelene_altitude_m);
    return kTwoPi * std::sqrt(a * a * a / moon::kGm_m3_s2);
}

Vec3d RelayOrbit::positionMoonFixed(const UtcTime& time) const
{
    const double rp = moon::kRadius_m + periselene_altitude_m;
    const double ra = moon::kRadius_m + aposelene_altitude_m;
    const double a = 0.5 * (rp + ra), e = (ra - rp) / (ra + rp);
    double mean = degToRad(mean_anomaly_deg) + kTwoPi * time.secondsSince(epoch) / period_s();
    mean = std::fmod(mean, kTwoPi);
    double ecc = mean; // Kepler's equation by Newton's method
    for (int i = 0; i < 30; ++i)
        ecc -= (ecc - e * std::sin(ecc) - mean) / (1.0 - e * std::cos(ecc));
    const double true_anomaly =
        2.0 * std::atan2(std::sqrt(1 + e) * std::sin(ecc / 2), std::sqrt(1 - e) * std::cos(ecc / 2));
    const double r = a * (1.0 - e * std::cos(ecc));
    return turned(*this, fromOrbitPlane(*this, r, true_anomaly), time);
}

std::vector<Vec3d> RelayOrbit::ellipseMoonFixed(const UtcTime& time, int points) const
{
    const double rp = moon::kRadius_m + periselene_altitude_m;
    const double ra = moon::kRadius_m + aposelene_altitude_m;
    const double e = (ra - rp) / (ra + rp), p = rp * (1 + e);
    std::vector<Vec3d> out;
    for (int i = 0; i < points; ++i) {
        const double nu = kTwoPi * i / points;
        out.push_back(turned(*this, fromOrbitPlane(*this, p / (1 + e * std::cos(nu)), nu), time));
    }
    return out;
}

} // namespace lunar
