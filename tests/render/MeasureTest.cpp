// The Measure panel driven headlessly: points clicked on the ground make a profile that is
// exported as CSV, Backspace and Esc edit them; a rover traverse planned between two
// facilities of the default scenario is found, is no shorter than the straight line, keeps
// to the rover's slope limit and is drawn on the terrain in its colour.
#include "DefaultScene.h"
#include "OffscreenCockpit.h"

#include "core/Angles.h"
#include "core/SelenographicFrame.h"
#include "io/ProfileCsv.h"
#include "scene/MeasureOverlay.h"
#include "ui/MeasurePanel.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <thread>

using namespace lunar;

namespace {

const Facility& facility(const Scenario& scenario, const std::string& id)
{
    for (const Facility& f : scenario.facilities)
        if (f.id == id)
            return f;
    FAIL("no facility " << id);
    throw;
}

// Pixels within `tolerance` of a colour in every channel.
std::size_t pixelsOfColour(const osg::Image& image, const osg::Vec4& colour, int tolerance)
{
    std::size_t count = 0;
    for (int y = 0; y < image.t(); ++y)
        for (int x = 0; x < image.s(); ++x) {
            const unsigned char* p = image.data(x, y);
            bool near = true;
            for (int c = 0; c < 3; ++c)
                near = near && std::abs(p[c] - static_cast<int>(std::lround(colour[c] * 255.0f))) <= tolerance;
            count += near ? 1 : 0;
        }
    return count;
}

// Waits for the panel's background plan (no frames drawn meanwhile: each costs a second on
// a software renderer).
void waitForPlan(ui::MeasurePanel& panel)
{
    const auto start = std::chrono::steady_clock::now();
    while (panel.planning() && std::chrono::steady_clock::now() - start < std::chrono::minutes(3)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        panel.update();
    }
}

} // namespace

TEST_CASE("Measure: a traverse between two facilities of the default scenario is found "
          "within the rover's limits and drawn on the terrain", "[render][ui][measure]")
{
    test::OffscreenCockpit c;
    scene::LoadedScene& s = test::defaultScene();
    s.layers->shading = TerrainShading::Hillshade; // the route reads over lit relief
    ui::Cockpit& cockpit = c.session->cockpit();
    cockpit.setPanelOpen(ui::PanelId::Measure, true);
    ui::MeasurePanel& panel = cockpit.measure();
    panel.setMode(ui::MeasureMode::Traverse);
    panel.setRouteEnds("landing-pad-1", "fission-reactor");
    panel.rover().max_slope_deg = 15.0;
    panel.rover().speed_mps = 0.5;
    panel.planRoute();
    CHECK(panel.planning()); // in the background: the view goes on drawing meanwhile
    c.render(0.1);
    waitForPlan(panel);
    REQUIRE(panel.route());
    const Traverse& t = panel.route()->traverse;
    INFO(t.problem);
    REQUIRE(t.found);
    const Facility& from = facility(s.scenario, "landing-pad-1");
    const Facility& to = facility(s.scenario, "fission-reactor");
    const double straight_m = sphereChord_m({degToRad(from.lat_deg), degToRad(from.lon_deg)},
                                            {degToRad(to.lat_deg), degToRad(to.lon_deg)});
    CAPTURE(t.length_m, straight_m, t.max_slope_deg);
    // The ends are snapped to pixel centres: up to half a pixel's diagonal each.
    const double pixel_m = 2.0 * s.detail->grid.heights().geo.pixel_width; // generous bound
    CHECK(t.length_m >= straight_m - pixel_m);
    CHECK(t.max_slope_deg <= 15.0);
    CHECK(t.duration_s == Approx(t.length_m / 0.5));
    CHECK(s.detail->grid.contains(panel.route()->points.front()));

    // Planned on the DEM as read, not as filled for drawing: a hole across the whole grid
    // between the two ends leaves no route, and the panel says why.
    {
        const TerrainGrid kept = *s.detail_as_read;
        double col = 0.0, row_from = 0.0, row_to = 0.0;
        kept.pixelOf({degToRad(from.lat_deg), degToRad(from.lon_deg)}, col, row_from);
        kept.pixelOf({degToRad(to.lat_deg), degToRad(to.lon_deg)}, col, row_to);
        REQUIRE(std::abs(row_to - row_from) > 10.0);
        const int middle = static_cast<int>(std::lround(0.5 * (row_from + row_to)));
        Raster<float> holed = kept.heights();
        for (int hole_col = 0; hole_col < holed.width(); ++hole_col)
            for (int r = middle - 2; r <= middle + 2; ++r)
                holed.at(hole_col, r) = std::nanf("");
        *s.detail_as_read = TerrainGrid(holed, kept.projectionPtr());
        panel.planRoute();
        waitForPlan(panel);
        *s.detail_as_read = kept;
        REQUIRE(panel.route());
        CHECK_FALSE(panel.route()->traverse.found);
        CHECK_THAT(panel.route()->traverse.problem, Catch::Contains("hole"));
        panel.planRoute();
        waitForPlan(panel);
        REQUIRE(panel.route());
        REQUIRE(panel.route()->traverse.found);
    }

    panel.viewFromAbove(panel.route()->points);
    for (int i = 0; i < 3; ++i)
        c.render(2.0); // the camera's flight there
    osg::ref_ptr<osg::Image> image = c.render(0.1);
    test::writePngForPeople(*image, "measure_traverse.png");
    const std::size_t route_px = pixelsOfColour(*image, scene::measureRouteColour(), 30);
    CAPTURE(route_px);
    // A 3 px line over a route a few hundred pixels long on screen.
    CHECK(route_px > 300);
    cockpit.setPanelOpen(ui::PanelId::Measure, false);
}

