// One boulder of a tile's instance texture (scene/BoulderNodes writes it, three texels each):
//   0: base on the mesh (tile-local ENU metres), its height above the sphere (metres)
//   1: diameter + 8 x variant, height above its base plus buried part, DEM pixel-centre
//      coordinates relative to the tile's first pixel
//   2: the ground's unit normal (ENU east, north), turn about the vertical (radians), buried
// and where it stands with the scene's vertical exaggeration. Included by boulder.vert and
// boulder_shadow.vert.
uniform sampler2D boulderData;
uniform int boulderFirst;             // the block's first boulder in the texture
uniform vec3 boulderOriginFromMoonCentre; // the tile node's origin seen from the Moon's centre
uniform vec2 boulderPixelOrigin;      // the tile's first DEM pixel (an integer pair)
uniform float boulderRadiansPerPx;    // one screen pixel's angle in this view
uniform float verticalExaggeration;
uniform vec3 sunDirectionEnu;
uniform float sunRadiusDeg;
uniform float sunGridAngle;

// Boulders narrower than this many pixels are not drawn (their shadows neither).
const float kBoulderLeastPx = 0.5;

struct BoulderInstance {
    vec3 base;        // tile-local, lifted by the exaggeration
    vec3 up;          // local vertical
    vec3 groundNormal;
    float diameter;
    float height;
    float buried;
    float yaw;
    float variant;
    vec2 demPixel;    // DEM pixel-centre coordinates
};

vec4 boulderTexel(int texel)
{
    int width = textureSize(boulderData, 0).x;
    return texelFetch(boulderData, ivec2(texel - (texel / width) * width, texel / width), 0);
}

BoulderInstance boulderInstance(int instance)
{
    int texel = 3 * (boulderFirst + instance);
    vec4 t0 = boulderTexel(texel);
    vec4 t1 = boulderTexel(texel + 1);
    vec4 t2 = boulderTexel(texel + 2);
    BoulderInstance b;
    b.up = normalize(boulderOriginFromMoonCentre + t0.xyz);
    b.base = t0.xyz + b.up * (t0.w * (verticalExaggeration - 1.0));
    b.variant = floor(t1.x / 8.0);
    b.diameter = t1.x - 8.0 * b.variant;
    b.height = t1.y;
    b.demPixel = boulderPixelOrigin + t1.zw;
    vec3 n = vec3(t2.xy, 0.0);
    n.z = sqrt(max(1.0 - dot(n.xy, n.xy), 0.0));
    b.groundNormal = n;
    b.yaw = t2.z;
    b.buried = t2.w;
    return b;
}

// Its width in pixels seen from the eye (view-space base point `view`).
float boulderPixels(BoulderInstance b, vec3 view)
{
    return b.diameter / max(length(view) * boulderRadiansPerPx, 1e-9);
}

// A vertex that draws nothing: outside the clip volume, so its triangles are culled.
const vec4 kNoVertex = vec4(2.0, 2.0, 2.0, 1.0);
