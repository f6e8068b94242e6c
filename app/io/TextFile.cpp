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

} // namespace lunar::io
