#include "io/JsonReader.h"

#include "core/NameList.h"
#include "core/LunarError.h"

#include <cmath>
#include <sstream>

namespace lunar::io {

JsonReader::JsonReader(const nlohmann::json& value, std::string file, std::string path)
    : value_(value), file_(std::move(file)), path_(std::move(path))
{
    if (!value_.is_object())
        throw LunarError(file_, (path_.empty() ? std::string("top level") : path_) +
                                    ": expected an object");
}

nlohmann::json JsonReader::parse(const std::string& text, const std::string& file)
{
    try {
        return nlohmann::json::parse(text, nullptr, true, /*ignore_comments=*/false);
    }
    catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based; turn it into line:column for people.
        std::size_t line = 1, column = 1;
        for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            }
            else {
                ++column;
            }
        }
        std::string what = e.what();
        const auto colon = what.find("parse error");
        if (colon != std::string::npos)
            what = what.substr(colon);
        throw LunarError(file, "line " + std::to_string(line) + ", column " +
                                   std::to_string(column) + ": invalid JSON (" + what + ")");
    }
    catch (const nlohmann::json::exception& e) {
        // Valid syntax the parser still refuses, such as a number beyond a double
        // ("number overflow parsing '3001e308'"); it carries no position.
        std::string what = e.what();
        const auto bracket = what.find("] ");
        if (bracket != std::string::npos)
            what = what.substr(bracket + 2);
        throw LunarError(file, "invalid JSON: " + what);
    }
}

std::string JsonReader::pathOf(const std::string& key) const
{
    return path_.empty() ? key : path_ + "." + key;
}

void JsonReader::fail(const std::string& key, const std::string& problem) const
{
    const std::string where = key.empty() ? path_ : pathOf(key);
    throw LunarError(file_, (where.empty() ? std::string("top level") : where) + ": " + problem);
}

bool JsonReader::has(const std::string& key) const
{
    return value_.contains(key) && !value_.at(key).is_null();
}

const nlohmann::json& JsonReader::member(const std::string& key) const
{
    if (!has(key))
        fail(key, "is missing");
    return value_.at(key);
}

JsonReader JsonReader::child(const std::string& key) const
{
    const nlohmann::json& v = member(key);
    if (!v.is_object())
        fail(key, "expected an object");
    return JsonReader(v, file_, pathOf(key));
}

std::vector<JsonReader> JsonReader::array(const std::string& key) const
{
    const nlohmann::json& v = member(key);
    if (!v.is_array())
        fail(key, "expected an array");
    std::vector<JsonReader> out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const std::string item_path = pathOf(key) + "[" + std::to_string(i) + "]";
        if (!v[i].is_object())
            throw LunarError(file_, item_path + ": expected an object");
        out.emplace_back(v[i], file_, item_path);
    }
    return out;
}

Vec3d JsonReader::vector3(const std::string& key, double limit) const
{
    const nlohmann::json& v = member(key);
    if (!v.is_array() || v.size() != 3)
        fail(key, "expected three numbers [x, y, z], found " + v.dump());
    double xyz[3] = {0.0, 0.0, 0.0};
    for (std::size_t i = 0; i < 3; ++i) {
        if (!v[i].is_number() || !(std::abs(v[i].get<double>()) <= limit)) {
            std::ostringstream text;
            text << "expected three numbers within -" << limit << ".." << limit << ", found "
                 << v.dump();
            fail(key, text.str());
        }
        xyz[i] = v[i].get<double>();
    }
    return {xyz[0], xyz[1], xyz[2]};
}

std::vector<JsonReader> JsonReader::optionalArray(const std::string& key) const
{
    return has(key) ? array(key) : std::vector<JsonReader>{};
}

std::string JsonReader::string(const std::string& key) const
{
    const nlohmann::json& v = member(key);
    if (!v.is_string())
        fail(key, "expected a string, found " + v.dump());
    return v.get<std::string>();
}

std::string JsonReader::string(const std::string& key, const std::string& fallback) const
{
    return has(key) ? string(key) : fallback;
}

double JsonReader::number(const std::string& key, double min, double max) const
{
    const nlohmann::json& v = member(key);
    if (!v.is_number())
        fail(key, "expected a number, found " + v.dump());
    const double x = v.get<double>();
    if (!std::isfinite(x) || x < min || x > max) {
        std::ostringstream text;
        text << v.dump() << " is outside " << min << ".." << max;
        fail(key, text.str());
    }
    return x;
}

double JsonReader::number(const std::string& key, double min, double max, double fallback) const
{
    return has(key) ? number(key, min, max) : fallback;
}

UtcTime JsonReader::time(const std::string& key) const
{
    const std::string text = string(key);
    return UtcTime::parseIso(text, file_ + ": " + pathOf(key));
}

std::optional<UtcTime> JsonReader::optionalTime(const std::string& key) const
{
    if (!has(key))
        return std::nullopt;
    return time(key);
}

std::string JsonReader::oneOf(const std::string& key, const std::vector<std::string>& allowed,
                              const std::string& fallback) const
{
    if (!has(key))
        return fallback;
    const std::string v = string(key);
    for (const std::string& a : allowed)
        if (v == a)
            return v;
    fail(key, "\"" + v + "\" is not one of " + joinedNames(allowed));
}

} // namespace lunar::io
