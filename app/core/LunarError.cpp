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

namespace {
std::string summary(const std::vector<std::string>& lines)
{
    if (lines.empty())
        return "has problems";
    if (lines.size() == 1)
        return lines.front();
    return lines.front() + " (and " + std::to_string(lines.size() - 1) + " more problems)";
}
} // namespace

LunarErrors::LunarErrors(std::vector<std::string> lines)
    : LunarError("", summary(lines)), lines_(std::move(lines))
{
}

} // namespace lunar
