#include "core/ClosestNames.h"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <utility>

namespace lunar {

namespace {

std::string lowered(const std::string& text)
{
    std::string out = text;
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

std::size_t editDistanceIgnoringCase(const std::string& a_text, const std::string& b_text)
{
    // Optimal string alignment distance over three rows of the table.
    const std::string a = lowered(a_text), b = lowered(b_text);
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), row(b.size() + 1);
    std::iota(previous.begin(), previous.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                row[j] = std::min(row[j], before[j - 2] + 1);
        }
        before.swap(previous);
        previous.swap(row);
    }
    return previous[b.size()];
}

std::vector<std::string> closestNames(const std::string& wanted, const std::vector<std::string>& known,
                                      std::size_t count)
{
    const std::string wanted_lower = lowered(wanted);
    std::vector<std::pair<std::pair<int, std::size_t>, std::string>> ranked;
    for (const std::string& name : known) {
        const int holds_it = !wanted_lower.empty() && lowered(name).find(wanted_lower) != std::string::npos ? 0 : 1;
        ranked.push_back({{holds_it, editDistanceIgnoringCase(wanted, name)}, name});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < ranked.size() && i < count; ++i)
        out.push_back(ranked[i].second);
    return out;
}

} // namespace lunar
