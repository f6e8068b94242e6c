#pragma once
// One small crater of the drawn surface detail (terrain/SurfaceDetail): its relief, the
// slope of that relief, and whether its own up-Sun rim hides the Sun from a point in it.
// shaders/surface_detail.glsl evaluates the same formulas; this is their reference.
//
// Shape: a paraboloid bowl inside the rim crest (r < R), then a raised rim falling to the
// surrounding level along a smoothstep by kDetailEjectaRadii radii. The rim height is not
// free: it is set so that the rim and ejecta above the surrounding level hold exactly the
// volume the bowl lacks below it. A crater thus adds no mean height, and its relief is
// zero beyond its ejecta, so it adds nothing at scales larger than itself.
//
// Fresh craters are about 0.2 D deep from rim crest to floor (Pike 1977, "Size-dependence in
// the shape of fresh impact craters on the Moon": depth = 0.196 D^1.010 km); degraded ones
// keep the shape with a shallower depth. Because the rim must balance the bowl within 1.6
// radii, rims stand about 0.29 of the crest-to-floor depth (0.059 D when fresh) where Pike
// measured 0.036 D: real ejecta spread the same volume further (McGetchin et al. 1973).
//
// Shadow (a paraboloid is convex along every chord, so along the ray toward the Sun the
// only point that can rise above the ray is where it leaves the bowl, the up-Sun rim): a
// point inside is in shadow when its depth below the rim exceeds the horizontal distance to
// the rim along the Sun's azimuth times the tangent of the Sun's elevation. Exact for one
// crater; it ignores shadows cast onto the crater from outside it.
namespace lunar {

// The ejecta apron ends this many crater radii from the centre.
constexpr double kDetailEjectaRadii = 1.6;

// Rim height over floor depth (both measured from the surrounding level) that makes the
// crater's volume zero: 0.25 / (0.25 + E), E the apron's volume integral.
double detailRimPerFloorDepth();

struct DetailCrater {
    double x_m = 0.0; // centre, detail frame (terrain/SurfaceDetail.h)
    double y_m = 0.0;
    double radius_m = 0.0;       // rim crest radius, D / 2
    double floor_depth_m = 0.0;  // centre below the surrounding level
    double rim_height_m = 0.0;   // rim crest above the surrounding level
};

// A crater of `diameter_m` whose rim crest stands `depth_per_diameter` * D above its floor.
DetailCrater detailCrater(double x_m, double y_m, double diameter_m, double depth_per_diameter);

struct DetailRelief {
    double height_m = 0.0; // above the surrounding level
    double dx = 0.0;       // d height / d x (metres per metre)
    double dy = 0.0;
};

DetailRelief detailCraterRelief(const DetailCrater& crater, double x_m, double y_m);

// The Sun as seen from the local surface (the DEM's plane at the point): unit horizontal
// direction toward it in the detail frame, the tangent of its elevation above that plane,
// and its apparent radius.
struct DetailSun {
    double toward_x = 1.0;
    double toward_y = 0.0;
    double tan_elevation = 0.0;
    double radius_rad = 0.0;
};

// Share of the Sun's disc that the crater's rim leaves visible from (x_m, y_m): 1 outside
// the bowl. The shadow edge is a ramp as wide as the disc's penumbra or, on screen, as the
// pixel footprint (`footprint_m`, metres per pixel) makes it; with both zero it is a step.
double detailCraterSunlit(const DetailCrater& crater, double x_m, double y_m,
                          const DetailSun& sun, double footprint_m);

} // namespace lunar
