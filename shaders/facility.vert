#version 130
// Facility and lander models: view-space normal and position for the Sun's light, the part's
// texture coordinates (for panel cell grids), and the lift of the exaggerated ground: a whole
// facility rises with the ground under its base, a graded pad (groundFollow 1) vertex by
// vertex with its own height, so its outer edge stays on the exaggerated terrain.
uniform mat4 osg_ViewMatrix;
uniform mat4 osg_ViewMatrixInverse;
uniform float verticalExaggeration;
uniform vec4 liftUpAndHeight; // local up (ENU) and ground height above the sphere, metres
uniform float groundFollow;   // 0: rigid; 1: each vertex lifted by base + its local z
out vec3 viewNormal;
out vec3 viewPosition;
out vec3 enuPosition;
out vec2 partUv;

void main()
{
    vec4 view = gl_ModelViewMatrix * gl_Vertex;
    float height_m = liftUpAndHeight.w + groundFollow * gl_Vertex.z;
    view.xyz += mat3(osg_ViewMatrix) *
                (liftUpAndHeight.xyz * (height_m * (verticalExaggeration - 1.0)));
    viewPosition = view.xyz;
    enuPosition = (osg_ViewMatrixInverse * view).xyz;
    viewNormal = normalize(gl_NormalMatrix * gl_Normal);
    partUv = gl_MultiTexCoord0.xy;
    gl_Position = gl_ProjectionMatrix * view;
}
