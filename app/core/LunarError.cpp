#include "core/LunarError.h"

namespace lunar {

namespace {
std::string oneLine(std::string text)
{
    for (char& c : text)
        if (c == '\n' || c == '\r')
            c = ' ';
    return text;
}
} // namespace

LunarError::LunarError(const std::string& where, const std::string& what)
    : std::runtime_error(oneLine(where.empty() ? what : where + ": " + what)), where_(where)
{
}

} // namespace lunar
