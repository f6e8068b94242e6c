#include "io/AtomicFile.h"

#include "core/LunarError.h"

#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace lunar::io {

namespace fs = std::filesystem;

std::string temporarySibling(const std::string& path)
{
    const fs::path target(path);
    fs::path temp = target.parent_path() /
                    (".~" + target.stem().string() + "." + std::to_string(getpid()) + ".tmp" +
                     target.extension().string());
    return temp.string();
}

void requireOutputDirectory(const std::string& path)
{
    const fs::path target(path);
    std::error_code ec;
    if (!target.parent_path().empty() && !fs::is_directory(target.parent_path(), ec))
        throw LunarError(path, "its directory " + target.parent_path().string() +
                                   " does not exist");
    if (fs::is_directory(target, ec))
        throw LunarError(path, "is a directory, not a file name");
}

void writeAtomically(const std::string& path, const std::function<void(const std::string&)>& write)
{
    const fs::path target(path);
    std::error_code ec;
    requireOutputDirectory(path);
    const std::string temp = temporarySibling(path);
    try {
        write(temp);
    }
    catch (...) {
        fs::remove(temp, ec);
        throw;
    }
    fs::rename(temp, target, ec);
    if (ec) {
        fs::remove(temp, ec);
        throw LunarError(path, "could not be replaced: " + ec.message());
    }
}

} // namespace lunar::io
