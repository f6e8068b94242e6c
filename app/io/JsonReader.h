#pragma once
// Typed access to a JSON value that knows its own JSON path, so every validation error can
// say "file: facilities[3].position.lat_deg: 95 is outside -90..90".
#include "core/UtcTime.h"
#include "core/Vec3d.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace lunar::io {

class JsonReader {
public:
    JsonReader(const nlohmann::json& value, std::string file, std::string path = "");

    // Parses text; a syntax error names the file, line and column.
    static nlohmann::json parse(const std::string& text, const std::string& file);

    bool has(const std::string& key) const;
    JsonReader child(const std::string& key) const;            // required object
    std::vector<JsonReader> array(const std::string& key) const; // required array (may be empty)
    std::vector<JsonReader> optionalArray(const std::string& key) const;

    std::string string(const std::string& key) const;
    std::string string(const std::string& key, const std::string& fallback) const;
    double number(const std::string& key, double min, double max) const;
    double number(const std::string& key, double min, double max, double fallback) const;
    // Exactly three numbers, each within -limit..limit (an offset in metres, say).
    Vec3d vector3(const std::string& key, double limit) const;
    UtcTime time(const std::string& key) const;
    std::optional<UtcTime> optionalTime(const std::string& key) const;
    std::string oneOf(const std::string& key, const std::vector<std::string>& allowed,
                      const std::string& fallback) const;

    // Throws LunarError for this value's path (or path.key).
    [[noreturn]] void fail(const std::string& key, const std::string& problem) const;

    const std::string& path() const { return path_; }
    const std::string& file() const { return file_; }
    const nlohmann::json& value() const { return value_; }

private:
    std::string pathOf(const std::string& key) const;
    const nlohmann::json& member(const std::string& key) const; // required member

    const nlohmann::json& value_;
    std::string file_;
    std::string path_;
};

} // namespace lunar::io
