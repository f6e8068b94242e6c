#pragma once
// The one exception type for user-facing failures. Its message is a single line that names
// the file (or input) and what is wrong with it, e.g.
//   "data/site.json: facilities[3].position.lat_deg: 95 is outside -90..90".
#include <stdexcept>
#include <string>

namespace lunar {

class LunarError : public std::runtime_error {
public:
    // `where` is the file or input concerned; `what` says what is wrong with it.
    LunarError(const std::string& where, const std::string& what);

    const std::string& where() const { return where_; }

private:
    std::string where_;
};

} // namespace lunar
