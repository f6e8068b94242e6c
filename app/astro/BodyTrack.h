#pragma once
// Where the Sun and the Earth are at regular steps over a date range, Moon-fixed: the input
// of the illumination and Earth-visibility maps. Computed once and shared by every pixel
// (ERFA costs ~0.1 ms per instant; a year at hourly steps is under a second).
#include "core/UtcTime.h"
#include "core/Vec3d.h"

#include <vector>

namespace lunar::astro {

struct BodyTrack {
    UtcTime from = UtcTime::parseIso("2000-01-01");
    double step_s = 3600.0;
    std::vector<Vec3d> sun_m;   // Moon-fixed, from the Moon's centre, one per step
    std::vector<Vec3d> earth_m; // the same for the Earth's centre

    std::size_t size() const { return sun_m.size(); }
    UtcTime timeAt(std::size_t i) const { return from.plusSeconds(step_s * static_cast<double>(i)); }
};

// Samples at from, from + step, ... strictly before `to` (each stands for the step that
// follows it). Throws LunarError when `to` is not after `from` or the step is not positive.
BodyTrack bodyTrack(const UtcTime& from, const UtcTime& to, double step_s);

// The Sun's largest distance from the lunar equator (subsolar latitude) in any year: the
// 1.543 deg between the lunar equator and the ecliptic (Cassini's laws) plus the physical
// libration's few hundredths. Our ephemeris stays under it from 2000 to 2060 (tested).
constexpr double kMaxSubsolarLatitude_deg = 1.59;
// The Sun's largest apparent radius from the Moon (perihelion, Moon on the Sun's side).
constexpr double kMaxSunAngularRadius_deg = 0.2735;

// The Sun at the most favourable declination for a pole's terrain (toward that pole by
// kMaxSubsolarLatitude_deg) at `steps` subsolar longitudes around the sky, 1 au away:
// a place never lit by any of them is never lit at all (permanent shadow). `south` picks
// the pole.
std::vector<Vec3d> extremeSunPositions_m(bool south, int steps);

} // namespace lunar::astro
