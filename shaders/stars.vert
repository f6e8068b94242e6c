#version 130
// Catalogue stars as points at infinity: ICRF directions turned into the base ENU frame by
// the Moon's orientation at the scene's date, depth pinned to the far plane (terrain hides
// them). Size and brightness follow the magnitude.
uniform mat3 icrfToEnu;
uniform float starBrightness; // display brightness of a magnitude-0 star, 0..1
in float magnitude;

out float brightness;

void main()
{
    vec3 enu = icrfToEnu * gl_Vertex.xyz;
    vec4 clip = gl_ProjectionMatrix * vec4(mat3(gl_ModelViewMatrix) * enu, 0.0);
    clip.z = clip.w * 0.999999;
    gl_Position = clip;
    // Magnitudes compressed (0.6 of the true flux ratio per magnitude) so that both Sirius
    // and sixth-magnitude stars show on a display.
    brightness = clamp(starBrightness * pow(10.0, -0.24 * magnitude), 0.03, 1.0);
    gl_PointSize = mix(2.0, 4.0, clamp((2.5 - magnitude) / 4.0, 0.0, 1.0));
}
