#include "core/Angles.h"
#include "core/PolarStereographic.h"

#include <catch2/catch.hpp>
#include <proj.h>

#include <memory>

using namespace lunar;

namespace {
// PROJ's own IAU_2015:30135 (south polar stereographic on the 1737.4 km sphere).
struct ProjTransform {
    PJ_CONTEXT* ctx = proj_context_create();
    PJ* pj = nullptr;
    ProjTransform()
    {
        PJ* raw = proj_create_crs_to_crs(ctx, "IAU_2015:30100", "IAU_2015:30135", nullptr);
        REQUIRE(raw != nullptr);
        pj = proj_normalize_for_visualization(ctx, raw); // lon, lat order in degrees
        proj_destroy(raw);
        REQUIRE(pj != nullptr);
    }
    ~ProjTransform()
    {
        proj_destroy(pj);
        proj_context_destroy(ctx);
    }
};
} // namespace

TEST_CASE("Polar stereographic: matches PROJ's IAU_2015:30135 to a millimetre", "[core][projection]")
{
    ProjTransform proj;
    const PolarStereographic south(PolarStereographic::Pole::South);
    const auto [lat, lon] = GENERATE(table<double, double>({
        {-90.0 + 1e-9, 0.0},
        {-89.67, 129.78},
        {-88.48, -88.34},
        {-87.2, -7.49},
        {-85.0, 45.0},
        {-80.0, 180.0},
        {-60.0, -135.0},
    }));
    CAPTURE(lat, lon);
    PJ_COORD in = proj_coord(lon, lat, 0, 0);
    const PJ_COORD expected = proj_trans(proj.pj, PJ_FWD, in);
    const MapXY ours = south.toMap({degToRad(lat), degToRad(lon)});
    CHECK(ours.x == Approx(expected.xy.x).margin(1e-3));
    CHECK(ours.y == Approx(expected.xy.y).margin(1e-3));

    const LatLon back = south.toLatLon(ours);
    CHECK(radToDeg(back.lat_rad) == Approx(lat).margin(1e-9));
    if (lat > -90.0 + 1e-6)
        CHECK(wrapDeg180(radToDeg(back.lon_rad) - lon) == Approx(0.0).margin(1e-9));
}

TEST_CASE("Polar stereographic: the pole is the origin and scale is true there", "[core][projection]")
{
    const PolarStereographic south(PolarStereographic::Pole::South);
    const MapXY pole = south.toMap({degToRad(-90.0), 0.0});
    CHECK(std::abs(pole.x) < 1e-6);
    CHECK(std::abs(pole.y) < 1e-6);
    // 1 km of arc from the pole is ~1 km on the map (k0 = 1).
    const double arc_rad = 1000.0 / 1737400.0;
    const MapXY near = south.toMap({-kPi / 2.0 + arc_rad, 0.0});
    CHECK(std::hypot(near.x, near.y) == Approx(1000.0).epsilon(1e-6));
}
