#version 130
// The Sun's glare: a square of directions around the Sun drawn at infinity (depth pinned
// like the sky's bodies). Pass 0 is the disc itself, for the occlusion probe that measures
// how much of it shows (scene/SunGlare); pass 1 is the glare, glareRadiusDeg across.
uniform vec3 sunDirectionEnu;
uniform float sunRadiusDeg;
uniform float glareRadiusDeg;
uniform int glarePass; // set by scene/SunGlare's drawable, not by a state set

out vec2 cornerDeg; // degrees from the Sun's centre, along two axes

void main()
{
    vec3 c = normalize(sunDirectionEnu);
    float radiusDeg = glarePass == 0 ? sunRadiusDeg : glareRadiusDeg;
    vec3 helper = abs(c.z) < 0.9 ? vec3(0.0, 0.0, 1.0) : vec3(1.0, 0.0, 0.0);
    vec3 t1 = normalize(cross(helper, c));
    vec3 t2 = cross(c, t1);
    float extent = tan(radians(radiusDeg));
    vec3 direction = c + extent * (gl_Vertex.x * t1 + gl_Vertex.y * t2);
    vec4 clip = gl_ProjectionMatrix * vec4(mat3(gl_ModelViewMatrix) * direction, 0.0);
    clip.z = clip.w * 0.999998;
    gl_Position = clip;
    cornerDeg = gl_Vertex.xy * radiusDeg;
}
