#include "io/AtomicFile.h"

#include "core/LunarError.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
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

namespace {

// Flushes a file's (or a directory's) data to the disk: a rename is atomic, but without this
// a crash soon after can leave the new name pointing at blocks never written.
void syncToDisk(const std::string& path, bool directory)
{
    const int fd = ::open(path.c_str(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0)
        throw LunarError(path, std::string("could not be opened to flush it: ") + std::strerror(errno));
    const int result = ::fsync(fd);
    const int saved_errno = errno;
    ::close(fd);
    // Some file systems cannot sync a directory (EINVAL): the file itself is on disk.
    if (result != 0 && !(directory && saved_errno == EINVAL))
        throw LunarError(path, std::string("could not be flushed to disk: ") + std::strerror(saved_errno));
}

} // namespace

std::string backupPath(const std::string& path) { return path + ".bak"; }

void writeAtomically(const std::string& path, const std::function<void(const std::string&)>& write,
                     const AtomicWriteOptions& options)
{
    const fs::path target(path);
    std::error_code ec;
    requireOutputDirectory(path);
    const std::string temp = temporarySibling(path);
    try {
        write(temp);
        syncToDisk(temp, false);
    }
    catch (...) {
        fs::remove(temp, ec);
        throw;
    }
    if (options.keep_backup && fs::exists(target, ec)) {
        // The previous version stays beside it: a copy, so `path` is never missing.
        fs::copy_file(target, backupPath(path), fs::copy_options::overwrite_existing, ec);
        if (ec) {
            fs::remove(temp, ec);
            throw LunarError(path, "its backup " + backupPath(path) + " could not be written: " + ec.message());
        }
    }
    fs::rename(temp, target, ec);
    if (ec) {
        fs::remove(temp, ec);
        throw LunarError(path, "could not be replaced: " + ec.message());
    }
    const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    syncToDisk(folder.string(), true);
}

} // namespace lunar::io
