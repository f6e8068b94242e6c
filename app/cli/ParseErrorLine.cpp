#include "cli/ParseErrorLine.h"

#include <regex>

namespace lunar::cli {

namespace {

// "24.000000" -> "24", "0.500000" -> "0.5": CLI11 prints range ends with %f.
std::string trimmedNumber(std::string number)
{
    if (number.find('.') == std::string::npos)
        return number;
    while (!number.empty() && number.back() == '0')
        number.pop_back();
    if (!number.empty() && number.back() == '.')
        number.pop_back();
    return number;
}

} // namespace

std::string parseErrorLine(const std::string& cli11_message)
{
    std::string line = cli11_message;
    // Only the first line carries the error; CLI11 adds nothing but the --help hint after it.
    if (const auto newline = line.find('\n'); newline != std::string::npos)
        line.erase(newline);
    static const std::regex range(R"(Value (\S+) not in range (\S+) to (\S+))");
    std::smatch m;
    if (std::regex_search(line, m, range))
        line = std::string(m.prefix()) + m[1].str() + " is outside " + trimmedNumber(m[2]) +
               ".." + trimmedNumber(m[3]) + std::string(m.suffix());
    return line + " (lunarviz --help lists the options)";
}

} // namespace lunar::cli
