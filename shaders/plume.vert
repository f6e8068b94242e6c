#version 130
// Engine plume glow (scene/LanderNodes): a cone opening below the nozzle exit, in the
// plume's own frame (z = 0 at the exit, -z downstream, unit length and exit radius scaled
// by the model matrix). Passes where a fragment lies along and across the cone.
out vec3 plumeLocal;
out vec3 viewPosition;
out vec3 viewNormal;

void main()
{
    plumeLocal = gl_Vertex.xyz;
    vec4 view = gl_ModelViewMatrix * gl_Vertex;
    viewPosition = view.xyz;
    viewNormal = gl_NormalMatrix * gl_Normal;
    gl_Position = gl_ProjectionMatrix * view;
}
