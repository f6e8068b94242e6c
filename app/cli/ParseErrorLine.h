#pragma once
// CLI11 reports a bad command line as its own message plus a second line ("Run with --help
// for more information."), and ranges with six decimals ("Value 99 not in range -6.000000
// to 24.000000"). Every other error of lunarviz is one line naming what is wrong; this turns
// CLI11's message into one of those.
#include <string>

namespace lunar::cli {

// One line: "--exposure: 99 is outside -6..24 (lunarviz --help lists the options)".
std::string parseErrorLine(const std::string& cli11_message);

} // namespace lunar::cli
