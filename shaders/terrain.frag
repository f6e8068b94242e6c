#version 130
// Regolith shading: Hapke's reflectance with the opposition effect, or Lunar-Lambert
// (McEwen 1991) as photometricModel says (photometry.glsl), lit by the visible fraction of
// the Sun's disc above the terrain horizon (soft shadows from the horizon maps) and not
// hidden by a facility (shadow map), earthshine
// from the Earth's direction, also shadowed by the horizon, and sunlight scattered off the
// Sun-facing terrain behind a point as the other lights; then
// exposure and filmic tone mapping to sRGB. The layers panel can instead ask for a fixed
// hillshade, colours by elevation or slope over it, and a kilometre grid on top.
uniform sampler2D shadingMap;   // rg: east and north of the unit normal (base ENU frame)
uniform sampler3D horizonCoarse; // horizon maps: a slice per direction (horizonDegFromTexel)
uniform sampler3D horizonDetail; // finer map around the base (or the coarse one again)
uniform float horizonDirections;
uniform float detailPresent;
uniform mat4 osg_ViewMatrix;    // supplied by OSG: ENU (world) -> view
uniform vec3 sunDirectionEnu;   // unit vector toward the Sun, base ENU frame
uniform float sunRadiusDeg;     // apparent radius of the solar disc
uniform float sunGridAngle;     // the Sun's direction as a horizon-map grid angle, radians
uniform vec3 earthDirectionEnu;
uniform float earthRadiusDeg;
uniform float earthGridAngle;
uniform float earthshine;       // irradiance from the Earth, relative to full Sun
uniform float exposure;         // scene-referred -> display multiplier
uniform float albedo;           // normal albedo of the regolith
uniform float verticalExaggeration;
uniform int terrainShading;     // 0 sunlit, 1 hillshade, 2 elevation, 3 slope (LayerVisibility)
uniform float gridEnabled;      // > 0.5: draw the base-frame kilometre grid
uniform vec2 heightRange;       // lowest and highest height of the DEM, metres

in vec3 viewPosition;
in vec3 viewUp;
in vec3 enuUp;
in vec3 enuPosition;
in vec2 shadingUv;
in vec2 coarseUv;
in vec2 detailUv;
in float heightAboveSphere;
in vec2 analysisUv;
uniform sampler2D analysisMap;   // an analysis map (R32F, NaN where it has no data)
uniform sampler2D analysisRamp;  // its colour scale, 0..1 along s
uniform vec2 analysisRange;      // the values at the two ends of the scale
uniform float analysisOpacity;   // 0: no map shown
out vec4 fragColor;
#include "surface_detail.glsl"

// 1 inside the DEM, falling smoothly to 0 at its edge over a band of demEdgeBand (a share
// of the DEM's width and height): there the terrain fades into the globe's smooth shading,
// so from a height the DEM does not read as a square patch.
uniform vec2 demEdgeBand;
float demEdgeFade(vec2 uv)
{
    vec2 inside = min(uv, 1.0 - uv) / max(demEdgeBand, vec2(1e-6));
    vec2 f = smoothstep(0.0, 1.0, clamp(inside, 0.0, 1.0));
    return f.x * f.y;
}

// Mip level from the area of the pixel's footprint in texels. Terrain is seen at grazing
// angles, where the usual max-axis choice blurs it and draws a crease along the line where
// the two screen axes swap roles; the area measure is smooth (and anisotropic filtering is
// too slow on software renderers).
vec4 sampleShading(vec2 uv)
{
    vec2 texels = vec2(textureSize(shadingMap, 0));
    float along_x = length(dFdx(uv) * texels);
    float along_y = length(dFdy(uv) * texels);
    float lod = 0.5 * log2(max(along_x * along_y, 1e-8));
    return textureLod(shadingMap, uv, max(lod, 0.0));
}

