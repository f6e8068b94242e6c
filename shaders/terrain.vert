#version 130
// Terrain vertex stage: vertical exaggeration (each vertex moves along its local up by its
// height above the sphere times (factor - 1)), view-space position for the view direction,
// texture coordinates into the shading map (ENU normal + visible Sun fraction).
uniform float verticalExaggeration;
in vec4 upAndHeight; // xyz: local up (ENU), w: height above the 1737.4 km sphere, metres

out vec3 viewPosition;
out vec3 viewUp;
out vec2 shadingUv;

void main()
{
    vec4 vertex = gl_Vertex;
    vertex.xyz += upAndHeight.xyz * (upAndHeight.w * (verticalExaggeration - 1.0));
    vec4 view = gl_ModelViewMatrix * vertex;
    viewPosition = view.xyz;
    viewUp = mat3(gl_ModelViewMatrix) * upAndHeight.xyz; // tiles are only translated
    shadingUv = gl_MultiTexCoord0.xy;
    gl_Position = gl_ProjectionMatrix * view;
}
