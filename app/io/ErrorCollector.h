#pragma once
// Collects the problems of one input so a user sees all of them at once, one line each:
// each part of the input is read in attempt(); a LunarError it throws is recorded and the
// reading goes on with the next part.
#include "core/LunarError.h"

#include <string>
#include <vector>

namespace lunar::io {

class ErrorCollector {
public:
    template <typename Read> bool attempt(Read&& read)
    {
        try {
            read();
            return true;
        }
        catch (const LunarErrors& e) {
            lines_.insert(lines_.end(), e.lines().begin(), e.lines().end());
        }
        catch (const LunarError& e) {
            lines_.emplace_back(e.what());
        }
        return false;
    }
    void add(const std::string& line) { lines_.push_back(line); }
    bool empty() const { return lines_.empty(); }
    // Throws LunarErrors with every line recorded, if any.
    void throwIfAny() const
    {
        if (!lines_.empty())
            throw LunarErrors(lines_);
    }

private:
    std::vector<std::string> lines_;
};

} // namespace lunar::io