// Horizon elevation (degrees) toward a grid angle, from the detail map where this point
// lies inside it. Slice k holds direction k; the texture filters between neighbouring slices
// (and wraps the last onto the first).
float horizonDeg(float gridAngle)
{
    float r = (gridAngle / kTwoPi * horizonDirections + 0.5) / horizonDirections;
    bool inDetail = detailPresent > 0.5 && all(greaterThanEqual(detailUv, vec2(0.0))) &&
                    all(lessThanEqual(detailUv, vec2(1.0)));
    float stored = inDetail ? texture(horizonDetail, vec3(detailUv, r)).r
                            : texture(horizonCoarse, vec3(coarseUv, r)).r;
    return horizonDegFromTexel(stored);
}

// Facility shadows: the fraction of a 3 x 3 neighbourhood of the Sun's depth map that does
// not hide this point (outside the map: lit; beyond its far side: behind every caster).
uniform sampler2DShadow facilityShadowMap;
uniform mat4 facilityShadowMatrix;
uniform float facilityShadowTexel;

float facilityLight(vec3 enuPosition)
{
    vec4 c = facilityShadowMatrix * vec4(enuPosition, 1.0);
    if (c.x <= 0.0 || c.x >= 1.0 || c.y <= 0.0 || c.y >= 1.0 || c.z <= 0.0)
        return 1.0;
    float depth = min(c.z, 1.0) - 0.0005;
    float lit = 0.0;
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx)
            lit += texture(facilityShadowMap,
                           vec3(c.xy + vec2(dx, dy) * facilityShadowTexel, depth));
    return lit / 9.0;
}

// Visible fraction of a disc of radius r whose centre stands h above a straight horizon.
float discAbove(float h, float r)
{
    float x = clamp(h / r, -1.0, 1.0);
    return 1.0 - (acos(x) - x * sqrt(1.0 - x * x)) / kPi;
}

// Elevation (degrees) of a direction above this point's local horizontal.
float elevationDeg(vec3 directionEnu)
{
    return degrees(asin(clamp(dot(normalize(enuUp), directionEnu), -1.0, 1.0)));
}

// Piecewise-linear colour ramp through five stops at 0, 0.25, 0.5, 0.75, 1.
vec3 ramp(float t, vec3 c0, vec3 c1, vec3 c2, vec3 c3, vec3 c4)
{
    t = clamp(t, 0.0, 1.0) * 4.0;
    if (t < 1.0) return mix(c0, c1, t);
    if (t < 2.0) return mix(c1, c2, t - 1.0);
    if (t < 3.0) return mix(c2, c3, t - 2.0);
    return mix(c3, c4, t - 3.0);
}

// Grid lines every 1 km in the base frame, every 10 km or 100 km when seen from afar:
// anti-aliased to about a pixel wide whatever the distance.
float gridLine(vec2 p)
{
    float metresPerPixel = length(fwidth(p));
    float spacing = metresPerPixel < 25.0 ? 1000.0 : (metresPerPixel < 250.0 ? 10000.0 : 100000.0);
    vec2 distancePx = abs(fract(p / spacing - 0.5) - 0.5) * spacing / max(fwidth(p), vec2(1e-4));
    return 1.0 - clamp(min(distancePx.x, distancePx.y) - 0.5, 0.0, 1.0);
}

