#pragma once
// The Analysis panel: runs the site analysis (analysis/SiteAnalysis, the same as `lunarviz
// analyze`) on the scene's DEM in the background, with progress and Cancel; then drapes any
// of its maps over the terrain with a legend, lists the best sites (Go flies there) and each
// facility's light and Earth figures. Maps are kept in the user cache.
#include "analysis/SiteAnalysis.h"
#include "terrain/AnalysisColourScale.h"
#include "ui/ViewerModel.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace lunar::ui {

class AnalysisPanel {
public:
    explicit AnalysisPanel(ViewerModel& model);
    ~AnalysisPanel(); // a running analysis is cancelled and waited for

    void drawContents();
    // The colour scale of the draped map, bottom right above the timeline (`bottom`).
    void drawLegend(float bottom) const;

    // What the panel does, for tests and the menu.
    struct Settings {
        std::string from = "2030-01-01", to = "2031-01-01";
        float step_h = 6.0f;
        float eye_height_m = 2.0f;
        int max_side_px = 1024; // 0: the DEM's full resolution
    };
    Settings& settings() { return settings_; }
    void start();
    void cancel();
    bool running() const;
    // Called each frame (drawContents does): picks up a finished run.
    void poll();
    const std::vector<std::string>& maps() const { return maps_; } // full paths, after a run
    const std::string& problem() const { return problem_; }
    // Drapes a map ("" none); returns false (problem() says why) if it cannot be read.
    bool showMap(const std::string& path);

private:
    struct Job;
    void drawResults();
    void flyOver(double lat_deg, double lon_deg);

    ViewerModel& model_;
    Settings settings_;
    std::unique_ptr<Job> job_;
    std::string out_dir_;
    std::vector<std::string> maps_;
    std::vector<io::BestSiteRow> sites_;
    std::vector<io::FacilityFiguresRow> facilities_;
    std::string problem_;
    AnalysisColourScale scale_; // of the draped map
};

} // namespace lunar::ui
