#pragma once
// Measuring on the terrain, two modes:
// - Distance: clicks on the ground pick points (Backspace removes the last, Esc clears);
//   the panel shows the path's length along the ground and on the sphere, climb, descent
//   and steepest slope, plots the elevation and slope by distance, and exports the profile
//   as CSV.
// - Traverse: a rover route between two facilities (or the first and last picked points)
//   planned by A* on the finest terrain grid holding both, in the background so a large
//   grid does not stop the view; its length, steepest slope and driving time at the speed
//   set here, or why there is none.
// The panel writes the marks (points, profile path, route) the scene draws; it never
// touches the scene graph.
#include "terrain/GridRoute.h"
#include "terrain/SurfaceProfile.h"
#include "ui/ViewerModel.h"

#include <chrono>
#include <future>
#include <optional>
#include <string>

namespace lunar::ui {

enum class MeasureMode { Distance, Traverse };

class MeasurePanel {
public:
    explicit MeasurePanel(ViewerModel& model);
    ~MeasurePanel(); // waits for a plan still running (the planner cannot be interrupted)
    MeasurePanel(const MeasurePanel&) = delete;
    MeasurePanel& operator=(const MeasurePanel&) = delete;

    void drawContents();
    // Collects a finished plan and follows the picked points; drawContents does it too.
    void update();

    MeasureMode mode() const { return mode_; }
    void setMode(MeasureMode mode) { mode_ = mode; }

    // Distance mode.
    const SurfaceProfile& profile() const { return profile_; }
    // Writes the profile's CSV to `path`; the outcome goes to status().
    void exportCsv(const std::string& path);
    const std::string& status() const { return status_; }

    // Traverse mode. Ends: a facility id, or kFirstPoint / kLastPoint.
    static constexpr const char* kFirstPoint = "(first picked point)";
    static constexpr const char* kLastPoint = "(last picked point)";
    void setRouteEnds(const std::string& from, const std::string& to);
    TraverseOptions& rover() { return rover_; }
    // Starts planning in the background (ignored while a plan runs).
    void planRoute();
    bool planning() const { return pending_.valid(); }
    // The last plan's outcome (found or not), if any.
    const std::optional<GridRoute>& route() const { return route_; }
    // Flies the camera to look down on these places from the south (View from above).
    void viewFromAbove(const std::vector<LatLon>& places);

private:
    void drawDistance();
    void drawTraverse();
    void drawRouteResult();
    bool endPosition(const std::string& end, LatLon& out) const;
    std::string endName(const std::string& end) const;

    ViewerModel& model_;
    MeasureMode mode_ = MeasureMode::Distance;
    SurfaceProfile profile_;
    std::string profile_grid_; // which grid the profile was read from
    unsigned profile_revision_ = ~0u;
    char csv_path_[256] = "profile.csv";
    std::string status_;

    std::string from_, to_;
    TraverseOptions rover_;
    std::future<GridRoute> pending_;
    std::chrono::steady_clock::time_point plan_started_;
    std::string plan_grid_;          // the grid being or last planned on, for the panel
    TraverseOptions planned_with_;   // the rover settings of the last plan
    std::optional<GridRoute> route_;
};

} // namespace lunar::ui
