// The globe's relief map from a global DEM: normals tilt away from a hill, flat ground points
// up, and a DEM that covers only a polar cap gives no map.
#include "core/Angles.h"
#include "core/PolarStereographic.h"
#include "terrain/GlobeRelief.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <memory>

using namespace lunar;

namespace {

// Longitude/latitude in degrees as the map coordinates (a simple cylindrical grid).
class LonLatDegrees : public MapProjection {
public:
    LatLon toLatLon(const MapXY& m) const override { return {degToRad(m.y), degToRad(m.x)}; }
    MapXY toMap(const LatLon& p) const override { return {radToDeg(p.lon_rad), radToDeg(p.lat_rad)}; }
    std::string name() const override { return "lon/lat degrees"; }
};

// A whole-Moon grid, 1 deg pixels, flat but for a 2 km high dome 5 deg across at (0, 0).
TerrainGrid globalGridWithDome()
{
    Raster<float> h(360, 180);
    h.geo = GeoTransform{-180.0, 1.0, 0.0, 90.0, 0.0, -1.0};
    for (int r = 0; r < 180; ++r)
        for (int c = 0; c < 360; ++c) {
            const double lon = -179.5 + c, lat = 89.5 - r;
            const double d = std::hypot(lon, lat);
            h.at(c, r) = static_cast<float>(d < 5.0 ? 2000.0 * std::cos(d / 5.0 * kPi / 2) : 0.0);
        }
    return TerrainGrid(std::move(h), std::make_shared<LonLatDegrees>());
}

const float* normalAt(const GlobeRelief& relief, double lat_deg, double lon_deg)
{
    const int i = static_cast<int>((lon_deg + 180.0) / 360.0 * relief.width);
    const int j = static_cast<int>((lat_deg + 90.0) / 180.0 * relief.height);
    return &relief.normals_enu[(static_cast<std::size_t>(j) * relief.width + i) * 3];
}

} // namespace

TEST_CASE("Globe relief: a global DEM's hill tilts the normals away from its top", "[globe]")
{
    const auto relief = globeReliefFrom(globalGridWithDome(), {360, 0.98});
    REQUIRE(relief);
    CHECK(relief->width == 360);
    CHECK(relief->height == 180);
    const float* flat = normalAt(*relief, 40.0, 100.0);
    CHECK(flat[2] == Approx(1.0f));
    const float* east_flank = normalAt(*relief, 0.2, 2.5);
    const float* north_flank = normalAt(*relief, 2.5, 0.2);
    CHECK(east_flank[0] > 0.005f); // faces east, away from the top
    CHECK(std::fabs(east_flank[1]) < 0.5f * east_flank[0]);
    CHECK(north_flank[1] > 0.005f);
    for (const float* n : {flat, east_flank, north_flank})
        CHECK(n[0] * n[0] + n[1] * n[1] + n[2] * n[2] == Approx(1.0f));
}

TEST_CASE("Globe relief: a polar cap covers too little of the Moon to give one", "[globe]")
{
    Raster<float> h(100, 100);
    h.geo = GeoTransform{-150000.0, 3000.0, 0.0, 150000.0, 0.0, -3000.0};
    for (float& v : h.samples())
        v = 0.0f;
    const TerrainGrid cap(std::move(h), std::make_shared<PolarStereographic>(PolarStereographic::Pole::South));
    CHECK_FALSE(globeReliefFrom(cap));
}
