// "Did you mean": the nearest known names to a mistyped one.
#include "core/ClosestNames.h"

#include <catch2/catch.hpp>

using namespace lunar;

TEST_CASE("Closest names: edit distance ignores case and counts a swap as one", "[names]")
{
    CHECK(editDistanceIgnoringCase("LDEM_85S_20M", "ldem_85s_20m") == 0);
    CHECK(editDistanceIgnoringCase("LDEM_58S_20M", "LDEM_85S_20M") == 1); // transposed digits
    CHECK(editDistanceIgnoringCase("LDEM_85S_2M", "LDEM_85S_20M") == 1);
    CHECK(editDistanceIgnoringCase("", "abc") == 3);
    CHECK(editDistanceIgnoringCase("kitten", "sitting") == 3);
}

TEST_CASE("Closest names: the nearest first, a name holding the text whole before others", "[names]")
{
    const std::vector<std::string> known = {"LDEM_875S_5M", "LDEM_85S_10M", "LDEM_85S_20M",
                                            "LDEM_80S_20M", "PGDA78_Site01"};
    const auto near = closestNames("ldem_85s_2m", known, 2);
    REQUIRE(near.size() == 2);
    CHECK(near[0] == "LDEM_85S_20M");
    CHECK(closestNames("site01", known, 1).front() == "PGDA78_Site01"); // far by edits, but held
    CHECK(closestNames("x", known, 10).size() == known.size());
    CHECK(closestNames("x", {}, 3).empty());
}
