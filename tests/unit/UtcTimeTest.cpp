#include "core/LunarError.h"
#include "core/UtcTime.h"

#include <catch2/catch.hpp>

using namespace lunar;

TEST_CASE("UTC time: ISO strings parse and format back", "[core][time]")
{
    const auto [text, formatted] = GENERATE(table<std::string, std::string>({
        {"2019-01-03T02:26:00Z", "2019-01-03T02:26:00Z"},
        {"2030-06-01", "2030-06-01T00:00:00Z"},
        {"2024-06-01T22:23", "2024-06-01T22:23:00Z"},
        {"2050-12-31T23:59:59Z", "2050-12-31T23:59:59Z"},
        {"2024-02-29T12:00:00", "2024-02-29T12:00:00Z"},
    }));
    CHECK(UtcTime::parseIso(text).toIso() == formatted);
}

TEST_CASE("UTC time: impossible dates are refused with what is wrong", "[core][time]")
{
    const auto [text, message] = GENERATE(table<std::string, std::string>({
        {"2023-02-29T00:00:00Z", "impossible day of the month"},
        {"2031-13-01T00:00:00Z", "impossible month"},
        {"2031-01-01T25:00:00Z", "impossible hour"},
        {"2031-01-01T10:61:00Z", "impossible minute"},
        {"yesterday", "is not an ISO-8601 UTC time"},
        {"2031-1-1", "is not an ISO-8601 UTC time"},
    }));
    CAPTURE(text);
    CHECK_THROWS_WITH(UtcTime::parseIso(text, "scenario.json: timeline.start"),
                      Catch::Contains("scenario.json: timeline.start") &&
                          Catch::Contains(message));
}

TEST_CASE("UTC time: differences and offsets in seconds", "[core][time]")
{
    const UtcTime a = UtcTime::parseIso("2030-01-01T00:00:00Z");
    const UtcTime b = UtcTime::parseIso("2030-01-02T00:00:30Z");
    CHECK(b.secondsSince(a) == Approx(86430.0).margin(1e-4));
    CHECK(a.plusSeconds(86430.0).toIso() == "2030-01-02T00:00:30Z");
    CHECK(a < b);
    CHECK_FALSE(b < a);
    CHECK(a.plusSeconds(-86400.0 * 365).year() == 2029);
}
