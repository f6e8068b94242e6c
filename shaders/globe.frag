#version 130
// Lambert shading of the albedo map under the Sun (no terrain shadows at this scale), with
// the terrain's exposure and tone curve, so the globe and the terrain read alike. Without an
// albedo map the globe is an even grey of the Moon's mean albedo; with a global DEM's relief
// map its normals tilt with the ground. A map that is not there is never sampled.
uniform sampler2D moonMap;
uniform sampler2D reliefMap;
uniform bool hasAlbedoMap;
uniform bool hasReliefMap;
uniform vec3 sunDirectionEnu;
uniform vec3 moonPoleEnu; // the Moon's north pole direction, for the relief's east and north
uniform float exposure;
uniform float globeGain;   // albedo map value -> normal albedo
uniform float plainAlbedo; // normal albedo without a map
in vec3 normalEnu;
in vec2 mapUv;
in vec3 viewPosition;
out vec4 fragColor;

void main()
{
    vec3 up = normalize(normalEnu);
    vec3 normal = up;
    if (hasReliefMap) {
        vec3 east = cross(moonPoleEnu, up);
        if (dot(east, east) > 1e-8) { // the poles have no east: left untilted there
            east = normalize(east);
            vec3 north = cross(up, east);
            vec3 local = texture(reliefMap, mapUv).xyz * 2.0 - 1.0;
            normal = normalize(local.x * east + local.y * north + local.z * up);
        }
    }
    vec3 albedo = hasAlbedoMap ? decodeFromDisplay(texture(moonMap, mapUv).rgb) * globeGain
                               : vec3(plainAlbedo);
    float lit = max(dot(normal, sunDirectionEnu), 0.0);
    // Seen from afar the terrain's grazing-light exposure would blow the disc out.
    vec3 colour = toneMap(albedo * lit * exposure * 0.25);
    fragColor = vec4(encodeForDisplay(colour), 1.0);
}
