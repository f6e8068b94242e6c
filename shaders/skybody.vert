#version 130
// The Sun's disc or the Earth's globe: a square of directions around the body's direction,
// as wide as its apparent diameter, drawn at infinity (depth pinned to the far plane).
uniform int bodyKind; // 0: Sun, 1: Earth
uniform vec3 sunDirectionEnu;
uniform float sunRadiusDeg;
uniform vec3 earthDirectionEnu;
uniform float earthRadiusDeg;

out vec2 corner;        // -1..1 across the disc
flat out vec3 centre;   // body direction (ENU)
flat out vec3 across1;  // unit vectors spanning the disc (ENU)
flat out vec3 across2;

void main()
{
    vec3 c = normalize(bodyKind == 0 ? sunDirectionEnu : earthDirectionEnu);
    float radius = tan(radians(bodyKind == 0 ? sunRadiusDeg : earthRadiusDeg));
    vec3 helper = abs(c.z) < 0.9 ? vec3(0.0, 0.0, 1.0) : vec3(1.0, 0.0, 0.0);
    vec3 t1 = normalize(cross(helper, c));
    vec3 t2 = cross(c, t1);
    vec3 direction = c + radius * (gl_Vertex.x * t1 + gl_Vertex.y * t2);
    vec4 clip = gl_ProjectionMatrix * vec4(mat3(gl_ModelViewMatrix) * direction, 0.0);
    clip.z = clip.w * 0.999998;
    gl_Position = clip;
    corner = gl_Vertex.xy;
    centre = c;
    across1 = t1;
    across2 = t2;
}
