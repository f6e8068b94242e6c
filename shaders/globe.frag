#version 130
// Lambert shading of the albedo map under the Sun (no terrain shadows at this scale), with
// the terrain's exposure and tone curve, so the globe and the terrain read alike.
uniform sampler2D moonMap;
uniform vec3 sunDirectionEnu;
uniform float exposure;
uniform float globeGain; // albedo map value -> normal albedo
in vec3 normalEnu;
in vec2 mapUv;
in vec3 viewPosition;
out vec4 fragColor;

vec3 toneMap(vec3 x)
{
    return clamp((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0.0, 1.0);
}

void main()
{
    vec3 albedo = pow(texture(moonMap, mapUv).rgb, vec3(2.2)) * globeGain;
    float lit = max(dot(normalize(normalEnu), sunDirectionEnu), 0.0);
    // Seen from afar the terrain's grazing-light exposure would blow the disc out.
    vec3 colour = toneMap(albedo * lit * exposure * 0.25);
    fragColor = vec4(pow(colour, vec3(1.0 / 2.2)), 1.0);
}
