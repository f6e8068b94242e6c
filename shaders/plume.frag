#version 130
// Engine plume glow, added to what lies behind. In vacuum the exhaust of a storable-
// bipropellant (or hydrogen-oxygen) engine expands at once into a wide, thin cone whose own
// light is feeble: what a camera sees is a faint glow just below the nozzle, no flame. The
// glow falls off exponentially downstream and toward the cone's silhouette (where the line
// of sight through the gas is shortest). Brightness scales with the throttle (plumeGlow).
uniform float plumeGlow;      // display-referred brightness at the exit on the axis
uniform vec3 plumeColour;     // tint (notional)
uniform float plumeLength;    // e-folding length downstream, in the cone's units
in vec3 plumeLocal;
in vec3 viewPosition;
in vec3 viewNormal;
out vec4 fragColor;

void main()
{
    float downstream = max(-plumeLocal.z, 0.0);
    float through = abs(dot(normalize(viewNormal), normalize(-viewPosition))); // 0 at the edge
    float glow = plumeGlow * exp(-downstream / plumeLength) * through * through;
    fragColor = vec4(plumeColour * glow, 1.0);
}
