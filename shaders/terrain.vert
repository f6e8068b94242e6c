#version 130
// Terrain vertex stage: vertical exaggeration (each vertex moves along its local up by its
// height above the sphere times (factor - 1)), view-space position for the view direction,
// texture coordinates into the shading map (ENU normal) and into the horizon maps, and the
// height for the elevation colours.
uniform float verticalExaggeration;
uniform vec4 coarseUvFromDemPixel; // xy: scale, zw: offset
uniform vec4 detailUvFromDemPixel;
uniform vec4 analysisUvFromDemPixel; // the draped analysis map's texture coordinates
uniform vec4 shadingUvFromDemPixel; // the tile's shading map (TerrainNode)
uniform vec3 tileFromMoonCentre;    // the tile's origin seen from the Moon's centre, ENU metres
uniform mat4 osg_ViewMatrixInverse;
in float heightAboveSphereIn; // metres above the 1737.4 km sphere
in vec2 demPixel;             // DEM pixel-centre coordinates (col, row)
uniform vec4 demAxesEnu; // the tile's ENU east, north metres per DEM pixel along col (xy), row (zw)
uniform vec2 surfacePixelOrigin; // the tile's first vertex in DEM pixels (an integer pair)

out vec3 viewPosition;
out vec3 viewUp;
out vec3 enuUp;
out vec3 enuPosition; // base ENU, metres (facility shadow lookups, the grid)
out float heightAboveSphere; // metres (elevation colours)
out vec2 shadingUv;
out vec2 coarseUv;
out vec2 detailUv;
out vec2 analysisUv;
out vec2 surfaceLocalPixel; // the surface detail's position (shaders/surface_detail.glsl)
out vec4 surfaceAxesEnu;

void main()
{
    // Local up: away from the Moon's centre (tiles are only translated, so the tile's frame
    // is ENU's).
    vec3 up = normalize(tileFromMoonCentre + gl_Vertex.xyz);
    vec4 vertex = gl_Vertex;
    vertex.xyz += up * (heightAboveSphereIn * (verticalExaggeration - 1.0));
    vec4 view = gl_ModelViewMatrix * vertex;
    viewPosition = view.xyz;
    enuPosition = (osg_ViewMatrixInverse * view).xyz;
    viewUp = mat3(gl_ModelViewMatrix) * up;
    enuUp = up;
    heightAboveSphere = heightAboveSphereIn;
    shadingUv = demPixel * shadingUvFromDemPixel.xy + shadingUvFromDemPixel.zw;
    coarseUv = demPixel * coarseUvFromDemPixel.xy + coarseUvFromDemPixel.zw;
    detailUv = demPixel * detailUvFromDemPixel.xy + detailUvFromDemPixel.zw;
    analysisUv = demPixel * analysisUvFromDemPixel.xy + analysisUvFromDemPixel.zw;
    surfaceLocalPixel = demPixel - surfacePixelOrigin; // exact: both hold whole pixels
    surfaceAxesEnu = demAxesEnu;
    gl_Position = gl_ProjectionMatrix * view;
}
