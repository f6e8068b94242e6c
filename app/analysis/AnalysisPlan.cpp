#include "analysis/AnalysisPlan.h"

#include "analysis/NumberText.h"
#include "core/LunarError.h"
#include "core/NameList.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace lunar::analysis {

std::optional<AnalysisPeriod> analysisPeriodNamed(const std::string& name)
{
    if (name == "lunar-cycle") // Gläser et al. 2014, Icarus 243: the 18.6-year cycle, hourly
        return AnalysisPeriod{"2015-12-24", "2034-12-24", 1.0};
    return std::nullopt;
}

const std::vector<std::string>& analysisPeriodNames()
{
    static const std::vector<std::string> names = {"lunar-cycle"};
    return names;
}

double analysisMemoryNeed_bytes(double texels, int directions)
{
    constexpr double kRastersBeside = 13.0; // heights, core copy, slope, maps being written...
    // A horizon map (2 bytes a texel and direction) and its crop to the analysed area.
    return texels * (4.0 * directions + 4.0 * kRastersBeside);
}

void checkAnalysisMemory(int grid_width, int grid_height, int directions, double available_bytes)
{
    const double need = analysisMemoryNeed_bytes(static_cast<double>(grid_width) * grid_height, directions);
    if (need <= available_bytes)
        return;
    char text[320];
    std::snprintf(text, sizeof text,
                  "%d directions over a %d x %d grid need about %.1f GB, more than this machine's %.1f GB: "
                  "use fewer directions, --max-size, or --tile",
                  directions, grid_width, grid_height, need / 1.0e9, available_bytes / 1.0e9);
    throw LunarError("--directions", text);
}

double physicalMemory_bytes()
{
    const long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGE_SIZE);
    return pages > 0 && page > 0 ? static_cast<double>(pages) * static_cast<double>(page) : 1.0e18;
}

AnalysisPlan::AnalysisPlan(const SiteAnalysisRequest& request)
    : from_(request.from), to_(request.to), step_h_(request.step_h), max_side_px_(request.max_side_px),
      tile_index_(request.tile_index), tile_count_(request.tile_count), halo_km_(request.halo_km)
{
    planLayers(request);
    if (request.heights_m.empty())
        throw LunarError("--heights", "names no height");
    for (const double h : request.heights_m)
        if (!(h >= 0.0 && h <= 1000.0))
            throw LunarError("--heights", heightTag(h) + " is outside 0..1000 m");
    if (!(step_h_ > 0.0))
        throw LunarError("--step", "must be above 0 hours");
    const double span_h = to_.secondsSince(from_) / 3600.0;
    if (!(span_h > 0.0))
        throw LunarError("--to", to_.toIso() + " is not after --from " + from_.toIso());
    if (span_h / step_h_ > 2.0e6)
        throw LunarError("--step", "gives more than 2 million instants over the range");
    if (from_ < UtcTime::parseIso(kEphemerisFrom))
        throw LunarError("--from", from_.toIso() + " is before " + kEphemerisFrom +
                                       ": the Sun and the Earth are known from 1900 to 2100 (ERFA's ephemeris)");
    if (UtcTime::parseIso(kEphemerisTo) < to_)
        throw LunarError("--to", to_.toIso() + " is after " + kEphemerisTo +
                                     ": the Sun and the Earth are known from 1900 to 2100 (ERFA's ephemeris)");
    planEyes(request.heights_m);
}

void AnalysisPlan::planLayers(const SiteAnalysisRequest& request)
{
    // Sorted and unique, so a list naming two unknown layers is refused for the same one
    // whatever their order.
    const std::set<std::string> names(request.layers.begin(), request.layers.end());
    if (names.empty())
        writes_.fill(true);
    for (const std::string& name : names) {
        const std::optional<AnalysisLayer> layer = analysisLayerNamed(name);
        if (!layer)
            throw LunarError("--layers", "\"" + name + "\" is not an analysis layer (layers: " +
                                             joinedNames(analysisLayerNames()) + ")");
        writes_[index(*layer)] = true;
    }
    if (request.scenario == nullptr) // no facilities to report on
        writes_[index(AnalysisLayer::facilities)] = false;

    computes_ = writes_;
    const bool scored = writes(AnalysisLayer::suitability);
    const bool light = writes(AnalysisLayer::illumination) || writes(AnalysisLayer::darkness) || scored;
    for (const AnalysisLayer input : {AnalysisLayer::slope, AnalysisLayer::roughness, AnalysisLayer::earth,
                                      AnalysisLayer::psr})
        computes_[index(input)] = computes_[index(input)] || scored;
    // The Sun is taken once per eye: its tables give the mean light and the time in sunlight,
    // and the hours walked in order the longest darkness (analysis/LightSteps.cpp).
    computes_[index(AnalysisLayer::illumination)] = light;
    computes_[index(AnalysisLayer::darkness)] = light;
}

