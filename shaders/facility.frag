#version 130
// Facility placeholders: diffuse + a little specular under the Sun (painted surfaces, not
// regolith), earthshine ambient, the same exposure and tone curve as the terrain.
uniform mat4 osg_ViewMatrix;
uniform vec3 sunDirectionEnu;
uniform float exposure;
uniform float earthshine;
uniform vec4 facilityColour;     // linear RGB albedo of the category
uniform float sunVisible;        // visible Sun fraction at the facility (terrain shadow)

in vec3 viewNormal;
in vec3 viewPosition;
out vec4 fragColor;

vec3 toneMap(vec3 x)
{
    return clamp((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0.0, 1.0);
}

void main()
{
    vec3 n = normalize(viewNormal);
    vec3 s = normalize(mat3(osg_ViewMatrix) * sunDirectionEnu);
    vec3 v = normalize(-viewPosition);
    float diffuse = max(dot(n, s), 0.0) * sunVisible;
    float specular = pow(max(dot(reflect(-s, n), v), 0.0), 32.0) * 0.3 * step(0.0, dot(n, s)) * sunVisible;
    vec3 radiance = facilityColour.rgb * (diffuse + earthshine * 4.0) + vec3(specular);
    fragColor = vec4(pow(toneMap(radiance * exposure), vec3(1.0 / 2.2)), 1.0);
}
