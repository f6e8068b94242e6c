#version 130
// The whole Moon as a smooth sphere with the albedo map under the Sun and earthshine (no
// terrain shadows at this scale): the terrain's photometry (common.glsl's
// smoothGlobeRadiance, which the terrain also fades into toward the DEM's edge), exposure
// and tone curve, so the globe and the terrain read alike. Without an albedo map the globe
// is an even grey of the Moon's mean albedo; with a global DEM's relief map its normals tilt
// with the ground. Around the DEM the globe takes the terrain's plain albedo, so the map's
// different brightness does not outline the DEM. A map that is not there is never sampled.
uniform sampler2D moonMap;
uniform sampler2D reliefMap;
uniform bool hasAlbedoMap;
uniform bool hasReliefMap;
uniform mat4 osg_ViewMatrix;
uniform vec3 sunDirectionEnu;
uniform vec3 earthDirectionEnu;
uniform float earthshine;
uniform vec3 moonPoleEnu; // the Moon's north pole direction, for the relief's east and north
uniform float exposure;
uniform float globeGain;   // albedo map value -> normal albedo
uniform float plainAlbedo; // normal albedo without a map, and the terrain's
uniform vec2 demCapCos;    // cosines of the angles from the base within which the globe
                           // takes the plain albedo (x) and beyond which the map's (y)
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
    vec3 albedo = vec3(plainAlbedo);
    if (hasAlbedoMap) {
        // The base is the ENU frame's up: its angle from here says how near the DEM this is.
        float plain_share = smoothstep(demCapCos.y, demCapCos.x, up.z);
        albedo = mix(decodeFromDisplay(texture(moonMap, mapUv).rgb) * globeGain, albedo,
                     plain_share);
    }
    mat3 enuToView = mat3(osg_ViewMatrix);
    vec3 n = normalize(enuToView * normal);
    vec3 v = normalize(-viewPosition);
    vec3 s = normalize(enuToView * sunDirectionEnu);
    vec3 e = normalize(enuToView * earthDirectionEnu);
    vec3 radiance = albedo * smoothGlobeRadiance(1.0, n, v, s, e, earthshine);
    vec3 colour = toneMap(radiance * exposure);
    fragColor = vec4(encodeForDisplay(colour), 1.0);
}
