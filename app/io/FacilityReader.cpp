#include "io/FacilityReader.h"

#include "core/Angles.h"

#include <algorithm>
#include <cmath>

namespace lunar::io {

LatLon readPosition(const JsonReader& p, const EnuFrame& origin)
{
    const bool absolute = p.has("lat_deg") || p.has("lon_deg");
    const bool offset = p.has("east_m") || p.has("north_m");
    if (absolute == offset)
        p.fail("", "give either lat_deg/lon_deg or east_m/north_m");
    if (absolute)
        return {degToRad(p.number("lat_deg", -90.0, 90.0)),
                degToRad(p.number("lon_deg", -360.0, 360.0))};
    const double east_m = p.number("east_m", -500000.0, 500000.0);
    const double north_m = p.number("north_m", -500000.0, 500000.0);
    const LatLonHeight ll = origin.selenographicFromEnu({east_m, north_m, 0.0});
    return {ll.lat_rad, ll.lon_rad};
}

void warnUnknownKeys(const JsonReader& object, const std::vector<std::string>& known,
                     std::vector<std::string>& warnings)
{
    for (const auto& [key, value] : object.value().items()) {
        (void)value;
        if (std::find(known.begin(), known.end(), key) == known.end())
            warnings.push_back(object.file() + ": " +
                               (object.path().empty() ? key : object.path() + "." + key) +
                               ": not a known field (ignored)");
    }
}

namespace {

FacilityShape shapeNamed(const std::string& shape)
{
    if (shape == "cylinder")
        return FacilityShape::Cylinder;
    if (shape == "dome")
        return FacilityShape::Dome;
    if (shape == "mast")
        return FacilityShape::Mast;
    if (shape == "pad")
        return FacilityShape::Pad;
    return FacilityShape::Box;
}

const std::vector<std::string> kFacilityKeys = {
    "id",       "name",     "category", "phase",  "status",             "source",
    "sources",  "arrival",  "position", "heading_deg", "shape",         "size",
    "footprint_radius_m", "keep_out", "model", "model_file", "note"};

} // namespace

Facility readFacility(const JsonReader& f, const EnuFrame& origin, ErrorCollector& errors,
                      std::vector<std::string>& warnings)
{
    Facility facility;
    warnUnknownKeys(f, kFacilityKeys, warnings);
    errors.attempt([&] { facility.id = f.string("id"); });
    errors.attempt([&] { facility.name = f.string("name"); });
    errors.attempt([&] { facility.category = f.oneOf("category", facilityCategories(), ""); });
    if (!f.has("category"))
        errors.attempt([&] { f.fail("category", "is missing"); });
    errors.attempt([&] { facility.phase = f.oneOf("phase", programmePhases(), "construction"); });
    errors.attempt([&] { facility.status = f.oneOf("status", facilityStatuses(), "notional"); });
    errors.attempt([&] { facility.source = f.string("source"); });
    errors.attempt([&] { facility.arrival = f.optionalTime("arrival"); });
    errors.attempt([&] {
        if (!f.has("sources"))
            return;
        const JsonReader sources = f.child("sources");
        for (const auto& [fact, text] : sources.value().items()) {
            (void)text;
            const std::vector<std::string>& facts = facilityFacts();
            if (std::find(facts.begin(), facts.end(), fact) == facts.end())
                warnings.push_back(f.file() + ": " + sources.path() + "." + fact +
                                   ": not a fact a facility has (ignored)");
            else
                facility.sources[fact] = sources.string(fact);
        }
    });
    errors.attempt([&] {
        const JsonReader position_json = f.child("position");
        const LatLon position = readPosition(position_json, origin);
        facility.position_as_offset = position_json.has("east_m");
        facility.lat_deg = radToDeg(position.lat_rad);
        facility.lon_deg = radToDeg(position.lon_rad);
    });
    errors.attempt([&] { facility.heading_deg = f.number("heading_deg", -360.0, 360.0, 0.0); });
    errors.attempt([&] {
        facility.shape = shapeNamed(f.oneOf("shape", {"box", "cylinder", "dome", "mast", "pad"},
                                            "box"));
    });
    errors.attempt([&] {
        const JsonReader size = f.child("size");
        facility.length_m = size.number("length_m", 0.1, 5000.0);
        facility.width_m = size.number("width_m", 0.1, 5000.0);
        facility.height_m = size.number("height_m", 0.0, 1000.0);
    });
    errors.attempt([&] {
        facility.footprint_radius_m = f.number(
            "footprint_radius_m", 0.1, 5000.0,
            0.5 * std::hypot(facility.length_m, facility.width_m));
    });
    errors.attempt([&] {
        if (!f.has("keep_out"))
            return;
        const JsonReader keep_out = f.child("keep_out");
        facility.keep_out_radius_m = keep_out.number("radius_m", 0.0, 100000.0);
        facility.keep_out_reason = keep_out.string("reason");
    });
    errors.attempt([&] {
        if (!f.has("model"))
            return;
        const JsonReader model = f.child("model");
        for (const auto& [key, value] : model.value().items()) {
            (void)value;
            facility.model[key] = model.number(key, -1.0e6, 1.0e6);
        }
    });
    errors.attempt([&] { facility.model_file = f.string("model_file", ""); });
    return facility;
}

} // namespace lunar::io
