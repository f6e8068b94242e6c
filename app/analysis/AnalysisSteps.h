#pragma once
// The steps of runSiteAnalysis, one per layer or group of layers that share their work, run
// in this order when the plan computes what they make. Each writes what the plan wants
// written and keeps in the run what a later step needs.
#include "analysis/AnalysisRun.h"

namespace lunar::analysis {

// SurfaceSteps.cpp: slope and aspect from one Horn gradient (Horn 1981); roughness.
void makeSlopeAndAspect(AnalysisRun& run);
void makeRoughness(AnalysisRun& run);

// LightSteps.cpp: the Sun and the Earth over the range; then at each planned eye height its
// horizon map, the illumination, darkness and Earth maps from it, and at the ground the
// permanently shadowed regions and the distance to them.
void makeBodyTrack(AnalysisRun& run);
void makeHorizonMaps(AnalysisRun& run);

// ReportSteps.cpp: the suitability score and the ranked sites (best_sites.csv/.json); each
// facility's figures and strips (facilities.csv, facility_strips.csv).
void makeSuitability(AnalysisRun& run);
void makeFacilityFigures(AnalysisRun& run);

} // namespace lunar::analysis
