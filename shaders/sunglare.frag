#version 130
// The glare of the Sun in a camera: light scattered in the lens and on the sensor around a
// source far brighter than the scene, a bright core a few solar radii wide and a halo
// falling off as about the cube of the angle (the shape of measured lens point-spread
// functions' wings), added over the picture. It scales with the share of the disc that the
// terrain and the globe leave visible, which the probe pass (glarePass 0) measures.
uniform int glarePass;
uniform float sunVisible;     // 0..1, set with glarePass by scene/SunGlare
uniform float glareRadiusDeg;
uniform float sunRadiusDeg;

in vec2 cornerDeg;
out vec4 fragColor;

void main()
{
    float thetaDeg = length(cornerDeg);
    if (glarePass == 0) { // the disc, for counting its visible samples
        if (thetaDeg > sunRadiusDeg)
            discard;
        fragColor = vec4(1.0);
        return;
    }
    float edge = 1.0 - min(thetaDeg / glareRadiusDeg, 1.0);
    float core = 0.8 * exp(-pow(thetaDeg / 1.2, 2.0));
    float halo = 0.25 * pow(1.0 + pow(thetaDeg / 2.5, 2.0), -1.5);
    float glare = sunVisible * (core + halo) * edge * edge;
    fragColor = vec4(vec3(1.0, 0.95, 0.85) * glare, 1.0);
}
