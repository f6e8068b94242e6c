#pragma once
// The one exception type for user-facing failures. Its message is a single line that names
// the file (or input) and what is wrong with it, e.g.
//   "data/site.json: facilities[3].position.lat_deg: 95 is outside -90..90".
#include <stdexcept>
#include <string>
#include <vector>

namespace lunar {

class LunarError : public std::runtime_error {
public:
    // `where` is the file or input concerned; `what` says what is wrong with it.
    LunarError(const std::string& where, const std::string& what);

    const std::string& where() const { return where_; }

private:
    std::string where_;
};

// Several problems found in one input (a scenario checked as a whole), one line each.
// what() is the first line with a count of the others; lines() has them all.
class LunarErrors : public LunarError {
public:
    // Each line already names its file (they are LunarError messages).
    explicit LunarErrors(std::vector<std::string> lines);
    const std::vector<std::string>& lines() const { return lines_; }

private:
    std::vector<std::string> lines_;
};

} // namespace lunar
