#pragma once
// Radial profile of an impact crater relative to the surface it formed on.
//
// Fresh shapes follow the lunar depth/diameter and rim-height/diameter relations of
// Pike (1977, "Size-dependence in the shape of fresh impact craters on the Moon"):
//   simple (D < 15 km):  depth = 0.196 D^1.010, rim height = 0.036 D^1.014   (km)
//   complex (D >= 15 km): depth = 1.044 D^0.301, rim height = 0.236 D^0.399  (km)
// Degradation (0 fresh .. 1 nearly erased) shallows the bowl, lowers the rim and softens the
// wall, the way diffusive topographic degradation does (Fassett & Thomson 2014).

namespace lunar {

struct CraterShape {
    double radius_m = 0.0;
    double depth_m = 0.0;          // floor below the pre-impact surface
    double rim_height_m = 0.0;     // rim crest above the pre-impact surface
    double floor_fraction = 0.0;   // flat-floor radius / crater radius (complex craters)
    double peak_height_m = 0.0;    // central peak above the floor (complex craters)
    double softness = 0.0;         // 0 sharp bowl .. 1 smooth cosine wall
};

CraterShape freshCraterShape(double diameter_m);
CraterShape degradedCraterShape(const CraterShape& fresh, double degradation);

// Height relative to the pre-impact surface at `distance_m` from the centre. Reaches zero
// smoothly at 4 radii (the ejecta blanket's outer edge).
double craterRelief(const CraterShape& shape, double distance_m);

// How much of the pre-existing relief the crater erases at `distance_m` (1 inside the
// cavity, 0 outside the rim): the excavated bowl replaces older topography.
double craterErasure(const CraterShape& shape, double distance_m);

constexpr double kCraterInfluenceRadii = 4.0;

} // namespace lunar
