// Surface detail below the DEM's resolution: small craters whose sizes follow the lunar
// equilibrium curve (Trask 1966), drawn by bending the shading normal and by each crater's
// own rim shadow. Included by terrain.frag; terrain/SurfaceDetail.h is the reference (same
// hash, same formulas, in double precision) and documents the cells and the profile.
//
// Positions come in two parts so that small craters stay sharp far from the DEM's origin:
// the tile's first DEM pixel (an integer, exact in a float) and the point's DEM pixel
// coordinates relative to it (small, so precise); cells are counted from the two apart.
uniform float surfaceDetailEnabled;   // the "detail" layer (LayerVisibility)
uniform float surfaceDetailPixel_m;   // the DEM's pixel size; 0: no detail on this terrain
uniform int surfaceDetailLevels;      // cells of 1, 1/2, ... 1/2^(levels-1) DEM pixels
uniform vec3 surfaceDetailCellLaw;    // min and max crater diameter (cells), chance of one
uniform vec4 surfaceDetailShape;      // ejecta radii, rim / floor depth, fresh and subdued depth / D
uniform vec2 surfaceDetailFadePx;     // a crater fades in between these many pixels across
uniform vec2 surfacePixelOrigin;      // the tile's first vertex, DEM pixel-centre coordinates
in vec2 surfaceLocalPixel;            // DEM pixel-centre coordinates minus surfacePixelOrigin
in vec4 surfaceAxesEnu;               // ENU east, north metres per DEM pixel: col (xy), row (zw)

// MurmurHash3's 32-bit finaliser (Appleby 2011), as detailMix in SurfaceDetail.cpp.
uint detailMix(uint x)
{
    x ^= x >> 16;
    x *= 0x85ebca6bu;
    x ^= x >> 13;
    x *= 0xc2b2ae35u;
    x ^= x >> 16;
    return x;
}

uint detailCellHash(ivec2 cell, uint level)
{
    uint h = detailMix(uint(cell.x) + 0x9e3779b9u);
    h = detailMix((h ^ uint(cell.y)) + 0x7f4a7c15u);
    return detailMix((h ^ level) + 0x94d049bbu);
}

float detailUnit(uint cellHash, uint k)
{
    return float(detailMix(cellHash + k * 0x9e3779b9u) >> 8) * (1.0 / 16777216.0);
}

struct SurfaceDetail {
    vec3 normalEnu; // the shading normal with the craters' slopes
    float sunlit;   // share of the Sun's disc the craters' rims leave visible
};

