// The terrain's horizon at a DEM pixel, for shaders that light something standing on the
// ground (dust sheets, boulders): the same maps and lookup as terrain.frag, which reads them
// through interpolated texture coordinates instead. Included with #include "horizon.glsl".
uniform sampler3D horizonCoarse; // a slice per direction (scene/HorizonTextures)
uniform sampler3D horizonDetail; // finer map around the base (or the coarse one again)
uniform float horizonDirections;
uniform float detailPresent;
uniform vec4 coarseUvFromDemPixel; // xy: scale, zw: offset
uniform vec4 detailUvFromDemPixel;

// Horizon elevation (degrees) toward a grid angle at DEM pixel-centre coordinates, from the
// detail map where the point lies inside it.
float horizonDegAt(vec2 demPixel, float gridAngle)
{
    vec2 coarseUv = demPixel * coarseUvFromDemPixel.xy + coarseUvFromDemPixel.zw;
    vec2 detailUv = demPixel * detailUvFromDemPixel.xy + detailUvFromDemPixel.zw;
    float r = (gridAngle / kTwoPi * horizonDirections + 0.5) / horizonDirections;
    bool inDetail = detailPresent > 0.5 && all(greaterThanEqual(detailUv, vec2(0.0))) &&
                    all(lessThanEqual(detailUv, vec2(1.0)));
    float stored = inDetail ? textureLod(horizonDetail, vec3(detailUv, r), 0.0).r
                            : textureLod(horizonCoarse, vec3(coarseUv, r), 0.0).r;
    return horizonDegFromTexel(stored);
}

// Elevation (degrees) of a unit direction above the horizontal of local up `up`.
float elevationDeg(vec3 up, vec3 direction)
{
    return degrees(asin(clamp(dot(up, direction), -1.0, 1.0)));
}

// Visible fraction of a disc of radius r whose centre stands h above a straight horizon.
float discAbove(float h, float r)
{
    float x = clamp(h / r, -1.0, 1.0);
    return 1.0 - (acos(x) - x * sqrt(1.0 - x * x)) / kPi;
}
