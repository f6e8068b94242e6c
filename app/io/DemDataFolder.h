#pragma once
// Where fetched catalogue DEMs live ($XDG_DATA_HOME/lunarviz/dem, else
// ~/.local/share/lunarviz/dem), how an unfinished download is named there, and how a
// `--dem` value or a scenario's "dem" that names a catalogue product becomes a file.
#include "io/DemCatalogue.h"

#include <string>

namespace lunar::io {

std::string demDataFolder();

// "<file>.part": a download not yet complete and checked. Never opened as a DEM.
std::string partialDownloadPath(const std::string& final_path);
bool isPartialDownload(const std::string& path);

// Whether all of a product's files are in `folder` at their published sizes.
enum class DemInstallState { absent, partial, complete };
DemInstallState demInstallState(const DemProduct& product, const std::string& folder);

// The file GDAL opens for the product in `folder` (it may not exist).
std::string demOpenPath(const DemProduct& product, const std::string& folder);

// What a DEM argument means: an existing file is itself; a catalogue name (any case) is the
// product's file in the data folder once fetched (else LunarError(where, "... run `lunarviz
// dem fetch NAME`")); a bare name that is neither is refused with the closest catalogue
// names. Anything else (a path) is returned as given, for the DEM reader to report.
std::string resolveDemSource(const std::string& text, const std::string& where);

} // namespace lunar::io
