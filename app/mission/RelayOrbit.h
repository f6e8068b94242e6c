#pragma once
// A relay satellite on a Keplerian orbit around the Moon (Queqiao-2 class: an elliptical
// frozen orbit whose far end hangs over the south pole). Elements are fixed in the Moon's
// equatorial frame at the epoch (inertial); positions are turned into the Moon-fixed frame
// by the Moon's rotation since then. Frozen orbits are kept so by design: no perturbations.
#include "core/UtcTime.h"
#include "core/Vec3d.h"

#include <string>
#include <vector>

namespace lunar {

struct RelayOrbit {
    std::string id;
    std::string name;
    double periselene_altitude_m = 200e3;
    double aposelene_altitude_m = 16000e3;
    double inclination_deg = 62.4;
    double argument_of_periselene_deg = 90.0; // 90: aposelene over the south pole
    double ascending_node_deg = 0.0;          // at the epoch, in the Moon-fixed frame
    double mean_anomaly_deg = 0.0;            // at the epoch
    UtcTime epoch = UtcTime::parseIso("2024-04-02T00:00:00Z");
    std::string source;

    double period_s() const;
    // Moon-fixed position, metres from the Moon's centre.
    Vec3d positionMoonFixed(const UtcTime& time) const;
    // The orbit's ellipse sampled at `points` true anomalies, Moon-fixed at `time`.
    std::vector<Vec3d> ellipseMoonFixed(const UtcTime& time, int points = 360) const;
};

} // namespace lunar
