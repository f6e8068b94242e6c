// Relay satellite orbits: period, periselene and aposelene, the far end over the south pole.
#include "core/MoonBody.h"
#include "mission/RelayOrbit.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace lunar;

TEST_CASE("Relay orbit: Queqiao-2's 200 x 16,000 km orbit takes about 24 hours and hangs "
          "over the south pole", "[relay]")
{
    const RelayOrbit q; // the defaults are Queqiao-2's published elements
    CHECK(q.period_s() / 3600.0 == Approx(24.3).margin(0.2));
    double lowest = 1e30, highest = 0.0;
    Vec3d far;
    for (double t = 0.0; t < q.period_s(); t += 60.0) {
        const Vec3d p = q.positionMoonFixed(q.epoch.plusSeconds(t));
        const double altitude = p.length() - moon::kRadius_m;
        lowest = std::min(lowest, altitude);
        if (altitude > highest) {
            highest = altitude;
            far = p;
        }
    }
    CHECK(lowest == Approx(200e3).margin(2e3));
    CHECK(highest == Approx(16000e3).margin(10e3));
    CHECK(far.z / far.length() < -0.85); // aposelene near 62 deg south: over the south pole side
    // One period later it is back where it was in the orbit (the Moon turned ~13 deg).
    const Vec3d a = q.positionMoonFixed(q.epoch), b = q.positionMoonFixed(q.epoch.plusSeconds(q.period_s()));
    CHECK(a.length() == Approx(b.length()).margin(1.0));
    CHECK(a.z == Approx(b.z).margin(1.0));
}
