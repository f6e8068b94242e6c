#version 130
// Facility placeholders: diffuse + a little specular under the Sun (painted surfaces, not
// regolith) where neither terrain nor another facility shadows them, earthshine ambient, the same exposure and tone curve as the terrain.
uniform mat4 osg_ViewMatrix;
uniform vec3 sunDirectionEnu;
uniform float exposure;
uniform float earthshine;
uniform vec4 facilityColour;     // linear RGB albedo of the category
uniform float sunVisible;        // visible Sun fraction at the facility (terrain shadow)
uniform float notional;          // 1: a placement no source gives, drawn hatched

in vec3 viewNormal;
in vec3 viewPosition;
in vec3 enuPosition;
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

void main()
{
    vec3 n = normalize(viewNormal);
    vec3 s = normalize(mat3(osg_ViewMatrix) * sunDirectionEnu);
    vec3 v = normalize(-viewPosition);
    float lit = sunVisible * facilityLight(enuPosition);
    float diffuse = max(dot(n, s), 0.0) * lit;
    float specular = pow(max(dot(reflect(-s, n), v), 0.0), 32.0) * 0.3 * step(0.0, dot(n, s)) * lit;
    vec3 albedo = facilityColour.rgb;
    if (notional > 0.5) { // diagonal hatching, 0.5 m stripes, fixed to the ground
        float stripe = step(0.5, fract((enuPosition.x + enuPosition.y + enuPosition.z) * 1.0));
        albedo = mix(albedo, vec3(0.9, 0.55, 0.15), 0.45 * stripe);
    }
    vec3 radiance = albedo * (diffuse + earthshine * 4.0) + vec3(specular);
    fragColor = vec4(encodeForDisplay(toneMap(radiance * exposure)), 1.0);
}
