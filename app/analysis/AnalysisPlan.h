#pragma once
// What one site analysis will do, worked out and checked once from its request before any
// DEM work: the layers it writes and those it computes for others (the suitability score
// needs slope, roughness, light, darkness, Earth and the cold traps), the eye heights the
// horizons are swept at, the date range, and where on the DEM it reads and writes
// (windowsOn). The steps of runSiteAnalysis read the plan; nothing else interprets the
// request's layer names.
#include "analysis/AnalysisLayer.h"
#include "analysis/AnalysisWindows.h"
#include "analysis/SiteAnalysisRequest.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace lunar::analysis {

// A named date range and step (`analyze --period`).
struct AnalysisPeriod {
    std::string from, to; // UTC ISO-8601
    double step_h = 1.0;
};
// "lunar-cycle": the 18.6-year precession cycle hourly, 2015-12-24 to 2034-12-24, the range
// of Gläser et al. 2014 (Icarus 243); nothing for an unknown name.
std::optional<AnalysisPeriod> analysisPeriodNamed(const std::string& name);
const std::vector<std::string>& analysisPeriodNames();

// The Sun and the Earth are known from 1900 to 2100 (ERFA's epv00, the ephemeris of
// astro/MoonCentredEphemeris): ranges outside are refused.
constexpr const char* kEphemerisFrom = "1900-01-01";
constexpr const char* kEphemerisTo = "2100-01-01";

// Bytes the analysis holds at most for a grid of `texels` swept at `directions`: a horizon
// map (2 bytes a texel and direction) and its crop to the analysed area, and some 13
// rasters of 4 bytes a texel beside them.
double analysisMemoryNeed_bytes(double texels, int directions);
// Throws LunarError naming --directions when that need exceeds `available_bytes`.
void checkAnalysisMemory(int grid_width, int grid_height, int directions, double available_bytes);
// This machine's physical memory, bytes.
double physicalMemory_bytes();

// One height the horizons are swept at, and what is made from its horizon.
struct PlannedEye {
    double height_m = 0.0;
    bool exposures = false;     // a requested height: its light and Earth maps are made
    bool scored = false;        // the first requested height, when the suitability is written: its maps feed it
    bool cold_traps = false;    // the ground's horizon, from which the psr map is found
};

class AnalysisPlan {
public:
    // Throws LunarError naming the option and the problem: an unknown layer, no height or one
    // outside 0..1000 m, a step not above 0, a range that does not go forward, or more than
    // 2 million instants, a range outside the ephemeris's. "facilities" is dropped when the request has no scenario.
    explicit AnalysisPlan(const SiteAnalysisRequest& request);

    // The map or table is written.
    bool writes(AnalysisLayer layer) const { return writes_[index(layer)]; }
    // It is written or another layer needs it; illumination and darkness come together.
    bool computes(AnalysisLayer layer) const { return computes_[index(layer)]; }
    // The Sun and the Earth over the range (light and Earth maps, facility figures).
    bool needsBodyTrack() const;
    // A tile whose horizons beyond the halo come from a coarse map of the whole DEM.
    bool needsFarHorizon() const { return tiled() && !eyes_.empty(); }

    // Requested heights first, in their order (when light or Earth is computed), then the
    // ground if the cold traps need it and no requested height is 0.
    const std::vector<PlannedEye>& eyes() const { return eyes_; }
    double scoredHeight_m() const { return scored_height_m_; }

    const UtcTime& from() const { return from_; }
    const UtcTime& to() const { return to_; }
    double step_h() const { return step_h_; }
    // "2030-01-01T00:00:00Z to 2030-02-01T00:00:00Z every 6 h", as map descriptions say it.
    std::string rangeText() const;

    bool tiled() const { return tile_count_ > 0; }
    // ".tile-3-of-8" for a tile's files, "" for the whole DEM.
    std::string fileSuffix() const;
    // The windows on a DEM of this shape. Throws LunarError for --max-size with --tile.
    AnalysisWindows windowsOn(const DemShape& dem) const;

private:
    static std::size_t index(AnalysisLayer layer) { return static_cast<std::size_t>(layer); }
    void planLayers(const SiteAnalysisRequest& request);
    void planEyes(const std::vector<double>& heights_m);

    std::array<bool, kAnalysisLayerCount> writes_{};
    std::array<bool, kAnalysisLayerCount> computes_{};
    std::vector<PlannedEye> eyes_;
    double scored_height_m_ = 0.0;
    UtcTime from_, to_;
    double step_h_ = 0.0;
    int max_side_px_ = 0, tile_index_ = 0, tile_count_ = 0;
    double halo_km_ = 0.0;
};

} // namespace lunar::analysis
