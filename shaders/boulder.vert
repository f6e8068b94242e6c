#version 130
#extension GL_ARB_draw_instanced : require
// Boulders (scene/BoulderNodes): one rock per instance, from a unit sphere mesh. Each vertex
// belongs to the fine mesh (w = 1) or the coarse one (w = 0); an instance draws with the one
// that suits its size on screen, and not at all below kBoulderLeastPx. The sphere becomes a
// rock: lumps that differ by variant, flattened to the boulder's height, turned by its yaw
// and sunk into the ground by its buried part. The Sun's visible share at its DEM pixel comes
// from the terrain's horizon maps, once per vertex (the same for the whole rock).
#include "boulder_instance.glsl"
#include "horizon.glsl"

uniform mat4 osg_ViewMatrix;
uniform vec3 earthDirectionEnu;
uniform float earthRadiusDeg;
uniform float earthGridAngle;

out vec3 viewPosition;
flat out float sunVisible;
flat out float earthVisible;

// Rocks wider than this many pixels take the fine mesh.
const float kFineMeshPx = 10.0;

// Radial lumps of a variant's rock: two low-order waves over the sphere and a flat face.
float lumps(vec3 d, float variant)
{
    vec3 a = normalize(vec3(sin(1.7 * variant + 0.3), cos(2.3 * variant + 1.1), sin(3.1 * variant + 2.0)));
    vec3 b = normalize(vec3(cos(0.9 * variant + 2.5), sin(1.3 * variant + 0.7), cos(2.9 * variant + 0.4)));
    return 0.14 * sin(3.0 * dot(d, a) + variant) + 0.09 * sin(5.0 * dot(d, b) + 2.0 * variant) -
           0.12 * max(dot(d, normalize(a + b)) - 0.6, 0.0) / 0.4;
}

void main()
{
    BoulderInstance b = boulderInstance(gl_InstanceIDARB);
    vec3 baseView = (gl_ModelViewMatrix * vec4(b.base, 1.0)).xyz;
    float px = boulderPixels(b, baseView);
    bool fine = gl_Vertex.w > 0.5;
    if (px < kBoulderLeastPx || fine != (px > kFineMeshPx)) {
        gl_Position = kNoVertex;
        viewPosition = vec3(0.0);
        sunVisible = 0.0;
        earthVisible = 0.0;
        return;
    }
    // The rock in its own frame: x, y across (elongated by variant), z up from its base.
    vec3 d = gl_Vertex.xyz;
    vec3 rock = d * (1.0 + lumps(d, b.variant));
    rock.y *= 0.72 + 0.09 * b.variant;
    float c = cos(b.yaw), s = sin(b.yaw);
    rock.xy = vec2(c * rock.x - s * rock.y, s * rock.x + c * rock.y) * (0.5 * b.diameter);
    rock.z = (0.5 * rock.z + 0.5) * b.height - b.buried;
    // Its frame on the ground: up the local vertical, x toward the local east.
    vec3 east = normalize(vec3(1.0, 0.0, 0.0) - b.up * b.up.x);
    vec3 north = cross(b.up, east);
    vec3 local = b.base + east * rock.x + north * rock.y + b.up * rock.z;
    vec4 view = gl_ModelViewMatrix * vec4(local, 1.0);
    viewPosition = view.xyz;
    sunVisible = discAbove(elevationDeg(b.up, sunDirectionEnu) - horizonDegAt(b.demPixel, sunGridAngle),
                           sunRadiusDeg);
    earthVisible = discAbove(elevationDeg(b.up, earthDirectionEnu) -
                                 horizonDegAt(b.demPixel, earthGridAngle), earthRadiusDeg);
    gl_Position = gl_ProjectionMatrix * view;
}
