#include "core/Angles.h"
#include "mission/CameraNavigator.h"

#include <catch2/catch.hpp>

using namespace lunar;

namespace {
// A base frame near the south pole and ground rising 1 m per 10 m eastward (a 5.7 deg
// slope), 500 m above the sphere at the origin.
struct SlopedGround {
    EnuFrame frame{{degToRad(-89.7), degToRad(-117.0), 0.0}};
    GroundHeight height = [this](const LatLon& p) {
        return 500.0 + 0.1 * frame.enuFromSelenographic({p.lat_rad, p.lon_rad, 0.0}).x;
    };
    double groundAt(const Vec3d& enu) const
    {
        const LatLonHeight ll = frame.selenographicFromEnu(enu);
        return height({ll.lat_rad, ll.lon_rad});
    }
    double aboveGround(const Vec3d& enu) const
    {
        return frame.selenographicFromEnu(enu).height_m - groundAt(enu);
    }
};

CameraPose lookingAt(const Vec3d& eye, const Vec3d& target)
{
    CameraPose p;
    p.eye_enu = eye;
    p.target_enu = target;
    return p;
}

void finishFlight(CameraNavigator& nav)
{
    for (int i = 0; i < 1000 && nav.flying(); ++i)
        nav.advance(1.0 / 60.0);
    REQUIRE_FALSE(nav.flying());
}
} // namespace

TEST_CASE("Navigation: orbiting turns around a fixed target and never dips below the ground",
          "[mission][navigation]")
{
    SlopedGround g;
    CameraNavigator nav(g.frame, g.height);
    const Vec3d target{0.0, 0.0, 500.0};
    nav.setPose(lookingAt({0.0, -1000.0, 1500.0}, target));
    REQUIRE(nav.mode() == NavigationMode::Orbit);
    CHECK((nav.orbitTarget() - target).length() < 0.5);
    const double distance = nav.orbitDistance_m();
    CHECK(distance == Approx(std::hypot(1000.0, 1000.0)).epsilon(0.001));
    nav.orbit(degToRad(90.0), 0.0);
    CameraPose p = nav.pose();
    CHECK((p.target_enu - nav.orbitTarget()).length() < 1e-6);
    CHECK((p.eye_enu - p.target_enu).length() == Approx(distance).epsilon(1e-6));
    CHECK(p.eye_enu.x < -900.0); // a quarter turn: the eye went from the south to the west
    nav.dolly(0.5);
    CHECK(nav.orbitDistance_m() == Approx(distance / 2).epsilon(1e-6));
    // Down to the horizon and below: the eye stays above the slope.
    for (int i = 0; i < 100; ++i)
        nav.orbit(0.0, -degToRad(2.0));
    CHECK(g.aboveGround(nav.pose().eye_enu) >= CameraNavigator::kClearance_m - 0.01);
    // Panning slides the target over the ground (it stays on the ground).
    nav.pan(200.0, 0.0);
    CHECK(std::abs(g.aboveGround(nav.orbitTarget())) < 0.01);
}

TEST_CASE("Navigation: walking follows the terrain at eye height", "[mission][navigation]")
{
    SlopedGround g;
    CameraNavigator nav(g.frame, g.height);
    nav.setPose(lookingAt({0.0, -300.0, 1000.0}, {0.0, 0.0, 500.0}));
    nav.setMode(NavigationMode::Walk);
    CHECK(nav.mode() == NavigationMode::Walk); // reported during the flight down
    finishFlight(nav);
    const Vec3d start = nav.pose().eye_enu;
    CHECK(g.aboveGround(start) == Approx(CameraNavigator::kEyeHeight_m).margin(0.01));
    // It landed where it was looking (the target), not under the camera.
    CHECK(std::hypot(start.x, start.y) < 1.0);
    // Face east (uphill) and walk 100 m: the eye climbs 10 m with the ground.
    const Vec3d d = (nav.pose().target_enu - start).normalized();
    const double heading = std::atan2(d.x, d.y);
    nav.look(degToRad(90.0) - heading, 0.0);
    nav.move(100.0, 0.0, 0.0);
    const Vec3d end = nav.pose().eye_enu;
    CHECK(end.x - start.x == Approx(100.0).epsilon(0.01));
    CHECK(g.aboveGround(end) == Approx(CameraNavigator::kEyeHeight_m).margin(0.01));
    CHECK(end.z - start.z == Approx(10.0).margin(0.1));
    CHECK(nav.travelSpeed_mps() == Approx(1.4));
}

