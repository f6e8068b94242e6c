#version 130
#extension GL_ARB_draw_instanced : require
// A boulder's shadow on the ground (scene/BoulderNodes): one quad per instance laid on the
// plane of the ground under the rock (its DEM normal), from a rock radius on the Sun's side
// of its centre to where the Sun's ray over its top meets that plane. The fragment stage cuts
// the shadow's shape out of it. At the 1-2 degree Sun of the pole a rock's shadow is 30-60
// times its height: what makes boulders show from a height. None where the terrain already
// hides the Sun, or where the ground faces away from it.
#include "boulder_instance.glsl"
#include "horizon.glsl"

out vec2 shadowXy;          // metres: across the shadow, along it from the rock's centre
flat out vec3 shadowShape;  // rock radius, shadow length, darkness (0..1)

// Shadows longer than this many rock heights are cut (a Sun at the horizon).
const float kLongestPerHeight = 120.0;

void main()
{
    BoulderInstance b = boulderInstance(gl_InstanceIDARB);
    vec3 baseView = (gl_ModelViewMatrix * vec4(b.base, 1.0)).xyz;
    vec3 s = sunDirectionEnu;
    vec3 n = b.groundNormal;
    float elevation = elevationDeg(b.up, s);
    float sun = discAbove(elevation - horizonDegAt(b.demPixel, sunGridAngle), sunRadiusDeg);
    float towardSun = dot(s, n);
    shadowXy = vec2(0.0);
    shadowShape = vec3(0.0);
    if (boulderPixels(b, baseView) < kBoulderLeastPx || sun < 0.01 || towardSun < 0.005) {
        gl_Position = kNoVertex;
        return;
    }
    // The ray over the rock's top meets the ground plane at base + top - t s.
    float top = b.height - b.buried;
    vec3 topPoint = b.up * top;
    float t = dot(topPoint, n) / towardSun;
    vec3 reach = topPoint - s * t;
    float length_m = min(length(reach), kLongestPerHeight * top);
    vec3 along = reach / max(length(reach), 1e-6);
    vec3 across = normalize(cross(n, along));
    float radius = 0.5 * b.diameter;
    float x = gl_Vertex.x * radius;
    float y = gl_Vertex.y > 0.0 ? length_m : -radius;
    vec4 view = gl_ModelViewMatrix * vec4(b.base + across * x + along * y, 1.0);
    // Pulled toward the eye so the plane does not sink into the triangles it lies over.
    view.xyz *= 1.0 - max(0.03, 0.002 * length(view.xyz)) / max(length(view.xyz), 1e-3);
    shadowXy = vec2(x, y);
    shadowShape = vec3(radius, length_m, sun);
    gl_Position = gl_ProjectionMatrix * view;
}
