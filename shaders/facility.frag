#version 130
// Facility and lander models under the Sun: Lambert diffuse with each part's albedo plus a
// Blinn-Phong highlight whose strength and exponent are the part's finish (foil and metal
// tint it with their albedo), where neither terrain nor another facility shadows them;
// earthshine ambient; the same exposure and tone curve as the terrain. Solar cells draw a
// grid of bright frame lines over their texture coordinates; foil is crinkled by a cheap
// ripple of its highlight. All per-part inputs are uniforms on the part's StateSet.
uniform mat4 osg_ViewMatrix;
uniform vec3 sunDirectionEnu;
uniform float exposure;
uniform float earthshine;
uniform vec4 facilityColour;     // linear RGB albedo of the part
uniform vec4 facilityFinish;     // specular strength, exponent, metallic (0..1), crinkle (0..1)
uniform vec4 cellGrid;           // cells along u and v, frame line width (cell fraction), frame albedo
uniform float sunVisible;        // visible Sun fraction at the facility (terrain shadow)
uniform float notional;          // 1: a placement no source gives, drawn hatched

in vec3 viewNormal;
in vec3 viewPosition;
in vec3 enuPosition;
in vec2 partUv;
out vec4 fragColor;

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

// 1 on the frame lines between cells, 0 inside a cell (anti-aliased by the pixel footprint).
float cellFrame(vec2 uv)
{
    if (cellGrid.x <= 0.0)
        return 0.0;
    vec2 cell = uv * cellGrid.xy;
    vec2 distance = min(fract(cell), 1.0 - fract(cell)); // to the nearest line, in cells
    // Far off, a line thinner than a pixel fades to its share of the cell instead of widening.
    vec2 blur = fwidth(cell) + 1e-4;
    vec2 line = (1.0 - smoothstep(vec2(0.5 * cellGrid.z), vec2(0.5 * cellGrid.z) + blur, distance)) *
                min(vec2(1.0), cellGrid.z / blur);
    return max(line.x, line.y);
}

// The integral of the hatching's square wave (0 on [0, 0.5), 1 on [0.5, 1) of each metre).
float hatchIntegral(float u)
{
    return 0.5 * floor(u) + max(fract(u) - 0.5, 0.0);
}

void main()
{
    vec3 n = normalize(viewNormal);
    if (!gl_FrontFacing)
        n = -n; // thin panels and open dishes are seen from both sides
    vec3 s = normalize(mat3(osg_ViewMatrix) * sunDirectionEnu);
    vec3 v = normalize(-viewPosition);
    float lit = sunVisible * facilityLight(enuPosition);
    float diffuse = max(dot(n, s), 0.0) * lit;
    vec3 h = normalize(s + v);
    float exponent = max(facilityFinish.y, 1.0);
    float crinkle = facilityFinish.w *
                    (0.5 + 0.5 * sin(dot(enuPosition, vec3(7.1, 5.3, 6.7))) *
                               sin(dot(enuPosition, vec3(-4.3, 8.9, 3.1))));
    float highlight = pow(max(dot(n, h), 0.0), exponent * (1.0 - 0.8 * crinkle)) *
                      facilityFinish.x * (1.0 + crinkle) * step(0.0, dot(n, s)) * lit;
    vec3 albedo = facilityColour.rgb;
    float frame = cellFrame(partUv);
    albedo = mix(albedo, vec3(cellGrid.w), frame);
    if (notional > 0.5) { // diagonal hatching, 0.5 m stripes, fixed to the ground
        // Box-filtered over the pixel's footprint (the integral of the square wave), so far
        // stripes blend to their mean instead of beating against the pixel grid (moire).
        float u = enuPosition.x + enuPosition.y + enuPosition.z;
        float w = max(fwidth(u), 1e-4);
        float stripe = (hatchIntegral(u + 0.5 * w) - hatchIntegral(u - 0.5 * w)) / w;
        albedo = mix(albedo, vec3(0.9, 0.55, 0.15), 0.45 * stripe);
    }
    vec3 specular = mix(vec3(1.0), facilityColour.rgb / max(facilityColour.g, 0.05),
                        facilityFinish.z) * highlight;
    vec3 radiance = albedo * (diffuse + earthshine * 4.0) + specular;
    fragColor = vec4(encodeForDisplay(toneMap(radiance * exposure)), 1.0);
}
