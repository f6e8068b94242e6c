#pragma once
// One run of the site analysis as its steps (AnalysisSteps.h) share it: what they read (the
// plan, the windows, the DEM and the grids read from it) and what they add, in order (maps
// for later steps, the files written, the rows of the result).
#include "analysis/AnalysisMapWriter.h"
#include "analysis/AnalysisPlan.h"
#include "analysis/SiteAnalysis.h"
#include "astro/BodyTrack.h"
#include "io/LunarDem.h"
#include "terrain/TerrainGrid.h"

namespace lunar::analysis {

struct AnalysisRun {
    const SiteAnalysisRequest& request;
    const AnalysisPlan& plan;
    const AnalysisWindows& windows;
    const io::LunarDem& dem;
    const TerrainGrid& grid;      // the DEM as read: a tile with its halo
    const TerrainGrid& core_grid; // the area analysed and written (windows.core of grid)
    AnalysisMapWriter& maps;
    const AnalysisProgress& progress;
    SiteAnalysisResult& result;

    // Made by a step for those after it; empty where the plan does not compute it. Maps are
    // over the core, at the first requested height.
    astro::BodyTrack track{};
    Raster<float> slope_deg{}, roughness_m{}, illumination_pct{}, darkness_h{}, earth_pct{}, psr_distance_m{};

    void report(const std::string& stage, double fraction) const
    {
        if (progress)
            progress(stage, fraction);
    }
};

} // namespace lunar::analysis
