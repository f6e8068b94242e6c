#include "io/DemCatalogue.h"

#include "core/ClosestNames.h"
#include "core/LunarError.h"
#include "core/NameList.h"
#include "io/EmbeddedData.h"
#include "io/JsonReader.h"
#include "io/TextFile.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace lunar::io {

namespace {

bool sameIgnoringCase(const std::string& a, const std::string& b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
               return std::tolower(x) == std::tolower(y);
           });
}

std::string hexDigest(const JsonReader& file, const std::string& key, std::size_t length)
{
    if (!file.has(key))
        return "";
    std::string hex = file.string(key);
    std::transform(hex.begin(), hex.end(), hex.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (hex.size() != length ||
        !std::all_of(hex.begin(), hex.end(), [](unsigned char c) { return std::isxdigit(c); }))
        file.fail(key, "is not " + std::to_string(length) + " hexadecimal digits");
    return hex;
}

std::optional<int> optionalPixels(const JsonReader& product, const std::string& key)
{
    if (!product.has(key))
        return std::nullopt;
    return static_cast<int>(product.number(key, 1, 1e7));
}

// A file name in the data folder: no folders, nothing hidden, not a partial download.
void checkFileName(const JsonReader& file, const std::string& name)
{
    if (name.empty() || name.find('/') != std::string::npos || name.front() == '.' ||
        name.find("..") != std::string::npos)
        file.fail("name", "\"" + name + "\" is not a plain file name");
}

} // namespace

std::optional<std::uint64_t> DemProduct::totalSizeBytes() const
{
    std::uint64_t total = 0;
    for (const DemProductFile& f : files) {
        if (!f.size_bytes)
            return std::nullopt;
        total += *f.size_bytes;
    }
    return total;
}

std::uint64_t DemProduct::knownSizeBytes() const
{
    std::uint64_t total = 0;
    for (const DemProductFile& f : files)
        total += f.size_bytes.value_or(0);
    return total;
}

const DemProduct* DemCatalogue::find(const std::string& name) const
{
    for (const DemProduct& p : products)
        if (sameIgnoringCase(p.name, name))
            return &p;
    return nullptr;
}

const DemProduct& DemCatalogue::require(const std::string& name, const std::string& where) const
{
    if (const DemProduct* p = find(name))
        return *p;
    throw LunarError(where, "\"" + name + "\" is not in the DEM catalogue " + file +
                                " (closest: " + joinedNames(closestNames(name, names())) +
                                "; `lunarviz dem list` shows them all)");
}

std::vector<std::string> DemCatalogue::names() const
{
    std::vector<std::string> out;
    for (const DemProduct& p : products)
        out.push_back(p.name);
    return out;
}

DemCatalogue parseDemCatalogue(const std::string& json_text, const std::string& file)
{
    const nlohmann::json root = JsonReader::parse(json_text, file);
    const JsonReader top(root, file);
    DemCatalogue catalogue;
    catalogue.file = file;
    for (const JsonReader& p : top.array("products")) {
        DemProduct product;
        product.name = p.string("name");
        if (product.name.empty() || product.name.find_first_of("/\\ ") != std::string::npos)
            p.fail("name", "\"" + product.name + "\" is not a product name (no spaces or slashes)");
        if (catalogue.find(product.name))
            p.fail("name", "\"" + product.name + "\" is listed twice");
        product.title = p.string("title");
        product.producer = p.string("producer", "");
        product.source_page = p.string("source_page");
        product.resolution_m = p.number("resolution_m", 0.01, 100000.0);
        product.extent = p.string("extent", "");
        product.width_px = optionalPixels(p, "width_px");
        product.height_px = optionalPixels(p, "height_px");
        product.format = p.string("format", "");
        product.open_file = p.string("open");
        product.licence = p.string("licence");
        product.notes = p.string("notes", "");
        for (const JsonReader& f : p.array("files")) {
            DemProductFile entry;
            entry.url = f.string("url");
            if (entry.url.rfind("https://", 0) != 0 && entry.url.rfind("http://", 0) != 0)
                f.fail("url", "\"" + entry.url + "\" is not an http(s) URL");
            entry.name = f.string("name");
            checkFileName(f, entry.name);
            if (f.has("size_bytes"))
                entry.size_bytes = static_cast<std::uint64_t>(f.number("size_bytes", 1, 1e15));
            entry.md5 = hexDigest(f, "md5", 32);
            entry.sha256 = hexDigest(f, "sha256", 64);
            f.string("source"); // every file says where its URL and size were read
            product.files.push_back(entry);
        }
        if (product.files.empty())
            p.fail("files", "lists no file");
        const bool opens_one =
            std::any_of(product.files.begin(), product.files.end(),
                        [&](const DemProductFile& f) { return f.name == product.open_file; });
        if (!opens_one)
            p.fail("open", "\"" + product.open_file + "\" is not one of its files");
        catalogue.products.push_back(std::move(product));
    }
    return catalogue;
}

DemCatalogue defaultDemCatalogue()
{
    if (const char* path = std::getenv("LUNARVIZ_DEM_CATALOGUE"); path && *path)
        return parseDemCatalogue(readTextFile(path), path);
    const std::string name = "dem_catalogue.json";
    return parseDemCatalogue(embeddedDataFile(name), embeddedLabel(name));
}

} // namespace lunar::io
