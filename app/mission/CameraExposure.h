#pragma once
// A camera's exposure, as a light meter sets it: the scene's radiance is metered, turned into
// an exposure value (EV at ISO 100) and clamped to the camera's limits; the shaders then
// multiply scene-referred radiance by the multiplier of that EV before the tone curve.
//
// Units. The shaders' radiance is relative: 1 is a white Lambert surface facing the full Sun
// at 1 AU, whose luminance is the solar illuminance over pi (133.8 klux: Darula, Kittler and
// Gueymard 2005, Solar Energy 79, 559). A reflected-light meter's EV100 = log2(L S / K) with
// L in cd/m2, S = 100 and K = 12.5 (ISO 2720); at that EV a surface of luminance L is drawn
// at the tone curve's middle grey (0.18).
//
// The meter. The log-average luminance of the drawn surface (sky pixels do not count),
// centre-weighted, gives the average EV; a high percentile of it, drawn at about 70 % of
// white, gives the highlight EV; the larger of the two wins (less exposure), so sunlit
// regolith never blows out while a frame of shadow and earthshine is exposed up.
#include <optional>
#include <vector>

namespace lunar {

constexpr double kFullSunLuminance_cd_m2 = 133800.0 / 3.14159265358979323846;
constexpr double kMeterCalibrationK = 12.5; // ISO 2720, cd s / m2
constexpr double kMiddleGrey = 0.18;        // what the meter's luminance is drawn at
// The exposure the scene had before it was metered (a multiplier of 9, chosen so that
// Sun-facing slopes under a 1.5 deg Sun read well); the fixed default where nothing meters.
constexpr double kDefaultExposureEv = 12.73;

// The EV100 at which a surface of relative radiance `radiance` is drawn at middle grey.
double evForRadiance(double radiance);
// The radiance multiplier of an EV100 (what the shaders' `exposure` uniform holds).
double exposureMultiplierOf(double exposure_ev);
double evOfMultiplier(double multiplier);

struct ExposureSettings {
    double min_ev = 1.0;   // longest exposure: earthshine-lit ground reads as dim grey
    double max_ev = 15.0;  // shortest: the full Sun on a white surface still does not clip
    double highlight_percentile = 0.97; // share of surface pixels darker than the highlight
    double highlight_level = 0.7; // the highlight is drawn at this tone-curve input (~0.7 out)
    double centre_weight = 2.0;   // weight of the frame's centre against its corners (1)
    double min_surface_share = 0.002; // below this the frame has no reading (all sky)
    double floor_radiance = 1e-7;  // radiance a black pixel counts as in the log average
    std::optional<double> fixed_ev; // a fixed exposure (--exposure): no metering
};

// What the meter read in one frame; empty when the frame showed (almost) no surface.
struct MeterReading {
    double log2_mean_radiance = 0.0;   // centre-weighted mean of log2 radiance
    double highlight_radiance = 0.0;   // the settings' percentile
    double surface_share = 0.0;        // share of the frame's pixels that are surface
};

// Meters a scene-referred RGBA image (rows of width*4 floats; alpha > 0.5: surface drawn,
// else sky). Empty when the surface share is under the settings' minimum.
std::optional<MeterReading> meterImage(const std::vector<float>& rgba, int width, int height,
                                       const ExposureSettings& settings);

// The EV a reading asks for, within the settings' limits.
double exposureEvFor(const MeterReading& reading, const ExposureSettings& settings);

} // namespace lunar
