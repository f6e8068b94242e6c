#version 130
// Facility placeholders: view-space normal and position for simple sun lighting; the whole
// facility rises with the exaggerated ground under it.
uniform mat4 osg_ViewMatrix;
uniform mat4 osg_ViewMatrixInverse;
uniform float verticalExaggeration;
uniform vec4 liftUpAndHeight; // local up (ENU) and ground height above the sphere, metres
out vec3 viewNormal;
out vec3 viewPosition;
out vec3 enuPosition;

void main()
{
    vec4 view = gl_ModelViewMatrix * gl_Vertex;
    view.xyz += mat3(osg_ViewMatrix) *
                (liftUpAndHeight.xyz * (liftUpAndHeight.w * (verticalExaggeration - 1.0)));
    viewPosition = view.xyz;
    enuPosition = (osg_ViewMatrixInverse * view).xyz;
    viewNormal = normalize(gl_NormalMatrix * gl_Normal);
    gl_Position = gl_ProjectionMatrix * view;
}
