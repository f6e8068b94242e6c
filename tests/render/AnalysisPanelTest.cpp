// The Analysis panel driven headlessly: maps of the default DEM computed in the background
// (the view keeps drawing), each draped over the terrain in its colours; a map that cannot
// be read and a cancelled run are reported in the panel.
#include "DefaultScene.h"
#include "OffscreenCockpit.h"

#include "mission/BookmarkPose.h"
#include "ui/AnalysisPanel.h"
#include "ui/Cockpit.h"
#include "ui/SkyStripView.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <thread>

using namespace lunar;

namespace {

void waitForAnalysis(ui::AnalysisPanel& panel)
{
    const auto start = std::chrono::steady_clock::now();
    while (panel.running() && std::chrono::steady_clock::now() - start < std::chrono::minutes(5))
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    panel.poll();
}

std::string mapNamed(const ui::AnalysisPanel& panel, const std::string& file)
{
    for (const std::string& path : panel.maps())
        if (std::filesystem::path(path).filename() == file)
            return path;
    return "";
}

// Pixels of the view (the left and right panel columns excluded) that are clearly bluish
// cyan, the permanent-shadow colour, or differ between two images.
std::size_t cyanPixels(const osg::Image& image)
{
    std::size_t n = 0;
    for (int y = image.t() / 4; y < image.t(); ++y) // rows up from the bottom: above the timeline
        for (int x = image.s() / 4; x < 3 * image.s() / 4; ++x) {
            const unsigned char* p = image.data(x, y);
            n += (p[2] > 90 && p[2] > p[0] + 50 && p[1] > p[0] + 30) ? 1 : 0;
        }
    return n;
}

double changedShare(const osg::Image& a, const osg::Image& b)
{
    std::size_t changed = 0, total = 0;
    for (int y = a.t() / 4; y < a.t(); ++y)
        for (int x = a.s() / 4; x < 3 * a.s() / 4; ++x) {
            const unsigned char* p = a.data(x, y);
            const unsigned char* q = b.data(x, y);
            changed += (std::abs(p[0] - q[0]) + std::abs(p[1] - q[1]) + std::abs(p[2] - q[2]) > 30) ? 1 : 0;
            ++total;
        }
    return static_cast<double>(changed) / static_cast<double>(total);
}

} // namespace

TEST_CASE("Analysis panel: maps computed in the background drape over the terrain",
          "[render][ui][analysis]")
{
    test::OffscreenCockpit c("base");
    scene::LoadedScene& s = test::defaultScene();
    // From 25 km up over Shackleton: the crater's floor, a cold trap, fills the middle.
    CameraBookmark above;
    above.eye_lat_deg = -89.2;
    above.eye_lon_deg = 129.78;
    above.eye_height_m = 25000.0;
    above.target_lat_deg = -89.67;
    above.target_lon_deg = 129.78;
    c.session->navigator().setPose(poseFromBookmark(above, s.terrain, *s.frame, s.vertical_exaggeration));
    s.layers->shading = TerrainShading::Hillshade; // a fixed light: only the maps change pixels
    ui::Cockpit& cockpit = c.session->cockpit();
    cockpit.setPanelOpen(ui::PanelId::Analysis, true);
    ui::AnalysisPanel& panel = cockpit.analysis();
    panel.settings() = {"2030-01-01", "2031-01-01", 48.0f, 2.0f, 256};
    panel.start();
    CHECK(panel.running());
    const osg::ref_ptr<osg::Image> plain = c.render(0.1); // the view draws meanwhile
    waitForAnalysis(panel);
    INFO(panel.problem());
    REQUIRE(panel.problem().empty());
    for (const char* file : {"slope.tif", "illumination_2m.tif", "earth_2m.tif", "psr.tif", "suitability.tif"})
        CHECK_FALSE(mapNamed(panel, file).empty());

    REQUIRE(panel.showMap(mapNamed(panel, "illumination_2m.tif")));
    const osg::ref_ptr<osg::Image> lit = c.render(0.1);
    test::writePngForPeople(*lit, "analysis_illumination.png");
    CHECK(changedShare(*plain, *lit) > 0.3); // the terrain in view is coloured

    REQUIRE(panel.showMap(mapNamed(panel, "psr.tif")));
    const osg::ref_ptr<osg::Image> cold = c.render(0.1);
    test::writePngForPeople(*cold, "analysis_psr.png");
    // Cold traps in cyan; the rest of the ground keeps its shading.
    CHECK(cyanPixels(*cold) > cyanPixels(*plain) + 500);
    // The middle of the view is Shackleton's floor: never lit, a cold trap.
    const unsigned char* floor_lit = lit->data(lit->s() / 2, lit->t() / 2);
    const unsigned char* floor_cold = cold->data(cold->s() / 2, cold->t() / 2);
    CHECK(floor_lit[0] + floor_lit[1] + floor_lit[2] < 200);
    CHECK(floor_cold[2] > floor_cold[0] + 50);

    REQUIRE(panel.showMap(""));
    CHECK(changedShare(*plain, *c.render(0.1)) < 0.01);

    CHECK_FALSE(panel.showMap("/no/such/map.tif"));
    CHECK(panel.problem().find("/no/such/map.tif") != std::string::npos);

    panel.settings() = {"2030-01-01", "2040-01-01", 1.0f, 2.0f, 1024};
    panel.start();
    panel.cancel();
    waitForAnalysis(panel);
    CHECK(panel.problem() == "cancelled");
}

TEST_CASE("Inspector: a facility's Sun and Earth strips through the year, higher sees more",
          "[render][ui][analysis]")
{
    test::OffscreenCockpit c("base");
    ui::ViewerModel& model = c.session->model();
    REQUIRE(model.editor.select("comms-mast"));
    const auto stripsAfterRendering = [&c]() {
        const ui::SkyStripView& sky = c.session->cockpit().inspector().sky();
        c.render(0.1); // starts the computation
        const auto start = std::chrono::steady_clock::now();
        while (sky.computing() && std::chrono::steady_clock::now() - start < std::chrono::minutes(2)) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            c.render(0.1); // picks it up
        }
        return sky.shown();
    };
    const std::optional<ui::SkyStripView::Strips> mast = stripsAfterRendering();
    test::writePngForPeople(*c.render(0.1), "inspector_sky_strips.png");
    REQUIRE(mast);
    REQUIRE(mast->problem.empty());
    const int days = (mast->year % 4 == 0) ? 366 : 365;
    CHECK(mast->sun.fraction.size() == static_cast<std::size_t>(days * 8)); // every 3 h
    CHECK(mast->earth.fraction.size() == mast->sun.fraction.size());
    CHECK(mast->sun.mean_fraction > 0.0);

    // The same place at ground level: a lower eye never sees more of either.
    Facility* f = nullptr;
    for (Facility& candidate : model.scenario.facilities)
        f = candidate.id == "comms-mast" ? &candidate : f;
    REQUIRE(f != nullptr);
    const double height_m = f->height_m;
    f->height_m = 0.0;
    const std::optional<ui::SkyStripView::Strips> ground = stripsAfterRendering();
    f->height_m = height_m;
    REQUIRE(ground);
    CHECK(ground->sun.mean_fraction <= mast->sun.mean_fraction);
    CHECK(ground->earth.mean_fraction <= mast->earth.mean_fraction);
    CHECK(ground->sun.longest_dark >= mast->sun.longest_dark);
}
