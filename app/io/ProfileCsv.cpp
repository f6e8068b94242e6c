#include "io/ProfileCsv.h"

#include "core/Angles.h"
#include "core/LunarError.h"
#include "io/AtomicFile.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

namespace lunar::io {

namespace {

constexpr int kColumns = 6;

// Millimetres, thousandths of a degree of slope; 1e-9 deg of position is 0.03 mm.
std::string field(double value, int decimals)
{
    if (!std::isfinite(value))
        return "";
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

double parseField(const std::string& text, const std::string& where)
{
    if (text.empty())
        return std::numeric_limits<double>::quiet_NaN();
    char* end = nullptr;
    errno = 0;
    const double value = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || errno == ERANGE)
        throw LunarError(where, "\"" + text + "\" is not a number");
    return value;
}

} // namespace

const std::string& profileCsvHeader()
{
    static const std::string header =
        "distance_m,elevation_m,slope_deg,lat_deg,lon_deg,horizontal_distance_m";
    return header;
}

void writeProfileCsv(const SurfaceProfile& profile, const std::string& path)
{
    writeAtomically(path, [&](const std::string& temp) {
        std::ofstream out(temp, std::ios::binary);
        if (!out)
            throw LunarError(path, std::string("cannot be written: ") + std::strerror(errno));
        out << profileCsvHeader() << '\n';
        for (const ProfileSample& s : profile.samples)
            out << field(s.surface_m, 3) << ',' << field(s.elevation_m, 3) << ','
                << field(s.slope_deg, 3) << ',' << field(radToDeg(s.position.lat_rad), 9) << ','
                << field(radToDeg(s.position.lon_rad), 9) << ',' << field(s.horizontal_m, 3)
                << '\n';
        out.flush();
        if (!out)
            throw LunarError(path, "could not be written completely (is the disk full?)");
    });
}

std::vector<ProfileCsvRow> readProfileCsv(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw LunarError(path, "cannot be read: " + std::string(std::strerror(errno)));
    std::string line;
    if (!std::getline(in, line) || line != profileCsvHeader())
        throw LunarError(path + ":1", "is not a profile CSV header (expected \"" +
                                          profileCsvHeader() + "\")");
    std::vector<ProfileCsvRow> rows;
    for (int number = 2; std::getline(in, line); ++number) {
        const std::string where = path + ":" + std::to_string(number);
        double values[kColumns];
        std::istringstream fields(line);
        std::string text;
        int count = 0;
        while (std::getline(fields, text, ',')) {
            if (count == kColumns)
                throw LunarError(where, "has more than " + std::to_string(kColumns) + " fields");
            values[count++] = parseField(text, where);
        }
        if (!line.empty() && line.back() == ',') { // getline drops a last, empty field
            if (count == kColumns)
                throw LunarError(where, "has more than " + std::to_string(kColumns) + " fields");
            values[count++] = std::numeric_limits<double>::quiet_NaN();
        }
        if (count != kColumns)
            throw LunarError(where, "has " + std::to_string(count) + " fields, not " +
                                        std::to_string(kColumns));
        rows.push_back({values[0], values[1], values[2], values[3], values[4], values[5]});
    }
    return rows;
}

} // namespace lunar::io
