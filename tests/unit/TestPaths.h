#pragma once
// Where tests find their inputs and may write outputs.
#include <filesystem>
#include <string>

namespace lunar::test {

inline std::string fixture(const std::string& relative)
{
    return std::string(LUNAR_TEST_FIXTURES) + "/" + relative;
}

// A real lunar DEM from ../shared/data, or "" if it is not there (tests then skip).
inline std::string sharedData(const std::string& relative)
{
    const std::string path = std::string(LUNAR_SHARED_DATA) + "/" + relative;
    return std::filesystem::exists(path) ? path : std::string();
}

// A fresh scratch directory for one test.
inline std::filesystem::path scratchDir(const std::string& name)
{
    const auto dir = std::filesystem::temp_directory_path() / ("lunarviz-test-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

} // namespace lunar::test
