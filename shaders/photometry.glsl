// Regolith reflectance laws, spliced into every shader after common.glsl by
// scene/ShaderLibrary. The same functions as terrain/HapkeReflectance and
// terrain/LunarLambert in C++ (whose headers cite the papers); tests/render/PhotometryTest
// checks the two agree. Parameters come from C++ (scene/PhotometryUniforms), defined once.

uniform int photometricModel;   // 0 Hapke, 1 Lunar-Lambert (terrain/PhotometricModel)
uniform vec4 hapkeScattering;   // w, b, c, K
uniform vec4 hapkeOpposition;   // B_S0, h_S, B_C0, h_C
uniform float hapkeMeanSlope;   // theta-bar, radians
uniform float hapkeGain;        // Hapke I/F -> the scene's reflectance (PhotometryUniforms.h)

// Lunar-Lambert I/F for a normal albedo; mu0, mu the cosines of incidence and emission
// (lunarLambertL, McEwen's L, is in common.glsl: the smooth globe shades with it too).
float lunarLambertRadianceFactor(float mu0, float mu, float cosPhase, float normalAlbedo)
{
    float L = lunarLambertL(degrees(acos(clamp(cosPhase, -1.0, 1.0))));
    return normalAlbedo * (2.0 * L * mu0 / (mu0 + mu) + (1.0 - L) * mu0);
}

// Chandrasekhar's H, Hapke's (2002) approximation.
float hapkeH(float x, float w)
{
    if (x <= 0.0)
        return 1.0;
    float gamma = sqrt(1.0 - w);
    float r0 = (1.0 - gamma) / (1.0 + gamma);
    return 1.0 / (1.0 - w * x * (r0 + 0.5 * (1.0 - 2.0 * r0 * x) * log((1.0 + x) / x)));
}

// Two-lobed Henyey-Greenstein, mean 1 over the sphere; c > 0: back-scattering.
float henyeyGreenstein2(float cosPhase, float b, float c)
{
    float b2 = b * b;
    float back = (1.0 - b2) / pow(1.0 - 2.0 * b * cosPhase + b2, 1.5);
    float forward = (1.0 - b2) / pow(1.0 + 2.0 * b * cosPhase + b2, 1.5);
    return 0.5 * (1.0 + c) * back + 0.5 * (1.0 - c) * forward;
}

// Hapke (1984) E1, E2 and eta of an angle x (radians); 0, 0 and cos x as x -> 0.
float hapkeE1(float x, float cotTheta)
{
    return x < 1e-4 ? 0.0 : exp(-2.0 / kPi * cotTheta / tan(x));
}
float hapkeE2(float x, float cotTheta)
{
    float r = x < 1e-4 ? 1e4 : cotTheta / tan(x);
    return exp(-1.0 / kPi * r * r);
}
float hapkeEta(float x, float tanTheta, float cotTheta, float chi)
{
    return chi * (cos(x) + sin(x) * tanTheta * hapkeE2(x, cotTheta) / (2.0 - hapkeE1(x, cotTheta)));
}

// Hapke I/F (radiance factor) from the cosines of incidence, emission and phase.
float hapkeRadianceFactor(float mu0, float mu, float cosPhase)
{
    if (mu0 <= 0.0 || mu <= 0.0)
        return 0.0;
    float i = acos(min(mu0, 1.0));
    float e = acos(min(mu, 1.0));
    float g = clamp(acos(clamp(cosPhase, -1.0, 1.0)), abs(i - e), i + e);
    float mu0e = mu0;
    float mue = mu;
    float S = 1.0;
    if (hapkeMeanSlope > 1e-4) {
        float tanTheta = tan(hapkeMeanSlope);
        float cotTheta = 1.0 / tanTheta;
        float chi = 1.0 / sqrt(1.0 + kPi * tanTheta * tanTheta);
        float sinISinE = sin(i) * sin(e);
        float cosPsi = sinISinE < 1e-6 ? 1.0 : clamp((cos(g) - mu0 * mu) / sinISinE, -1.0, 1.0);
        float psi = acos(cosPsi);
        float s2 = sin(0.5 * psi) * sin(0.5 * psi);
        float f = psi > kPi - 1e-3 ? 0.0 : exp(-2.0 * tan(0.5 * psi));
        float e1i = hapkeE1(i, cotTheta), e2i = hapkeE2(i, cotTheta);
        float e1e = hapkeE1(e, cotTheta), e2e = hapkeE2(e, cotTheta);
        float etaI = hapkeEta(i, tanTheta, cotTheta, chi);
        float etaE = hapkeEta(e, tanTheta, cotTheta, chi);
        if (i <= e) {
            float d = 2.0 - e1e - psi / kPi * e1i;
            mu0e = chi * (mu0 + sin(i) * tanTheta * (cosPsi * e2e + s2 * e2i) / d);
            mue = chi * (mu + sin(e) * tanTheta * (e2e - s2 * e2i) / d);
            S = mue / etaE * mu0 / etaI * chi / (1.0 - f + f * chi * mu0 / etaI);
        } else {
            float d = 2.0 - e1i - psi / kPi * e1e;
            mu0e = chi * (mu0 + sin(i) * tanTheta * (e2i - s2 * e2e) / d);
            mue = chi * (mu + sin(e) * tanTheta * (cosPsi * e2i + s2 * e2e) / d);
            S = mue / etaE * mu0 / etaI * chi / (1.0 - f + f * chi * mu / etaE);
        }
    }
    if (mu0e <= 0.0 || mue <= 0.0)
        return 0.0;
    float w = hapkeScattering.x;
    float K = hapkeScattering.w;
    float tanHalfG = tan(0.5 * g);
    float shoe = 1.0 + hapkeOpposition.x / (1.0 + tanHalfG / max(hapkeOpposition.y, 1e-6));
    float zeta = tanHalfG / max(hapkeOpposition.w, 1e-6);
    float cbRatio = zeta < 1e-4 ? 1.0 - 0.5 * zeta : (1.0 - exp(-zeta)) / zeta;
    float cboe = 1.0 + hapkeOpposition.z * (1.0 + cbRatio) / (2.0 * (1.0 + zeta) * (1.0 + zeta));
    float single = henyeyGreenstein2(cos(g), hapkeScattering.y, hapkeScattering.z) * shoe;
    float multiple = hapkeH(mu0e / K, w) * hapkeH(mue / K, w) - 1.0;
    return K * w / 4.0 * mu0e / (mu0e + mue) * (single + multiple) * cboe * S;
}

// What the terrain shader calls reflectance (I/F before exposure), by the chosen model:
// Hapke's scaled by hapkeGain, or Lunar-Lambert with the scene's normal albedo.
float regolithReflectance(float mu0, float mu, float cosPhase, float normalAlbedo)
{
    if (photometricModel == 1)
        return lunarLambertRadianceFactor(mu0, mu, cosPhase, normalAlbedo);
    return hapkeGain * hapkeRadianceFactor(mu0, mu, cosPhase);
}
