#version 130
// Landing dust sheet: a thin layer of regolith grains lit by the Sun, drawn "over" the scene
// with premultiplied alpha. Its normal optical depth falls as 1/r beyond kDenseRadius_m
// (grains leaving at one speed spread over a ring that grows with r) and is modulated by
// radial streaks (a per-landing pattern of rays) with density waves drifting outward; its
// opacity along the view is 1 - exp(-tau / mu), so grazing views see it thicker. Each grain
// scatters sunlight with the regolith's single-scattering albedo (hapkeScattering.x) and a
// Henyey-Greenstein phase function peaked forward (grains much larger than the wavelength:
// g notional), so the sheet is brightest looking toward the Sun. Sunlight reaches it where
// the horizon maps say the solar disc shows at its position, as on the terrain (or, where it
// flies over a hollow, at the landing point's).
uniform mat4 osg_ViewMatrix;
uniform vec3 sunDirectionEnu;
uniform float sunRadiusDeg;
uniform float sunGridAngle;
uniform float exposure;
uniform float earthshine;

uniform vec4 dustShape;      // inner radius m, extent m, tan(ejection angle), lift m
uniform vec4 dustFlow;       // normal optical depth, streak phase m, streak seed (0..997), 0
uniform vec2 dustDemPixel;   // DEM pixel (centre coordinates) below the nozzle
uniform vec4 dustDemPixelPerMetre; // d(col,row)/d(east m), d(col,row)/d(north m), site ENU

in vec2 sheetXy;
in vec3 viewPosition;
in vec3 viewUp;
in float aboveGround;
out vec4 fragColor;

const float kForwardG = 0.6;       // Henyey-Greenstein asymmetry (notional)
const float kStreaks = 64.0;       // rays round the sheet
const float kWaveLength_m = 7.0;   // spacing of the outward-drifting density waves (notional)
const float kDenseRadius_m = 12.0; // the 1/r thinning starts this far out (notional)

float hash(float i)
{
    return fract(sin(i * 12.9898 + dustFlow.z * 78.233) * 43758.5453);
}

// Smooth noise round the circle: `cells` values, wrapping.
float ringNoise(float turns, float cells)
{
    float x = turns * cells;
    float i = floor(x);
    float f = x - i;
    f = f * f * (3.0 - 2.0 * f);
    return mix(hash(mod(i, cells) + cells), hash(mod(i + 1.0, cells) + cells), f);
}

#include "horizon.glsl"

void main()
{
    float r = length(sheetXy);
    float inner = dustShape.x, extent = dustShape.y;
    float turns = atan(sheetXy.y, sheetXy.x) / kTwoPi + 0.5;
    // Rays: two scales of noise round the sheet, each ray reaching its own length.
    float ray = ringNoise(turns, kStreaks) * (0.55 + 0.45 * ringNoise(turns, 17.0));
    float reach = extent * (0.7 + 0.3 * ringNoise(turns, 29.0));
    // Their phase varies smoothly round the sheet (a phase stepping from ray to ray would draw
    // a chequerboard of cells).
    float waves = 0.8 + 0.2 * sin(kTwoPi * (r - dustFlow.y) / kWaveLength_m +
                                  kTwoPi * ringNoise(turns + 0.37, 11.0));
    float density = (0.25 + 0.75 * ray * ray) * waves;
    float ring = smoothstep(inner, inner + 2.0, r) * (1.0 - smoothstep(0.45 * reach, reach, r));
    float tau = dustFlow.x * min(1.0, kDenseRadius_m / max(r, 1e-3)) * density * ring;
    if (tau < 1e-4)
        discard;
    vec3 v = normalize(-viewPosition);
    vec3 up = normalize(viewUp);
    float mu = max(abs(dot(up, v)), 0.04);
    float alpha = min(1.0 - exp(-tau / mu), 0.9);

    vec3 s = normalize(mat3(osg_ViewMatrix) * sunDirectionEnu);
    vec2 demPixel = dustDemPixel + sheetXy.x * dustDemPixelPerMetre.xy +
                    sheetXy.y * dustDemPixelPerMetre.zw;
    float elevation = elevationDeg(up, s);
    // Dust on the ground sees the ground's horizon; dust flying over a hollow is at the level of
    // the ground it left, whose horizon it shares (the hollow's walls do not shade it).
    float sunOnGround = discAbove(elevation - horizonDegAt(demPixel, sunGridAngle), sunRadiusDeg);
    float sunAtSite = discAbove(elevation - horizonDegAt(dustDemPixel, sunGridAngle), sunRadiusDeg);
    float sunVisible = mix(sunOnGround, sunAtSite, clamp(aboveGround / 2.0, 0.0, 1.0));
    // Scattering angle: from the Sun's rays (-s) to the eye (v).
    float cosTheta = dot(-s, v);
    float g = kForwardG;
    float phase = (1.0 - g * g) / pow(1.0 + g * g - 2.0 * g * cosTheta, 1.5);
    // Grains deep in a thick sheet lie in the shadow of those nearer the Sun (notional share).
    float selfShadow = 1.0 / (1.0 + 3.0 * tau);
    float w = hapkeScattering.x;
    float radiance = hapkeGain * w * phase / 4.0 * sunVisible * selfShadow +
                     w * earthshine * 0.25;
    vec3 colour = encodeForDisplay(toneMap(vec3(radiance * exposure) * vec3(1.0, 0.985, 0.96)));
    fragColor = vec4(colour * alpha, alpha);
}