void AnalysisPlan::planEyes(const std::vector<double>& heights_m)
{
    scored_height_m_ = heights_m.front();
    // Only a suitability score needs the first height's maps kept (and its longest darkness,
    // which walks every hour, computed when the darkness map itself is not asked for).
    const bool scored = writes(AnalysisLayer::suitability);
    if (computes(AnalysisLayer::illumination) || computes(AnalysisLayer::earth))
        for (std::size_t i = 0; i < heights_m.size(); ++i)
            eyes_.push_back({heights_m[i], true, scored && i == 0, false});
    if (!computes(AnalysisLayer::psr))
        return;
    // The cold traps are found from the ground's horizon: a requested 0 m serves, once.
    const auto ground = std::find_if(eyes_.begin(), eyes_.end(), [](const PlannedEye& e) { return e.height_m == 0.0; });
    if (ground != eyes_.end())
        ground->cold_traps = true;
    else
        eyes_.push_back({0.0, false, false, true});
}

bool AnalysisPlan::needsBodyTrack() const
{
    return computes(AnalysisLayer::illumination) || computes(AnalysisLayer::earth) ||
           writes(AnalysisLayer::facilities);
}

std::string AnalysisPlan::rangeText() const
{
    return from_.toIso() + " to " + to_.toIso() + " every " + withUnit(step_h_, " h");
}

std::string AnalysisPlan::fileSuffix() const
{
    return tiled() ? ".tile-" + std::to_string(tile_index_) + "-of-" + std::to_string(tile_count_) : "";
}

AnalysisWindows AnalysisPlan::windowsOn(const DemShape& dem) const
{
    if (tiled() && max_side_px_ > 0)
        throw LunarError("--max-size", "cannot be combined with --tile (tiles are for full resolution)");
    // A reduced read (the viewer's quick maps) covers the whole DEM with fewer, larger pixels.
    const double shrink = max_side_px_ > 0
                              ? std::max(1.0, static_cast<double>(std::max(dem.width_px, dem.height_px)) / max_side_px_)
                              : 1.0;
    const int out_width = std::max(2, static_cast<int>(std::lround(dem.width_px / shrink)));
    const int out_height = std::max(2, static_cast<int>(std::lround(dem.height_px / shrink)));
    AnalysisWindows w;
    w.pixel_x_m = dem.pixel_width_m * dem.width_px / out_width;
    w.pixel_y_m = dem.pixel_height_m * dem.height_px / out_height;
    if (!tiled()) {
        w.dem_read = {0, 0, dem.width_px, dem.height_px};
        w.grid_width = out_width;
        w.grid_height = out_height;
        w.core = {0, 0, out_width, out_height};
        return w;
    }
    const PixelWindow core = tileWindow(dem.width_px, dem.height_px, tile_index_, tile_count_);
    const int halo_px = static_cast<int>(std::ceil(halo_km_ * 1000.0 / std::min(w.pixel_x_m, w.pixel_y_m)));
    PixelWindow& read = w.dem_read;
    read.col0 = std::max(0, core.col0 - halo_px);
    read.row0 = std::max(0, core.row0 - halo_px);
    read.width = std::min(dem.width_px, core.col0 + core.width + halo_px) - read.col0;
    read.height = std::min(dem.height_px, core.row0 + core.height + halo_px) - read.row0;
    w.grid_width = read.width;
    w.grid_height = read.height;
    w.core = {core.col0 - read.col0, core.row0 - read.row0, core.width, core.height};
    return w;
}

} // namespace lunar::analysis
