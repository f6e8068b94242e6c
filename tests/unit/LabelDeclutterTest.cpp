// Labels never pile up: the nearest of two overlapping labels is kept.
#include "core/LabelDeclutter.h"

#include <catch2/catch.hpp>

using namespace lunar;

TEST_CASE("Labels: of two overlapping labels the nearer one stays; apart, both stay",
          "[labels]")
{
    const ScreenLabel near{100, 100, 80, 16, 50.0, true};
    const ScreenLabel far_overlapping{130, 108, 80, 16, 400.0, true};
    const ScreenLabel far_apart{400, 100, 80, 16, 900.0, true};
    const ScreenLabel behind_eye{100, 100, 80, 16, 10.0, false};
    const auto visible = declutterLabels({far_overlapping, near, far_apart, behind_eye});
    CHECK_FALSE(visible[0]);
    CHECK(visible[1]);
    CHECK(visible[2]);
    CHECK_FALSE(visible[3]);
    // Stacked exactly above each other with room between: both stay.
    const ScreenLabel above{100, 120, 80, 16, 300.0, true};
    const auto stacked = declutterLabels({near, above});
    CHECK(stacked[0]);
    CHECK(stacked[1]);
}

TEST_CASE("Labels: a label hung above a model's box on screen never covers it", "[labels]")
{
    const ScreenBox box{100.0, 50.0, 180.0, 140.0};
    const ScreenLabel l = labelAboveBox(box, 120.0, 15.0, 4.0);
    CHECK(l.x_px == Approx(140.0));
    CHECK(l.y_px == Approx(144.0));
    CHECK_FALSE(labelCoversBox(l, box));
    ScreenLabel lower = l;
    lower.y_px = 130.0; // hung at the old fixed height, inside the box's top
    CHECK(labelCoversBox(lower, box));
}
