#version 130
// Glowing things that light nothing (the engine plume, dust lit by it): position only.
uniform mat4 osg_ViewMatrix;
void main()
{
    gl_Position = gl_ModelViewProjectionMatrix * gl_Vertex;
}
