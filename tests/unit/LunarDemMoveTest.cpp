// A LunarDem moves with all it was opened with: the dataset handle (closed once) and every
// option, check_heights included (a hand-written move once dropped it).
#include "TestPaths.h"

#include "core/LunarError.h"
#include "io/GeoTiffWriter.h"
#include "io/LunarDem.h"
#include "terrain/Raster.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>

using namespace lunar;

namespace {
// A raster that is not heights: 40 km values, beyond any lunar relief (an analysis map, say).
// `name`: a scratch folder of the test's own (CTest runs the test cases in parallel).
std::string notHeightsRaster(const std::string& name)
{
    Raster<float> values(8, 8, 40000.0f);
    values.geo = {-400.0, 100.0, 0.0, 400.0, 0.0, -100.0};
    const auto path = (test::scratchDir(name) / "not_heights.tif").string();
    io::writeFloatGeoTiff(values, path);
    return path;
}
} // namespace

TEST_CASE("DEM: a moved DEM keeps check_heights off and its open dataset", "[io][dem]")
{
    const std::string path = notHeightsRaster("dem-move-unchecked");
    io::DemOpenOptions options;
    options.check_heights = false;
    io::LunarDem opened = io::LunarDem::open(path, options);

    io::LunarDem constructed(std::move(opened));
    CHECK(constructed.path() == path);
    CHECK(constructed.readHeights(0, 0, 8, 8, 8, 8).at(3, 3) == 40000.0f);

    io::LunarDem assigned = io::LunarDem::open(path); // checking heights, to be replaced
    assigned = std::move(constructed);
    CHECK(assigned.width() == 8);
    CHECK(assigned.readHeights(0, 0, 8, 8, 8, 8).at(0, 0) == 40000.0f);
}

TEST_CASE("DEM: a moved DEM keeps check_heights on", "[io][dem]")
{
    const std::string path = notHeightsRaster("dem-move-checked");
    io::LunarDem moved(io::LunarDem::open(path));
    CHECK_THROWS_AS(moved.readHeights(0, 0, 8, 8, 8, 8), LunarError);
}
