#version 130
// The whole Moon seen from afar: a sphere with the albedo map; position in the base ENU frame
// for the lighting, texture coordinates from longitude and latitude.
uniform mat4 osg_ViewMatrix;
out vec3 normalEnu;
out vec2 mapUv;
out vec3 viewPosition;
void main()
{
    normalEnu = gl_Normal;          // the sphere node is only translated: ENU directions
    mapUv = gl_MultiTexCoord0.xy;
    vec4 view = gl_ModelViewMatrix * gl_Vertex;
    viewPosition = view.xyz;
    gl_Position = gl_ProjectionMatrix * view;
}
