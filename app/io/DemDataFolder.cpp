#include "io/DemDataFolder.h"

#include "core/LunarError.h"

#include <cstdlib>
#include <filesystem>

namespace lunar::io {

namespace fs = std::filesystem;

namespace {

constexpr const char* kPartialSuffix = ".part";

bool endsWith(const std::string& text, const std::string& tail)
{
    return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

// A name a user typed for a catalogue product rather than a path: no folder, no extension.
bool looksLikeProductName(const std::string& text)
{
    return !text.empty() && text.find('/') == std::string::npos &&
           fs::path(text).extension().empty();
}

} // namespace

std::string demDataFolder()
{
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return (fs::path(xdg) / "lunarviz" / "dem").string();
    const char* home = std::getenv("HOME");
    if (!home || !*home)
        throw LunarError("$HOME", "is not set: no data folder for DEMs (set XDG_DATA_HOME)");
    return (fs::path(home) / ".local" / "share" / "lunarviz" / "dem").string();
}

std::string partialDownloadPath(const std::string& final_path) { return final_path + kPartialSuffix; }

bool isPartialDownload(const std::string& path) { return endsWith(path, kPartialSuffix); }

DemInstallState demInstallState(const DemProduct& product, const std::string& folder)
{
    std::size_t whole = 0, started = 0;
    for (const DemProductFile& f : product.files) {
        const fs::path path = fs::path(folder) / f.name;
        std::error_code error;
        const auto size = fs::file_size(path, error);
        if (!error && (!f.size_bytes || size == *f.size_bytes))
            ++whole;
        else if (!error || fs::exists(partialDownloadPath(path.string())))
            ++started;
    }
    if (whole == product.files.size())
        return DemInstallState::complete;
    return whole + started > 0 ? DemInstallState::partial : DemInstallState::absent;
}

std::string demOpenPath(const DemProduct& product, const std::string& folder)
{
    return (fs::path(folder) / product.open_file).string();
}

std::string resolveDemSource(const std::string& text, const std::string& where)
{
    if (fs::exists(text))
        return text;
    if (!looksLikeProductName(text))
        return text;
    const DemCatalogue catalogue = defaultDemCatalogue();
    const DemProduct& product = catalogue.require(text, where);
    const std::string folder = demDataFolder();
    switch (demInstallState(product, folder)) {
    case DemInstallState::complete:
        return demOpenPath(product, folder);
    case DemInstallState::partial:
        throw LunarError(where, product.name + " is only partly downloaded in " + folder +
                                    ": run `lunarviz dem fetch " + product.name + "` to finish it");
    case DemInstallState::absent:
        break;
    }
    throw LunarError(where, product.name + " is not downloaded yet: run `lunarviz dem fetch " +
                                product.name + "` (it goes to " + folder + ")");
}

} // namespace lunar::io
