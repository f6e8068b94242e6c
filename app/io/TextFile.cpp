#include "io/TextFile.h"

#include "core/LunarError.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace lunar::io {

std::string readTextFile(const std::string& path)
{
    if (std::filesystem::is_directory(path))
        throw LunarError(path, "is a directory, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw LunarError(path, std::string("cannot be read: ") + std::strerror(errno));
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeTextFile(const std::string& path, const std::string& text, const AtomicWriteOptions& options)
{
    writeAtomically(
        path,
        [&](const std::string& temp) {
            std::ofstream out(temp, std::ios::binary | std::ios::trunc);
            out << text;
            out.close(); // the last bytes reach the file here: a full disk shows now
            if (!out)
                throw LunarError(path, "could not be written (disk full?)");
        },
        options);
}

} // namespace lunar::io