// The detail at this fragment. `normalEnu`: the DEM's shading normal; `sunEnu`: unit vector
// toward the Sun; `towardEyeEnu`: unit vector toward the eye; all in the base ENU frame.
SurfaceDetail surfaceDetail(vec3 normalEnu, vec3 sunEnu, float sunRadiusRad, vec3 towardEyeEnu)
{
    // Derivatives first, while control flow is uniform. The pixel's footprint on the ground:
    // the root of its area fades craters (their apparent size), its longest side widens
    // shadow edges (DetailFootprint in SurfaceDetail.h).
    vec2 acrossX = dFdx(surfaceLocalPixel) * surfaceDetailPixel_m;
    vec2 acrossY = dFdy(surfaceLocalPixel) * surfaceDetailPixel_m;
    float footprint = sqrt(abs(acrossX.x * acrossY.y - acrossX.y * acrossY.x));
    float longest = max(length(acrossX), length(acrossY));
    SurfaceDetail result = SurfaceDetail(normalEnu, 1.0);
    if (surfaceDetailEnabled < 0.5 || surfaceDetailPixel_m <= 0.0)
        return result;
    float ejectaRadii = surfaceDetailShape.x;
    float rimPerFloor = surfaceDetailShape.y;

    // Detail frame (metres along the DEM's columns and rows) <-> ENU east and north.
    mat2 toEnu = mat2(surfaceAxesEnu.xy, surfaceAxesEnu.zw) / surfaceDetailPixel_m;
    float det = toEnu[0][0] * toEnu[1][1] - toEnu[1][0] * toEnu[0][1];
    if (abs(det) < 1e-6)
        return result;
    mat2 fromEnu = mat2(toEnu[1][1], -toEnu[0][1], -toEnu[1][0], toEnu[0][0]) / det;

    // The Sun over the DEM's local plane: its direction along the plane, in the detail frame,
    // and the tangent of its elevation above the plane.
    float sinElevation = dot(normalEnu, sunEnu);
    vec3 alongPlane = sunEnu - normalEnu * sinElevation;
    float tanElevation = sinElevation / max(length(alongPlane), 1e-4);
    vec2 toward = fromEnu * alongPlane.xy;
    toward = dot(toward, toward) > 1e-12 ? normalize(toward) : vec2(1.0, 0.0);

    vec2 slope = vec2(0.0); // d height / d (detail frame)
    float sunlit = 1.0;
    for (int level = 0; level < surfaceDetailLevels; ++level) {
        float cellsPerPixel = exp2(float(level));
        float cell_m = surfaceDetailPixel_m / cellsPerPixel;
        if (surfaceDetailCellLaw.y * cell_m <= surfaceDetailFadePx.x * footprint)
            break; // craters only get smaller from here on
        // The cell: integer part from the origin, the rest from the small local coordinates.
        vec2 local = (surfaceLocalPixel + 0.5) * cellsPerPixel;
        vec2 whole = floor(local);
        ivec2 cell = ivec2(surfacePixelOrigin * cellsPerPixel) + ivec2(whole);
        vec2 inCell = local - whole; // 0..1 across the cell
        // This cell and its neighbours across the nearer edges: no other crater reaches here.
        ivec2 towardNearer = ivec2(inCell.x < 0.5 ? -1 : 1, inCell.y < 0.5 ? -1 : 1);
        for (int n = 0; n < 4; ++n) {
            ivec2 offset = ivec2(n & 1, n >> 1) * towardNearer;
            uint h = detailCellHash(cell + offset, uint(level));
            if (detailUnit(h, 0u) >= surfaceDetailCellLaw.z)
                continue;
            float lo = 1.0 / (surfaceDetailCellLaw.x * surfaceDetailCellLaw.x);
            float hi = 1.0 / (surfaceDetailCellLaw.y * surfaceDetailCellLaw.y);
            float diameter_m = cell_m * inversesqrt(lo - detailUnit(h, 1u) * (lo - hi));
            float radius_m = 0.5 * diameter_m;
            vec2 centre = vec2(offset) + vec2(detailUnit(h, 2u), detailUnit(h, 3u));
            vec2 p = (inCell - centre) * cell_m; // from the crater's centre
            float r = length(p) / radius_m;
            if (r >= ejectaRadii)
                continue;
            float fade = smoothstep(surfaceDetailFadePx.x * footprint,
                                    surfaceDetailFadePx.y * footprint, diameter_m);
            float depth = mix(surfaceDetailShape.z, surfaceDetailShape.w, detailUnit(h, 4u));
            float floor_m = depth * diameter_m / (1.0 + rimPerFloor);
            float rim_m = floor_m * rimPerFloor;
            if (r < 1.0) {
                float rise = floor_m + rim_m;
                float height = -floor_m + rise * r * r;
                vec2 g = 2.0 * rise / (radius_m * radius_m) * p;
                slope += fade * g;
                // The up-Sun rim: where the ray toward the Sun leaves the bowl.
                float b = dot(p, toward);
                float toRim = -b + sqrt(max(b * b - dot(p, p) + radius_m * radius_m, 0.0));
                float hidden = (rim_m - height) - toRim * tanElevation;
                float ramp = max(2.0 * sunRadiusRad * toRim,
                                 longest * (length(g) + abs(tanElevation)));
                float lit = clamp(0.5 - hidden / max(ramp, 1e-6), 0.0, 1.0);
                sunlit *= 1.0 - fade * (1.0 - lit);
            } else {
                float t = (r - 1.0) / (ejectaRadii - 1.0);
                float along = -rim_m * 6.0 * t * (1.0 - t) / ((ejectaRadii - 1.0) * radius_m);
                slope += fade * along * p / max(length(p), 1e-6);
            }
        }
    }

    // Slope in ENU (the gradient transforms with the inverse transpose), laid along the DEM's
    // plane, bends the normal away from uphill.
    vec3 gradient = vec3(transpose(fromEnu) * slope, 0.0);
    gradient -= normalEnu * dot(normalEnu, gradient);
    vec3 n = normalize(normalEnu - gradient);
    // A facet turned away from the eye would be hidden by the ground before it: keep every
    // normal a little toward the eye, or grazing views sparkle.
    float facing = dot(n, towardEyeEnu);
    if (facing < 0.05)
        n = normalize(n + towardEyeEnu * (0.05 - facing));
    result.normalEnu = n;
    result.sunlit = sunlit;
    return result;
}
