#include "mission/CameraExposure.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace lunar {

namespace {
constexpr double kIso = 100.0;
} // namespace

double evForRadiance(double radiance)
{
    return std::log2(radiance * kFullSunLuminance_cd_m2 * kIso / kMeterCalibrationK);
}

double exposureMultiplierOf(double exposure_ev)
{
    // The radiance metered at this EV, times the multiplier, is middle grey.
    const double metered = std::exp2(exposure_ev) * kMeterCalibrationK /
                           (kIso * kFullSunLuminance_cd_m2);
    return kMiddleGrey / metered;
}

double evOfMultiplier(double multiplier) { return evForRadiance(kMiddleGrey / multiplier); }

std::optional<MeterReading> meterImage(const std::vector<float>& rgba, int width, int height,
                                       const ExposureSettings& settings)
{
    if (width <= 0 || height <= 0 || rgba.size() < static_cast<std::size_t>(width) * height * 4)
        return std::nullopt;
    std::vector<double> radiances;
    radiances.reserve(static_cast<std::size_t>(width) * height);
    double weighted_log = 0.0, weights = 0.0;
    const double cx = 0.5 * (width - 1), cy = 0.5 * (height - 1);
    const double corner2 = cx * cx + cy * cy + 1e-9;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const float* p = &rgba[(static_cast<std::size_t>(y) * width + x) * 4];
            if (!(p[3] > 0.5f))
                continue; // sky: nothing drawn there
            const double r = std::max(0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2], 0.0);
            const double radiance = std::isfinite(r) ? std::max(r, settings.floor_radiance)
                                                     : settings.floor_radiance;
            const double off_centre2 = ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / corner2;
            const double w = 1.0 + (settings.centre_weight - 1.0) * (1.0 - off_centre2);
            weighted_log += w * std::log2(radiance);
            weights += w;
            radiances.push_back(radiance);
        }
    const double share = static_cast<double>(radiances.size()) / (static_cast<double>(width) * height);
    if (radiances.empty() || share < settings.min_surface_share)
        return std::nullopt;
    const auto rank = static_cast<std::size_t>(std::clamp(
        settings.highlight_percentile * static_cast<double>(radiances.size() - 1), 0.0,
        static_cast<double>(radiances.size() - 1)));
    std::nth_element(radiances.begin(), radiances.begin() + static_cast<std::ptrdiff_t>(rank),
                     radiances.end());
    return MeterReading{weighted_log / weights, radiances[rank], share};
}

double exposureEvFor(const MeterReading& reading, const ExposureSettings& settings)
{
    const double average_ev = evForRadiance(std::exp2(reading.log2_mean_radiance));
    // Drawn at highlight_level instead of middle grey: that many stops less exposure.
    const double highlight_ev = evForRadiance(reading.highlight_radiance) +
                                std::log2(kMiddleGrey / settings.highlight_level);
    return std::clamp(std::max(average_ev, highlight_ev), settings.min_ev, settings.max_ev);
}

} // namespace lunar
