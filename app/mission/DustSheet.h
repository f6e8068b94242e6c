#pragma once
// The sheet of regolith a landing engine blows out across the ground, as a function of the
// descent only, so that a film frame depends on its time alone. In vacuum the ejecta fly
// ballistically: the plume scours the ground under the lander and throws a thin, nearly flat
// cone of dust outward at 1-3 deg above the local terrain at hundreds of m/s (Immer, Lane,
// Metzger & Clements 2008, "Apollo video photogrammetry estimation of plume impingement
// effects", Earth & Space 2008, doi:10.1061/40988(323)1: ejection angle 1-3 deg from the
// Apollo landing films, a dependence of the angle on thrust; Surveyor III damage gives ejecta
// speeds of 400-2500 m/s). Nothing hangs in the air once the engine stops: the last ejecta
// leave at their speed and the sheet clears within a fraction of a second.
//
// The sheet starts when the lander, thrusting, comes below the onset height; it widens and
// thickens as the lander comes down (the plume's footprint narrows and its pressure on the
// ground rises), scaled by the throttle; its inner edge stays at the scoured area under the
// nozzle. Pure: the scene draws this state, tests check it.
#include "mission/DescentTrajectory.h"

#include <cstdint>
#include <string>

namespace lunar {

struct DustSheetOptions {
    // Height above the ground below which the plume lifts dust. Notional: "a few tens of
    // metres" on the Apollo landings, a figure we have not read in a primary source.
    double onset_height_m = 30.0;
    double min_angle_deg = 1.0;     // ejection angle near touchdown (Immer et al. 2008: 1-3 deg)
    double max_angle_deg = 3.0;     // ejection angle at the onset height (same range; which end
                                    // goes with which height is notional)
    double ejecta_speed_m_s = 400.0; // slowest ejecta that make the sheet's front and clear it
                                     // after cut-off (Surveyor III: 400-2500 m/s, Immer 2008)
    double onset_extent_m = 15.0;   // visible radius when the sheet starts (notional)
    double touchdown_extent_m = 90.0; // visible radius at full throttle near the ground (notional:
                                    // the dense part of the sheet; the ejecta fly on for km)
    double scoured_radius_m = 2.5;  // inner edge: the blown-clean ground under the nozzle (notional)
    double max_optical_depth = 0.8; // normal optical depth of the sheet's densest part with the
                                    // lander near the ground, at hover thrust (notional; Immer
                                    // 2008 give 1e8-1e13 particles/m^3, too wide a range to pin it)
    double streak_speed_m_s = 20.0; // outward drift of the streaks' density pattern on screen
                                    // (notional: the ejecta themselves are too fast to follow)
};

struct DustSheetState {
    bool active = false;          // false: nothing to draw (all other fields 0)
    double age_s = 0.0;           // since the sheet started
    double inner_radius_m = 0.0;  // the sheet runs from here ...
    double extent_m = 0.0;        // ... to here, along the ground from below the nozzle
    double ejection_angle_rad = 0.0; // above the local horizontal
    double optical_depth = 0.0;   // normal optical depth at the sheet's densest ring
    double streak_phase_m = 0.0;  // how far the streak pattern has moved outward
    std::uint32_t streak_seed = 0; // which radial streak pattern (fixed per landing)
};

// A landing's dust sheet over time: an immutable value built from its trajectory.
class DustSheet {
public:
    // `landing_name` picks the streak pattern (the same name, the same streaks on any machine).
    DustSheet(const DescentTrajectory& trajectory, const std::string& landing_name,
              const DustSheetOptions& options = {});

    // State at `t_s` since the start of the descent (the trajectory's time).
    DustSheetState at(double t_s) const;

    // When the sheet starts, and the last instant the engine thrusts after that (NaN if never).
    double onset_s() const { return onset_s_; }
    double cutoff_s() const { return cutoff_s_; }
    const DustSheetOptions& options() const { return options_; }

private:
    const DescentTrajectory* trajectory_;
    DustSheetOptions options_;
    double onset_s_;
    double cutoff_s_;
    std::uint32_t seed_;
};

// Height above the site's level of a point in site ENU (the tangent plane's z falls below
// the curved ground with distance: 400 km downrange it is some 46 km lower).
double heightAboveSite_m(const Vec3d& position_site_enu_m);

// FNV-1a of a name: a streak seed that is the same on every platform (std::hash is not).
std::uint32_t streakSeedOf(const std::string& name);

} // namespace lunar
