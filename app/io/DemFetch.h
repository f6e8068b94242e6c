#pragma once
// Fetching a catalogue DEM into the data folder: each file is downloaded (resuming an
// interrupted transfer), checked against its published size and checksum, and only then
// renamed to its real name, so a file under its real name is always whole. The file GDAL
// opens comes last, so a product opens only once every file is in place.
#include "io/DemCatalogue.h"
#include "io/HttpDownload.h"

#include <string>
#include <vector>

namespace lunar::io {

struct DemFetchOptions {
    std::string folder;          // where the files go (demDataFolder() by default)
    DownloadOptions download;    // timeouts and retries (its progress is set per file)
    bool show_progress = true;   // a terminal bar per file
};

struct DemFetchResult {
    std::string open_path;                   // what to pass as --dem
    std::vector<std::string> downloaded;     // files fetched now
    std::vector<std::string> already_there;  // files that were complete before
};

// Throws LunarError naming the URL or file: an HTTP error, a stall, a size or checksum that
// does not match (that download is deleted: nothing unchecked is kept).
DemFetchResult fetchDemProduct(const DemProduct& product, const DemFetchOptions& options);

} // namespace lunar::io
