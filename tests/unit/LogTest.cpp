#include "core/Log.h"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace lunar;

namespace {
// Captures the log's lines for one test, with stderr quiet, and restores both after.
struct CapturedLog {
    std::vector<std::string> lines;
    int id;
    log::Level threshold_before = log::threshold();
    CapturedLog()
    {
        log::setStderrEnabled(false);
        id = log::addSink([this](log::Level, const std::string& line) { lines.push_back(line); });
    }
    ~CapturedLog()
    {
        log::removeSink(id);
        log::setStderrEnabled(true);
        log::setThreshold(threshold_before);
    }
};
} // namespace

TEST_CASE("a log line names its level and context the way the CLI always printed them", "[log]")
{
    CHECK(log::formatLine(log::Level::warning, "dem.tif", "3 % holes") ==
          "lunarviz: warning: dem.tif: 3 % holes");
    CHECK(log::formatLine(log::Level::note, "", "drawn plain") == "lunarviz: note: drawn plain");
    // Errors keep the bare form the CLI tests and users' scripts match.
    CHECK(log::formatLine(log::Level::error, "/no/such.tif", "no such file") ==
          "lunarviz: /no/such.tif: no such file");
}

TEST_CASE("lines below the threshold are dropped; sinks see the rest", "[log]")
{
    CapturedLog captured;
    log::setThreshold(log::Level::warning);
    log::note("hidden");
    log::warning("shown");
    log::error("also shown");
    REQUIRE(captured.lines.size() == 2);
    CHECK(captured.lines[0] == "lunarviz: warning: shown");
    CHECK(captured.lines[1] == "lunarviz: also shown");
}

TEST_CASE("log levels are read by name and a wrong name is refused", "[log]")
{
    CHECK(log::levelNamed("debug") == log::Level::debug);
    CHECK(log::levelNamed("error") == log::Level::error);
    CHECK_THROWS_AS(log::levelNamed("loud"), std::invalid_argument);
}

TEST_CASE("lines from several threads arrive whole", "[log]")
{
    CapturedLog captured;
    log::setThreshold(log::Level::info);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([t] {
            for (int i = 0; i < 200; ++i)
                log::warning("thread " + std::to_string(t), "line " + std::to_string(i));
        });
    for (std::thread& thread : threads)
        thread.join();
    REQUIRE(captured.lines.size() == 800);
    for (const std::string& line : captured.lines)
        CHECK(line.rfind("lunarviz: warning: thread ", 0) == 0);
}
