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

TEST_CASE("Atomic write: a save with a backup keeps the version it replaced", "[io][atomic]")
{
    const auto dir = test::scratchDir("atomic-backup");
    const std::string target = (dir / "layout.json").string();
    const io::AtomicWriteOptions backup{true};
    // The first save has nothing to keep.
    io::writeAtomically(target, [](const std::string& temp) { std::ofstream(temp) << "v1"; }, backup);
    CHECK_FALSE(std::filesystem::exists(io::backupPath(target)));
    io::writeAtomically(target, [](const std::string& temp) { std::ofstream(temp) << "v2"; }, backup);
    CHECK(io::readTextFile(target) == "v2");
    CHECK(io::readTextFile(io::backupPath(target)) == "v1");
    // A failed save touches neither.
    CHECK_THROWS(io::writeAtomically(
        target, [](const std::string& temp) { std::ofstream(temp) << "v3"; throw LunarError(temp, "full"); }, backup));
    CHECK(io::readTextFile(target) == "v2");
    CHECK(io::readTextFile(io::backupPath(target)) == "v1");
}
