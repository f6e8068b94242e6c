#pragma once
// Stars of the Yale Bright Star Catalogue (5th revised ed., Hoffleit & Warren 1991: every
// star to magnitude ~6.5), in the plain-text form Debian's xplanet package ships as
// /usr/share/xplanet/stars/BSC: "dec_deg ra_hours magnitude "name" ..." per line, J2000.
#include <string>
#include <vector>

namespace lunar::astro {

struct CatalogueStar {
    double ra_rad = 0.0;  // ICRF (J2000) right ascension
    double dec_rad = 0.0; // declination
    double magnitude = 0.0;
    std::string name;
};

// Parses the catalogue text; `where` names the file in errors. Throws LunarError naming the
// line for a malformed entry; comment (#) and blank lines are skipped.
std::vector<CatalogueStar> parseBrightStarCatalogue(const std::string& text,
                                                    const std::string& where);

// Where Debian installs it.
constexpr const char* kDebianBrightStarCatalogue = "/usr/share/xplanet/stars/BSC";

} // namespace lunar::astro
