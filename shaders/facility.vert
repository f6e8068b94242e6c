#version 130
// Facility placeholders: view-space normal and position for simple sun lighting.
out vec3 viewNormal;
out vec3 viewPosition;

void main()
{
    vec4 view = gl_ModelViewMatrix * gl_Vertex;
    viewPosition = view.xyz;
    viewNormal = normalize(gl_NormalMatrix * gl_Normal);
    gl_Position = gl_ProjectionMatrix * view;
}
