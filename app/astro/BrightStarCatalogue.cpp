#include "astro/BrightStarCatalogue.h"

#include "core/Angles.h"
#include "core/LunarError.h"

#include <cmath>
#include <sstream>

namespace lunar::astro {

std::vector<CatalogueStar> parseBrightStarCatalogue(const std::string& text,
                                                    const std::string& where)
{
    std::vector<CatalogueStar> stars;
    std::istringstream lines(text);
    std::string line;
    int number = 0;
    while (std::getline(lines, line)) {
        ++number;
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line[first] == '#')
            continue;
        std::istringstream fields(line);
        double dec_deg = 0.0, ra_hours = 0.0, magnitude = 0.0;
        if (!(fields >> dec_deg >> ra_hours >> magnitude) || std::fabs(dec_deg) > 90.0 ||
            ra_hours < 0.0 || ra_hours >= 24.0 || magnitude < -2.0 || magnitude > 10.0)
            throw LunarError(where + ":" + std::to_string(number),
                             "is not \"declination_deg ra_hours magnitude ...\"");
        CatalogueStar star;
        star.dec_rad = degToRad(dec_deg);
        star.ra_rad = degToRad(ra_hours * 15.0);
        star.magnitude = magnitude;
        const auto open = line.find('"'), close = line.rfind('"');
        if (open != std::string::npos && close > open)
            star.name = line.substr(open + 1, close - open - 1);
        stars.push_back(std::move(star));
    }
    return stars;
}

} // namespace lunar::astro
