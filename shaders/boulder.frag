#version 130
// Boulders: faceted rock faces (the normal from the surface's screen derivatives) lit by the
// Sun where the horizon maps leave it visible and by earthshine, with the regolith's
// reflectance law at a higher albedo (fresh blocks are less space-weathered than the mature
// soil round them: a notional 1.6x), and the terrain's exposure and tone curve.
uniform mat4 osg_ViewMatrix;
uniform vec3 sunDirectionEnu;
uniform vec3 earthDirectionEnu;
uniform float earthshine;
uniform float exposure;
uniform float albedo; // the regolith's normal albedo

in vec3 viewPosition;
flat in float sunVisible;
flat in float earthVisible;
out vec4 fragColor;

const float kRockAlbedoGain = 1.6; // notional

void main()
{
    vec3 n = normalize(cross(dFdx(viewPosition), dFdy(viewPosition)));
    vec3 v = normalize(-viewPosition);
    if (dot(n, v) < 0.0)
        n = -n;
    vec3 s = normalize(mat3(osg_ViewMatrix) * sunDirectionEnu);
    vec3 e = normalize(mat3(osg_ViewMatrix) * earthDirectionEnu);
    float rockAlbedo = albedo * kRockAlbedoGain;
    float mu0 = max(dot(n, s), 0.0);
    float mu = max(dot(n, v), 1e-3);
    float radiance = regolithReflectance(mu0, mu, dot(s, v), rockAlbedo) * sunVisible +
                     rockAlbedo * earthshine * earthVisible * max(dot(n, e), 0.0);
    vec3 colour = encodeForDisplay(toneMap(vec3(radiance * exposure) * vec3(1.0, 0.985, 0.96)));
    fragColor = vec4(colour, 1.0);
}
