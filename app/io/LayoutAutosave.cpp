#include "io/LayoutAutosave.h"

#include "core/LunarError.h"
#include "io/AtomicFile.h"
#include "io/ScenarioLoader.h"
#include "io/ScenarioWriter.h"
#include "io/TextFile.h"
#include "io/ViewerSettingsFile.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>

namespace lunar::io {

namespace fs = std::filesystem;

std::string layoutAutosavePath(const std::string& save_path)
{
    const fs::path absolute = fs::absolute(save_path);
    char hash[20];
    std::snprintf(hash, sizeof hash, "%016zx", std::hash<std::string>{}(absolute.string()));
    const fs::path dir = fs::path(viewerSettingsPath()).parent_path() / "autosave";
    return (dir / (absolute.stem().string() + "-" + hash + ".json")).string();
}

void writeLayoutAutosave(const Scenario& scenario, const std::string& save_path)
{
    const std::string path = layoutAutosavePath(save_path);
    std::error_code error;
    fs::create_directories(fs::path(path).parent_path(), error);
    if (error)
        throw LunarError(fs::path(path).parent_path().string(), "cannot be created (" + error.message() + ")");
    writeTextFile(path, scenarioJsonWithLayout(scenario));
}

void discardLayoutAutosave(const std::string& save_path)
{
    std::error_code error;
    fs::remove(layoutAutosavePath(save_path), error);
}

std::optional<LayoutAutosave> findLayoutAutosave(const std::string& save_path, std::string& problem)
{
    const std::string path = layoutAutosavePath(save_path);
    std::error_code error;
    if (!fs::exists(path, error))
        return std::nullopt;
    const auto written = fs::last_write_time(path, error);
    if (error)
        return std::nullopt;
    if (fs::exists(save_path, error) && fs::last_write_time(save_path, error) >= written)
        return std::nullopt; // saved since: the autosave is stale
    try {
        LayoutAutosave found{path, "", parseScenario(readTextFile(path), path)};
        const auto system = std::chrono::time_point_cast<std::chrono::system_clock::duration>(
            written - fs::file_time_type::clock::now() + std::chrono::system_clock::now());
        const std::time_t t = std::chrono::system_clock::to_time_t(system);
        char text[32];
        std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", std::gmtime(&t));
        found.written_utc = text;
        return found;
    } catch (const LunarError& e) {
        problem = e.what();
        return std::nullopt;
    }
}

std::vector<std::string> applyAutosavedLayout(const Scenario& autosaved, Scenario& scenario)
{
    std::vector<std::string> moved;
    for (const Facility& saved : autosaved.facilities)
        for (Facility& f : scenario.facilities)
            if (f.id == saved.id && (f.lat_deg != saved.lat_deg || f.lon_deg != saved.lon_deg ||
                                     f.heading_deg != saved.heading_deg)) {
                f.lat_deg = saved.lat_deg;
                f.lon_deg = saved.lon_deg;
                f.heading_deg = saved.heading_deg;
                moved.push_back(f.id);
            }
    return moved;
}

} // namespace lunar::io
