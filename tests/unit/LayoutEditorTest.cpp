// Layout editing: moves along the ground, turns, undo, neighbours.
#include "core/Angles.h"
#include "core/EnuFrame.h"
#include "io/ScenarioLoader.h"
#include "mission/LayoutEditor.h"

#include <catch2/catch.hpp>

using namespace lunar;

TEST_CASE("Layout editor: a move goes that far along the ground and undo puts it back",
          "[layout]")
{
    Scenario s = io::defaultScenario();
    LayoutEditor editor(s);
    REQUIRE_FALSE(editor.select("no-such-facility"));
    REQUIRE(editor.select("habitat-1"));
    const Facility before = *editor.selected();
    editor.moveBy(30.0, -40.0);
    const Facility& after = *editor.selected();
    const EnuFrame at_before({degToRad(before.lat_deg), degToRad(before.lon_deg), 0.0});
    const Vec3d moved =
        at_before.enuFromSelenographic({degToRad(after.lat_deg), degToRad(after.lon_deg), 0.0});
    CHECK(moved.x == Approx(30.0).margin(0.01));
    CHECK(moved.y == Approx(-40.0).margin(0.01));
    CHECK(editor.dirty());
    CHECK(editor.lastChanged() == "habitat-1");

    editor.turnBy(200.0); // -20 + 200 = 180
    CHECK(editor.selected()->heading_deg == Approx(180.0));
    editor.turnBy(15.0); // wraps to -165
    CHECK(editor.selected()->heading_deg == Approx(-165.0));
    CHECK(editor.undoDepth() == 3);

    CHECK(editor.undo());
    CHECK(editor.undo());
    CHECK(editor.selected()->heading_deg == Approx(before.heading_deg));
    CHECK(editor.undo());
    CHECK(editor.selected()->lat_deg == before.lat_deg);
    CHECK(editor.selected()->lon_deg == before.lon_deg);
    CHECK_FALSE(editor.undo());
    editor.markSaved();
    CHECK_FALSE(editor.dirty());
}

TEST_CASE("Layout editor: neighbours come nearest first", "[layout]")
{
    Scenario s = io::defaultScenario();
    LayoutEditor editor(s);
    const auto near = editor.neighbours("habitat-1", 3);
    REQUIRE(near.size() == 3);
    CHECK(near[0].distance_m <= near[1].distance_m);
    CHECK(near[1].distance_m <= near[2].distance_m);
    CHECK(near[0].id == "habitat-2"); // 45 m away in the default layout
    CHECK(near[0].distance_m == Approx(44.7).margin(1.0));
}
