#version 130
// A boulder's shadow: an ellipse from the rock's centre to the shadow's tip (a disc under the
// rock), its edge widening with distance from the rock as the Sun's 0.53 degree disc blurs
// it, and its darkness falling where that blur grows wider than the rock. Drawn by
// multiplying what the terrain drew (blend: zero, source colour), taking away most of the
// direct sunlight: the shadowed ground keeps earthshine and light scattered off the terrain.
in vec2 shadowXy;
flat in vec3 shadowShape; // rock radius, shadow length, Sun's visible share
out vec4 fragColor;

const float kSunDiameterRad = 0.0093;
// What is left of a sunlit pixel's display value in full shadow (its encoded value: about
// 7 % of its radiance).
const float kShadowFloor = 0.3;

void main()
{
    float radius = shadowShape.x, length_m = shadowShape.y;
    float along = max(shadowXy.y, 0.0);
    float q = length(vec2(shadowXy.x / radius, shadowXy.y / (shadowXy.y > 0.0 ? length_m : radius)));
    float blur = along * kSunDiameterRad;
    float edge = max(fwidth(q), 1e-4) + blur / radius;
    float covered = 1.0 - smoothstep(1.0 - edge, 1.0 + edge, q);
    // Past where the Sun's disc is wider than the rock, the rock hides only part of it.
    float darkness = min(1.0, 2.0 * radius / max(blur, 1e-6)) * shadowShape.z * covered;
    if (darkness < 0.004)
        discard;
    fragColor = vec4(vec3(1.0 - (1.0 - kShadowFloor) * darkness), 1.0);
}
