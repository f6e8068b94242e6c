#version 130
// Sun: a limb-darkened disc far brighter than anything else (it saturates, as it does for
// any camera). Earth: a globe lit from the Sun's direction, so its phase is the true one,
// with the xplanet picture of the Earth turned to the date (or a plain blue globe).
uniform int bodyKind;
uniform vec3 sunDirectionEnu;
uniform mat3 enuToEarthFixed;
uniform sampler2D earthMap;
uniform float earthTextured;
uniform float exposure;           // the scene's (mission/CameraExposure)
uniform float earthExposureShare; // the Earth's share of it: a grazing-sun exposure for the
uniform float earthExposureMax;   // terrain would clip the bright Earth to white

in vec2 corner;
flat in vec3 centre;
flat in vec3 across1;
flat in vec3 across2;
out vec4 fragColor;

void main()
{
    float rr = dot(corner, corner);
    if (rr > 1.0)
        discard;
    float mu = sqrt(1.0 - rr);
    if (bodyKind == 0) {
        float limb = 1.0 - 0.6 * (1.0 - mu); // solar limb darkening, visible band
        fragColor = vec4(vec3(1.0, 0.97, 0.92) * (0.75 + 0.25 * limb), 1.0);
        return;
    }
    // The globe's outward normal at this pixel: toward the viewer is -centre.
    vec3 normal = normalize(corner.x * across1 + corner.y * across2 - mu * centre);
    float lit = max(dot(normal, normalize(sunDirectionEnu)), 0.0);
    vec3 albedo = vec3(0.22, 0.30, 0.45);
    if (earthTextured > 0.5) {
        vec3 fixedNormal = enuToEarthFixed * normal;
        float lon = atan(fixedNormal.y, fixedNormal.x);
        float lat = asin(clamp(fixedNormal.z, -1.0, 1.0));
        vec2 uv = vec2(lon / kTwoPi + 0.5, lat / kPi + 0.5);
        albedo = decodeFromDisplay(texture(earthMap, uv).rgb);
    }
    float earthExposure = min(exposure * earthExposureShare, earthExposureMax);
    vec3 colour = toneMap(albedo * lit * earthExposure);
    fragColor = vec4(encodeForDisplay(colour), 1.0);
}
