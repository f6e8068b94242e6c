#version 130
// Landing dust sheet (scene/LandingDust): the mesh lies in the landing site's ENU frame, each
// vertex at (x, y, ground height). The ejecta leave the scoured ground under the nozzle in a
// straight line at the ejection angle; where the ground rises above that line the sheet
// runs along the ground instead (the dust strikes and slides up the slope).
uniform vec4 dustShape; // inner radius m, extent m, tan(ejection angle), lift above the ground m
out vec2 sheetXy;       // site ENU metres from below the nozzle
out vec3 viewPosition;
out vec3 viewUp;
out float aboveGround; // metres the sheet flies above the ground under it

void main()
{
    float r = length(gl_Vertex.xy);
    float z = max(gl_Vertex.z + dustShape.w, dustShape.w + r * dustShape.z);
    vec4 view = gl_ModelViewMatrix * vec4(gl_Vertex.xy, z, 1.0);
    sheetXy = gl_Vertex.xy;
    aboveGround = z - (gl_Vertex.z + dustShape.w);
    viewPosition = view.xyz;
    viewUp = gl_NormalMatrix * vec3(0.0, 0.0, 1.0);
    gl_Position = gl_ProjectionMatrix * view;
}
