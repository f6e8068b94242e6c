#pragma once
// The ground works a facility stands on (pure, no GL): a paved disc levelled just above the
// highest ground under it, for a landing pad a blast berm round its edge, and a fill apron from the berm's
// foot down to the terrain at the fill's slope, sampled around the pad so its outer edge lies
// on the ground everywhere, on slopes too; a short skirt tucks under the terrain beyond it so
// no sliver of sky shows where the drawn terrain's triangles depart from the interpolated
// heights. Terrain never pokes through the pad (it is above every sample of the ground under
// it), and the landers that touch down on it stand on its surface (gradedGround).
#include "core/Vec3d.h"
#include "mission/Facility.h"
#include "mission/FacilityPlacement.h"

#include <vector>

namespace lunar {

struct PadGradingOptions {
    double pad_radius_m = 0.0;    // the paved disc; 0: half the footprint's larger side
    bool berm = true;             // a blast berm round the disc (landing pads)
    double kerb_m = 0.25;         // paved surface above the highest ground under the pad
    double fill_slope_deg = 22.0; // the apron's slope, gentler than regolith's repose (~35)
    double min_apron_m = 1.0;     // the apron is at least this wide where the ground is high
    double max_apron_m = 60.0;    // and at most this (then it meets the ground there)
    double march_step_m = 0.25;   // the search outward for the ground
    double skirt_m = 0.4;         // the skirt: this far out and this far under the ground
    int azimuths = 72;            // samples round the pad
    int apron_rings = 5;          // rings from the berm's foot to the ground (both included)
};

struct PadGrading {
    double pad_radius_m = 0.0;   // the paved disc: half the footprint's larger side
    double berm_width_m = 0.0;   // the berm, outside the disc
    double berm_height_m = 0.0;  // its crest above the pad (model "berm_height_m", 0.8 m)
    double rim_radius_m = 0.0;   // the berm's outer foot, where the apron starts
    double top_m = 0.0;          // the paved surface, above the facility's base
    int azimuths = 0;
    // Apron rings in the facility's frame (x across its heading, y along it, z up from its
    // base), `azimuths` points each, starting at +y and turning toward +x: ring 0 on the
    // pad's surface at the rim, ring `ground_ring` on the terrain, then the skirt under it.
    std::vector<std::vector<Vec3d>> rings;
    std::size_t ground_ring = 0;
};

// The ground works each kind of facility gets: a landing pad its footprint with a berm; an
// array or a mast just its footing; anything else its footprint and half a metre.
PadGradingOptions groundWorksFor(const Facility& facility);

// `base_m`: the facility's base (its footprint's median ground, FacilityPlacement). Throws
// LunarError("facility <id>", ...) if the ground is unknown somewhere around the pad.
PadGrading gradePad(const Facility& pad, double base_m, const GroundHeight& ground,
                    const PadGradingOptions& options = {});

// Selenographic height of a point of the facility's frame (x, y, z as above), so tests and
// the apron speak of the same place.
LatLonHeight padPointSelenographic(const Facility& pad, double base_m, const Vec3d& local);

// The ground with the graded pads of these facilities (category "landing") standing on it:
// the pad's surface inside each paved disc, `ground` elsewhere. Pads whose ground is unknown
// are left out.
GroundHeight gradedGround(const std::vector<Facility>& facilities, const GroundHeight& ground);

} // namespace lunar