TEST_CASE("Measure: points clicked on the ground make a profile, exported as CSV; Backspace "
          "removes the last point and Esc clears them", "[render][ui][measure]")
{
    test::OffscreenCockpit c("base");
    ui::Cockpit& cockpit = c.session->cockpit();
    cockpit.setPanelOpen(ui::PanelId::Measure, true);
    ui::MeasurePanel& panel = cockpit.measure();
    panel.setMode(ui::MeasureMode::Distance);
    MeasureMarks& marks = *c.session->model().measure;
    marks.clearPoints();
    c.render();
    const float xs[] = {330.0f, 450.0f, 560.0f};
    for (float x : xs) {
        c.click(x, 0.62f * test::OffscreenCockpit::kHeight);
        c.render(0.1);
    }
    REQUIRE(marks.points.size() == 3);
    c.key(osgGA::GUIEventAdapter::KEY_BackSpace);
    c.render(0.1);
    REQUIRE(marks.points.size() == 2);
    osg::ref_ptr<osg::Image> image = c.render(0.1);
    test::writePngForPeople(*image, "measure_profile.png");
    const SurfaceProfile& p = panel.profile();
    REQUIRE(p.samples.size() > 2);
    CHECK(p.complete());
    CHECK(p.surface_length_m >= p.horizontal_length_m);
    CHECK(pixelsOfColour(*image, scene::measurePathColour(), 30) > 50);

    const std::string csv = test::outputPath("measure_profile.csv");
    panel.exportCsv(csv);
    CHECK(panel.status().find("wrote ") == 0);
    const std::vector<io::ProfileCsvRow> rows = io::readProfileCsv(csv);
    REQUIRE(rows.size() == p.samples.size());
    CHECK(rows.back().distance_m == Approx(p.surface_length_m).margin(1e-3));
    panel.exportCsv("/no/such/dir/profile.csv");
    CHECK(panel.status().find("/no/such/dir/profile.csv") != std::string::npos);

    c.key(osgGA::GUIEventAdapter::KEY_Escape);
    c.render(0.1);
    CHECK(marks.points.empty());
    CHECK(panel.profile().samples.empty());
    cockpit.setPanelOpen(ui::PanelId::Measure, false);
}
