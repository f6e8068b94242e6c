#version 130
// Terrain vertex stage: view-space position for the view direction, texture coordinates into
// the shading map (ENU normal + visible Sun fraction).
out vec3 viewPosition;
out vec2 shadingUv;

void main()
{
    vec4 view = gl_ModelViewMatrix * gl_Vertex;
    viewPosition = view.xyz;
    shadingUv = gl_MultiTexCoord0.xy;
    gl_Position = gl_ProjectionMatrix * view;
}
