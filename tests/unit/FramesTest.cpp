#include "core/Angles.h"
#include "core/EnuFrame.h"
#include "core/MoonBody.h"
#include "core/SelenographicFrame.h"

#include <catch2/catch.hpp>

using namespace lunar;

TEST_CASE("Frames: selenographic -> Moon-fixed -> selenographic round trip", "[core][frames]")
{
    const auto [lat, lon, h] = GENERATE(table<double, double, double>({
        {0.0, 0.0, 0.0},
        {-89.9, 129.8, -4200.0},
        {45.0, -120.0, 10500.0},
        {-45.4446, 177.5991, -5935.0},
        {89.999, 10.0, 3000.0},
    }));
    CAPTURE(lat, lon, h);
    const LatLonHeight in{degToRad(lat), degToRad(lon), h};
    const Vec3d xyz = moonFixedFromSelenographic(in);
    CHECK(xyz.length() == Approx(moon::kRadius_m + h).epsilon(1e-12));
    const LatLonHeight out = selenographicFromMoonFixed(xyz);
    CHECK(radToDeg(out.lat_rad) == Approx(lat).margin(1e-9));
    CHECK(radToDeg(out.lon_rad) == Approx(lon).margin(1e-9));
    CHECK(out.height_m == Approx(h).margin(1e-6));
}

TEST_CASE("Frames: Moon-fixed axes point where the IAU frame says", "[core][frames]")
{
    const Vec3d north_pole = moonFixedFromSelenographic({degToRad(90.0), 0.0, 0.0});
    CHECK(north_pole.z == Approx(moon::kRadius_m));
    const Vec3d lon90 = moonFixedFromSelenographic({0.0, degToRad(90.0), 0.0});
    CHECK(lon90.y == Approx(moon::kRadius_m));
    CHECK(std::abs(lon90.x) < 1e-6);
}

TEST_CASE("Frames: ENU round trip at the base, in metres, far from the origin", "[core][frames]")
{
    const EnuFrame frame({degToRad(-89.72), degToRad(-117.2), 0.0});
    const auto [east, north, up] = GENERATE(table<double, double, double>({
        {0.0, 0.0, 0.0},
        {2.0, -3.0, 1.5},
        {50000.0, 0.0, 0.0},
        {-35000.0, 41000.0, -4000.0},
    }));
    const Vec3d enu{east, north, up};
    const Vec3d back = frame.toEnu(frame.toMoonFixed(enu));
    // Sub-millimetre at 50 km: the renderer's double-precision frame holds.
    CHECK((back - enu).length() < 1e-6);
}

TEST_CASE("Frames: ENU axes are east, north and up at the origin", "[core][frames]")
{
    const double lat = -30.0, lon = 40.0;
    const EnuFrame frame({degToRad(lat), degToRad(lon), 0.0});
    // A point slightly north (higher latitude) has positive north, ~zero east.
    const Vec3d north = frame.enuFromSelenographic({degToRad(lat + 0.01), degToRad(lon), 0.0});
    CHECK(north.y > 300.0);
    CHECK(std::abs(north.x) < 1e-6);
    const Vec3d east = frame.enuFromSelenographic({degToRad(lat), degToRad(lon + 0.01), 0.0});
    CHECK(east.x > 250.0);
    const Vec3d up = frame.enuFromSelenographic({degToRad(lat), degToRad(lon), 100.0});
    CHECK(up.z == Approx(100.0));
    CHECK(std::abs(up.x) < 1e-6);
}

TEST_CASE("Frames: the surface 50 km away drops by the curvature, ~720 m", "[core][frames]")
{
    const EnuFrame frame({degToRad(-89.5), 0.0, 0.0});
    // Walk 50 km along the surface (arc) toward the north of the origin's meridian.
    const double arc_deg = radToDeg(50000.0 / moon::kRadius_m);
    const Vec3d far = frame.enuFromSelenographic({degToRad(-89.5 + arc_deg), 0.0, 0.0});
    CHECK(far.z == Approx(-(moon::kRadius_m * (1.0 - std::cos(50000.0 / moon::kRadius_m))))
                       .epsilon(1e-9));
    CHECK(far.z == Approx(-719.5).margin(1.0));
}

TEST_CASE("Frames: chord on the sphere between neighbouring points is their arc length",
          "[core][frames]")
{
    const double arc_rad = 20.0 / moon::kRadius_m; // 20 m along a meridian
    const LatLon a{degToRad(-89.5), degToRad(30.0)};
    const LatLon b{a.lat_rad + arc_rad, a.lon_rad};
    CHECK(sphereChord_m(a, b) == Approx(20.0).epsilon(1e-9));
    CHECK(sphereChord_m(a, a) == 0.0);
}
