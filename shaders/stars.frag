#version 130
// A star: a small round point, brightest at its centre.
in float brightness;
out vec4 fragColor;

void main()
{
    vec2 p = gl_PointCoord * 2.0 - 1.0;
    float falloff = max(0.0, 1.0 - 0.5 * dot(p, p)); // > 0 at every covered pixel
    fragColor = vec4(vec3(brightness * falloff), 1.0);
}
