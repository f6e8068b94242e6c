#version 130
// Additive glow: colour times intensity (blending adds it to what is behind).
uniform vec4 emissiveColour;
uniform float emissiveIntensity;
out vec4 fragColor;
void main()
{
    fragColor = vec4(emissiveColour.rgb * emissiveIntensity, 1.0);
}
