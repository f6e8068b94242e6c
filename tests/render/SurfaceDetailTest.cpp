// The surface detail drawn (shaders/surface_detail.glsl): it adds fine detail where the DEM
// alone is smooth, by the outreach issue's measure, and it shows no line along the edges of
// the finest terrain tiles. PNGs are kept in build/test-output/ for people to look at.
#include "DefaultScene.h"
#include "ImageStatistics.h"

#include "core/LatLon.h"
#include "export/OffscreenRenderer.h"
#include "io/LunarDem.h"
#include "scene/LoadedScene.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

using namespace lunar;
using test::defaultScene;

namespace {

osg::ref_ptr<osg::Image> renderWithDetail(const CameraPose& pose, bool detail, int width,
                                          int height)
{
    scene::LoadedScene& s = defaultScene();
    const bool labels = s.layers->labels, shown = s.layers->detail;
    s.layers->labels = false;
    s.layers->detail = detail;
    exporting::OffscreenRenderer renderer({width, height, 4});
    renderer.setScene(s.root.get());
    renderer.setPose(pose);
    osg::ref_ptr<osg::Image> image = renderer.render();
    s.layers->labels = labels;
    s.layers->detail = shown;
    return image;
}

// The ENU position of a point given in DEM pixel-centre coordinates, on the terrain.
Vec3d enuAtDemPixel(const scene::LoadedScene& s, double col, double row)
{
    const LatLon ll = s.dem->projection()->toLatLon(s.dem_geo.mapFromPixel(col + 0.5, row + 0.5));
    return s.frame->enuFromSelenographic({ll.lat_rad, ll.lon_rad, s.terrain.heightAt(ll)});
}

double luminance(const osg::Image& image, int x, int y)
{
    const unsigned char* p = image.data(x, y);
    return 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
}

} // namespace

TEST_CASE("Surface detail: the near ground from core and base has three times the detail",
          "[detail]")
{
    // The measure: mean |Laplacian| of luminance over the lower half of a 960 x 540
    // frame without labels (today's baselines: core 1.90, base 2.04).
    for (const char* camera : {"core", "base"}) {
        const CameraPose pose = defaultScene().pose(camera);
        const osg::ref_ptr<osg::Image> without = renderWithDetail(pose, false, 960, 540);
        const osg::ref_ptr<osg::Image> with = renderWithDetail(pose, true, 960, 540);
        test::writePngForPeople(*without, std::string("detail_") + camera + "_off.png");
        test::writePngForPeople(*with, std::string("detail_") + camera + "_on.png");
        const double off = test::meanAbsLaplacian(*without, 0, 0, 960, 270);
        const double on = test::meanAbsLaplacian(*with, 0, 0, 960, 270);
        CAPTURE(camera, off, on);
        CHECK(on >= 3.0 * off);
        // The craters texture the ground; they do not darken or brighten it as a whole.
        const double mean_off = test::meanLuminance(*without), mean_on = test::meanLuminance(*with);
        CAPTURE(mean_off, mean_on);
        CHECK(std::abs(mean_on - mean_off) < 0.25 * mean_off);
    }
}

