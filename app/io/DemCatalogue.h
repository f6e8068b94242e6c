#pragma once
// The catalogue of public lunar DEM products a user can fetch by name (`lunarviz dem list`,
// `lunarviz dem fetch NAME`): LOLA's south-polar GDR products and PGDA's site DEMs, each with
// where it comes from, what it covers and the files to download. The built-in catalogue is
// data/dem_catalogue.json (every fact names its source there); $LUNARVIZ_DEM_CATALOGUE
// points to another file of the same format (tests serve their own from 127.0.0.1).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lunar::io {

struct DemProductFile {
    std::string url;
    std::string name;                      // the file's name in the data folder
    std::optional<std::uint64_t> size_bytes; // as published (or computed from the label)
    std::string md5;                       // lower-case hex, empty where none is published
    std::string sha256;                    // lower-case hex, empty where none is published
};

struct DemProduct {
    std::string name; // what users type (matched ignoring case)
    std::string title;
    std::string producer;
    std::string source_page;
    double resolution_m = 0.0;
    std::string extent;
    std::optional<int> width_px, height_px;
    std::string format;
    std::string open_file; // the file GDAL opens once every file is in place
    std::string licence;
    std::vector<DemProductFile> files; // in download order: the one GDAL opens comes last
    std::string notes;

    // Sum of the files' published sizes, if every one is known.
    std::optional<std::uint64_t> totalSizeBytes() const;
    // Sum of the sizes that are known (a PDS label's often is not; the image's is).
    std::uint64_t knownSizeBytes() const;
};

struct DemCatalogue {
    std::string file; // where it was read from, for messages
    std::vector<DemProduct> products;

    const DemProduct* find(const std::string& name) const; // ignoring case
    // The product of that name; throws LunarError(where, ...) listing the closest names.
    const DemProduct& require(const std::string& name, const std::string& where) const;
    std::vector<std::string> names() const;
};

// Parses a catalogue; errors name `file` and the JSON path.
DemCatalogue parseDemCatalogue(const std::string& json_text, const std::string& file);

// $LUNARVIZ_DEM_CATALOGUE if set, else the built-in data/dem_catalogue.json.
DemCatalogue defaultDemCatalogue();

} // namespace lunar::io
