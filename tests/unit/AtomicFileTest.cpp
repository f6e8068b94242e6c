#include "TestPaths.h"

#include "core/LunarError.h"
#include "io/AtomicFile.h"
#include "io/TextFile.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace lunar;

TEST_CASE("Atomic write: a failed write leaves the user's file as it was", "[io][atomic]")
{
    const auto dir = test::scratchDir("atomic");
    const auto target = dir / "precious.png";
    std::ofstream(target) << "original";
    CHECK_THROWS_AS(io::writeAtomically(target.string(),
                                        [](const std::string& temp) {
                                            std::ofstream(temp) << "half-writ";
                                            throw LunarError(temp, "disk full");
                                        }),
                    LunarError);
    CHECK(io::readTextFile(target.string()) == "original");
    CHECK(std::distance(std::filesystem::directory_iterator(dir),
                        std::filesystem::directory_iterator()) == 1); // no temp left behind
    io::writeAtomically(target.string(), [](const std::string& temp) { std::ofstream(temp) << "new"; });
    CHECK(io::readTextFile(target.string()) == "new");
}

TEST_CASE("Atomic write: a missing directory is named", "[io][atomic]")
{
    CHECK_THROWS_WITH(io::writeAtomically("/no/such/dir/out.png", [](const std::string&) {}),
                      Catch::Contains("its directory /no/such/dir does not exist"));
}
