#include "astro/BodyTrack.h"

#include "astro/MoonCentredEphemeris.h"
#include "core/Angles.h"
#include "core/LunarError.h"
#include "core/PhysicalConstants.h"

#include <cmath>

namespace lunar::astro {

BodyTrack bodyTrack(const UtcTime& from, const UtcTime& to, double step_s)
{
    if (!(step_s > 0.0))
        throw LunarError("time step", "must be positive");
    const double span_s = to.secondsSince(from);
    if (!(span_s > 0.0))
        throw LunarError("date range", to.toIso() + " is not after " + from.toIso());
    const auto count = static_cast<std::size_t>(std::ceil(span_s / step_s - 1e-9));
    BodyTrack track;
    track.from = from;
    track.step_s = step_s;
    track.sun_m.reserve(count);
    track.earth_m.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const MoonCentredBodies bodies = moonCentredBodies(track.timeAt(i));
        track.sun_m.push_back(bodies.sun_m);
        track.earth_m.push_back(bodies.earth_m);
    }
    return track;
}

std::vector<Vec3d> extremeSunPositions_m(bool south, int steps)
{
    const double latitude_rad = degToRad(south ? -kMaxSubsolarLatitude_deg : kMaxSubsolarLatitude_deg);
    std::vector<Vec3d> out;
    out.reserve(static_cast<std::size_t>(steps));
    for (int i = 0; i < steps; ++i) {
        const double lon_rad = kTwoPi * i / steps;
        out.push_back(Vec3d{std::cos(latitude_rad) * std::cos(lon_rad),
                            std::cos(latitude_rad) * std::sin(lon_rad), std::sin(latitude_rad)} *
                      kAstronomicalUnit_m);
    }
    return out;
}

} // namespace lunar::astro
