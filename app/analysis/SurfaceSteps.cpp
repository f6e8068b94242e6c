// The steps that need the heights alone: slope, aspect and roughness.
#include "analysis/AnalysisSteps.h"

#include "terrain/RasterCrop.h"
#include "terrain/SlopeKernels.h"

#include <utility>

namespace lunar::analysis {

void makeSlopeAndAspect(AnalysisRun& run)
{
    const bool slope = run.plan.computes(AnalysisLayer::slope);
    const bool aspect = run.plan.computes(AnalysisLayer::aspect);
    const Raster<float>& heights = run.grid.heights();
    const double px = run.windows.pixel_x_m, py = run.windows.pixel_y_m;
    run.report("slope", 0.0);
    SlopeAspect gradient; // one Horn gradient when both are wanted
    if (slope && aspect)
        gradient = slopeAspectHorn(heights, px, py);
    else if (slope)
        gradient.slope_deg = slopeHorn_deg(heights, px, py);
    else
        gradient.aspect_deg = aspectHorn_deg(heights, px, py);
    if (slope)
        run.slope_deg = cropped(std::move(gradient.slope_deg), run.windows.core);
    if (run.plan.writes(AnalysisLayer::slope))
        run.maps.write(run.slope_deg, "slope", "deg", "slope (Horn 1981), degrees");
    if (aspect)
        run.maps.write(cropped(std::move(gradient.aspect_deg), run.windows.core), "aspect", "deg",
                       "aspect: the direction the slope faces, degrees clockwise from grid north",
                       AnalysisMapWriter::Overviews::nearest);
}

void makeRoughness(AnalysisRun& run)
{
    run.roughness_m = cropped(roughness_m(run.grid.heights()), run.windows.core); // a temporary: moved
    if (run.plan.writes(AnalysisLayer::roughness))
        run.maps.write(run.roughness_m, "roughness", "m",
                       "roughness: largest height difference in each 3 x 3 neighbourhood, metres");
}

} // namespace lunar::analysis