void main()
{
    vec2 en = sampleShading(shadingUv).rg;
    vec3 normalEnu = vec3(en, sqrt(max(1.0 - dot(en, en), 0.0)));
    mat3 enuToView = mat3(osg_ViewMatrix);
    SurfaceDetail detail = surfaceDetail(normalEnu, sunDirectionEnu, radians(sunRadiusDeg),
                                         normalize(-viewPosition * enuToView));
    vec3 n = normalize(enuToView * detail.normalEnu);
    // Exaggerated heights steepen slopes by the same factor: shrink the normal's vertical part.
    vec3 up = normalize(viewUp);
    float along_up = dot(n, up);
    n = normalize(n - up * along_up + up * (along_up / verticalExaggeration));
    vec3 s = normalize(enuToView * sunDirectionEnu);
    vec3 v = normalize(-viewPosition);

    float mu0 = max(dot(n, s), 0.0);
    float mu = max(dot(n, v), 1e-3);
    float reflectance = regolithReflectance(mu0, mu, dot(s, v), albedo);

    float sunVisible = discAbove(elevationDeg(sunDirectionEnu) - horizonDeg(sunGridAngle),
                                 sunRadiusDeg) * facilityLight(enuPosition) * detail.sunlit;
    float earthVisible = discAbove(elevationDeg(earthDirectionEnu) - horizonDeg(earthGridAngle),
                                   earthRadiusDeg);
    vec3 e = normalize(enuToView * earthDirectionEnu);
    float radiance = reflectance * sunVisible +
                     albedo * earthshine * earthVisible * max(dot(n, e), 0.0);
    // Sunlight scattered once off the terrain: ground rising behind this point on the side
    // away from the Sun faces the Sun and lights what lies below it (how permanently
    // shadowed floors are seen at all). Its cosine-weighted share of the sky is about a third
    // of sin^2 of its elevation (it spans some 120 deg of azimuth); its radiance that of a
    // 20 deg wall facing a grazing Sun, albedo x sin(21.5 deg). It comes from the wall's
    // middle height, so slopes facing the wall take more of it (relative to level ground)
    // and the floor keeps its relief.
    float wallRad = radians(max(horizonDeg(sunGridAngle + kPi), 0.0));
    vec3 awayFromSun = -normalize(s - up * dot(s, up) + up * 1e-4);
    vec3 toWall = normalize(awayFromSun * cos(0.5 * wallRad) + up * sin(0.5 * wallRad));
    float facing = min(max(dot(n, toWall), 0.0) / max(dot(up, toWall), 0.05), 3.0);
    radiance += albedo * (0.37 * albedo) * (sin(wallRad) * sin(wallRad) / 3.0) * facing *
                discAbove(elevationDeg(sunDirectionEnu), sunRadiusDeg);
    radiance = mix(smoothGlobeRadiance(albedo, up, v, s, e, earthshine), radiance,
                   demEdgeFade(coarseUv));
    vec3 colour = encodeForDisplay(toneMap(vec3(radiance * exposure) * vec3(1.0, 0.985, 0.96)));
    // Review shadings and analysis maps: a fixed light from the north-west, 45 deg up.
    vec3 light = normalize(enuToView * vec3(-0.5, 0.5, 0.70710678));
    float relief = 0.2 + 0.8 * max(dot(n, light), 0.0);
    if (terrainShading != 0) {
        vec3 tint = vec3(0.85);
        if (terrainShading == 2) {
            float t = (heightAboveSphere - heightRange.x) / max(heightRange.y - heightRange.x, 1.0);
            tint = ramp(t, vec3(0.15, 0.2, 0.6), vec3(0.1, 0.6, 0.75), vec3(0.3, 0.7, 0.3),
                        vec3(0.85, 0.75, 0.3), vec3(0.95, 0.95, 0.95));
        } else if (terrainShading == 3) {
            float slopeDeg = degrees(acos(clamp(dot(normalEnu, normalize(enuUp)), -1.0, 1.0)));
            tint = ramp(slopeDeg / 40.0, vec3(0.2, 0.65, 0.25), vec3(0.65, 0.8, 0.2),
                        vec3(0.95, 0.8, 0.15), vec3(0.9, 0.35, 0.1), vec3(0.7, 0.1, 0.45));
        }
        colour = tint * relief;
    }
    if (analysisOpacity > 0.0) {
        // An analysis map over the shading, its colour on the hillshade so relief still reads.
        float value = texture(analysisMap, analysisUv).r;
        if (!isnan(value) && all(greaterThanEqual(analysisUv, vec2(0.0))) && all(lessThanEqual(analysisUv, vec2(1.0)))) {
            float t = (value - analysisRange.x) / max(analysisRange.y - analysisRange.x, 1e-6);
            vec4 c = texture(analysisRamp, vec2(clamp(t, 0.0, 1.0), 0.5));
            colour = mix(colour, c.rgb * (0.45 + 0.55 * relief), c.a * analysisOpacity);
        }
    }
    if (gridEnabled > 0.5)
        colour = mix(colour, vec3(0.35, 0.8, 1.0), 0.65 * gridLine(enuPosition.xy));
    fragColor = vec4(colour, 1.0);
}