TEST_CASE("Navigation: flying moves along the view, faster higher up, and stops at the "
          "ground", "[mission][navigation]")
{
    SlopedGround g;
    CameraNavigator nav(g.frame, g.height);
    nav.setPose(lookingAt({0.0, -1000.0, 1500.0}, {0.0, 0.0, 500.0}));
    nav.setMode(NavigationMode::Fly);
    CHECK_FALSE(nav.flying()); // fly keeps the view as it is
    const CameraPose before = nav.pose();
    const double high_speed = nav.travelSpeed_mps();
    nav.move(500.0, 0.0, 0.0); // along the view: down toward the target
    const Vec3d moved = nav.pose().eye_enu - before.eye_enu;
    CHECK(moved.length() == Approx(500.0).epsilon(0.01));
    CHECK(moved.z < -300.0);
    CHECK(nav.travelSpeed_mps() < high_speed);
    nav.move(5000.0, 0.0, 0.0); // far into the ground: stopped at the clearance
    CHECK(g.aboveGround(nav.pose().eye_enu) >= CameraNavigator::kClearance_m - 0.01);
    nav.look(0.0, degToRad(200.0)); // pitch is limited short of the zenith
    const CameraPose up = nav.pose();
    CHECK(dot((up.target_enu - up.eye_enu).normalized(), up.up_enu) == Approx(std::sin(degToRad(89.0))).epsilon(1e-6));
}

TEST_CASE("Navigation: a flight to a bookmark is smooth, arcs over the ground and ends on it",
          "[mission][navigation]")
{
    SlopedGround g;
    CameraNavigator nav(g.frame, g.height);
    nav.setPose(lookingAt({0.0, -1000.0, 1500.0}, {0.0, 0.0, 500.0}));
    const LatLonHeight far = g.frame.selenographicFromEnu({20000.0, 0.0, 0.0});
    const Vec3d far_ground = g.frame.enuFromSelenographic(
        {far.lat_rad, far.lon_rad, g.height({far.lat_rad, far.lon_rad})});
    const CameraPose destination = lookingAt(far_ground + Vec3d{0.0, -1000.0, 1500.0}, far_ground);
    nav.flyTo(destination);
    REQUIRE(nav.flying());
    Vec3d previous = nav.pose().eye_enu;
    double largest_step = 0.0, highest_above_chord = 0.0;
    int frames = 0;
    while (nav.flying() && frames < 1000) {
        nav.advance(1.0 / 60.0);
        const Vec3d eye = nav.pose().eye_enu;
        largest_step = std::max(largest_step, (eye - previous).length());
        highest_above_chord = std::max(highest_above_chord, eye.z - (1500.0 + 2500.0 * eye.x / 20000.0));
        CHECK(g.aboveGround(eye) > 0.0);
        previous = eye;
        ++frames;
    }
    CHECK(frames > 60);   // more than a second ...
    CHECK(frames <= 241); // ... at most four
    CHECK(largest_step < 20000.0 / 30.0); // no jumps: eased over many frames
    CHECK(highest_above_chord > 3000.0);  // the arc
    const CameraPose end = nav.pose();
    CHECK((end.eye_enu - destination.eye_enu).length() < 0.5);
    CHECK((end.target_enu - destination.target_enu).length() < 0.5);
    // Grabbing the camera during a flight stops it where it is.
    nav.flyTo(lookingAt({0.0, -1000.0, 1500.0}, {0.0, 0.0, 500.0}));
    nav.advance(0.3);
    const Vec3d midway = nav.pose().eye_enu;
    nav.orbit(0.0, 0.0);
    CHECK_FALSE(nav.flying());
    CHECK((nav.pose().eye_enu - midway).length() < 1.0);
}

TEST_CASE("Navigation: a view ray finds the ground; a ray into the sky does not",
          "[mission][navigation]")
{
    SlopedGround g;
    CameraNavigator nav(g.frame, g.height);
    const std::optional<Vec3d> hit = nav.groundHit({-100.0, 0.0, 1000.0}, {1.0, 0.0, -1.0});
    REQUIRE(hit);
    CHECK(std::abs(g.aboveGround(*hit)) < 0.01);
    // Ground at x: 500 + 0.1 x; ray z = 1000 - (x + 100): meets at x = 363.6.
    CHECK(hit->x == Approx(363.64).margin(0.5));
    CHECK_FALSE(nav.groundHit({0.0, 0.0, 1000.0}, {0.0, 1.0, 0.5}));
}