TEST_CASE("Surface detail: no line where two of the finest tiles meet", "[detail]")
{
    // Straight down from 60 m onto an edge between two finest-level tiles (the pyramid's
    // tiles are 64 DEM pixels wide), the edge running up the middle of the frame: two tiles
    // and 30 pixels from the base origin, on open ground beside the facilities' pads.
    const scene::LoadedScene& s = defaultScene();
    const LatLon origin{s.frame->origin().lat_rad, s.frame->origin().lon_rad};
    double col = 0.0, row = 0.0;
    s.dem_geo.pixelFromMap(s.dem->projection()->toMap(origin), col, row);
    const double edge_col = std::round((col - 0.5) / 64.0) * 64.0 + 128.0;
    const double mid_row = std::round(row) + 30.5;
    const Vec3d centre = enuAtDemPixel(s, edge_col, mid_row);
    const Vec3d along = enuAtDemPixel(s, edge_col, mid_row - 1.0) - centre;
    CameraPose pose;
    pose.target_enu = centre;
    pose.eye_enu = centre + Vec3d{0.0, 0.0, 60.0};
    pose.up_enu = Vec3d{along.x, along.y, 0.0}.normalized();
    pose.fov_y_deg = 40.0;

    const int w = 640, h = 480;
    scene::LoadedScene& scene = defaultScene();
    const bool labels = scene.layers->labels;
    scene.layers->labels = false;
    scene.layers->boulders = false; // the craters' seams: boulders have their own tests
    exporting::OffscreenRenderer renderer({w, h, 4});
    renderer.setScene(scene.root.get());
    renderer.setPose(pose);
    const osg::ref_ptr<osg::Image> image = renderer.render();
    scene.layers->labels = labels;
    scene.layers->boulders = true;
    test::writePngForPeople(*image, "detail_tile_edge.png");
    // Where the edge lies on screen (it should be near the middle column).
    const osg::Vec3d a = renderer.project({centre.x, centre.y, centre.z});
    const Vec3d far_end = enuAtDemPixel(s, edge_col, mid_row - 20.0);
    const osg::Vec3d b = renderer.project({far_end.x, far_end.y, far_end.z});
    const int edge_x = static_cast<int>(std::floor(a.x()));
    CAPTURE(a.x(), b.x(), edge_x);
    REQUIRE(std::abs(a.x() - b.x()) < 2.0); // the edge is vertical on screen
    REQUIRE(edge_x > w / 4);
    REQUIRE(edge_x < 3 * w / 4);

    // A seam is a column where neighbours differ more than anywhere else: craters cut by
    // it, or shifted across it, make the two columns either side differ and decorrelate.
    // Compare them with every other pair of neighbouring columns.
    auto meanStep = [&](int x) {
        double sum = 0.0;
        for (int y = h / 8; y < 7 * h / 8; ++y)
            sum += std::abs(luminance(*image, x + 1, y) - luminance(*image, x, y));
        return sum / (0.75 * h);
    };
    auto correlation = [&](int x) { // of column x with column x + 1
        double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0, n = 0;
        for (int y = h / 8; y < 7 * h / 8; ++y) {
            const double l0 = luminance(*image, x, y), l1 = luminance(*image, x + 1, y);
            sa += l0, sb += l1, saa += l0 * l0, sbb += l1 * l1, sab += l0 * l1, n += 1;
        }
        const double cov = sab / n - sa * sb / (n * n);
        return cov / std::sqrt((saa / n - sa * sa / (n * n)) * (sbb / n - sb * sb / (n * n)));
    };
    double elsewhere = 0.0, correlated = 0.0;
    int columns = 0;
    for (int x = 16; x < w - 17; ++x)
        if (std::abs(x - edge_x) > 4) {
            elsewhere += meanStep(x);
            correlated += correlation(x);
            ++columns;
        }
    elsewhere /= columns;
    correlated /= columns;
    double across = 0.0, least_correlated = 1.0;
    for (int dx = -1; dx <= 1; ++dx) {
        across = std::max(across, meanStep(edge_x + dx));
        least_correlated = std::min(least_correlated, correlation(edge_x + dx));
    }
    const double left = test::meanAbsLaplacian(*image, 16, h / 8, edge_x - 2, 7 * h / 8);
    const double right = test::meanAbsLaplacian(*image, edge_x + 3, h / 8, w - 16, 7 * h / 8);
    const double mean_left = test::meanLuminance(*image, edge_x - w / 8, h / 2, w / 10);
    const double mean_right = test::meanLuminance(*image, edge_x + w / 8, h / 2, w / 10);
    CAPTURE(across, elsewhere, least_correlated, correlated, left, right, mean_left, mean_right);
    REQUIRE(mean_left > 20.0); // sunlit ground on both sides, so the detail shows
    REQUIRE(mean_right > 20.0);
    REQUIRE(left > 2.0);       // and it does show
    CHECK(across < 1.25 * elsewhere);
    CHECK(1.0 - least_correlated < 1.5 * (1.0 - correlated));
    CHECK(std::abs(left - right) < 0.3 * std::max(left, right));
    CHECK(std::abs(mean_left - mean_right) < 0.3 * std::max(mean_left, mean_right));
}
