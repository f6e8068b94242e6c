// `lunarviz dem list` and `lunarviz dem fetch NAME`: the public lunar DEM products of the
// catalogue (data/dem_catalogue.json) and their download into the data folder.
#include "cli/CommandLine.h"

#include "core/LunarError.h"
#include "io/DemCatalogue.h"
#include "io/DemDataFolder.h"
#include "io/DemFetch.h"

#include <cstdio>
#include <memory>

namespace lunar::cli {

namespace {

std::string sizeText(std::optional<std::uint64_t> bytes)
{
    if (!bytes)
        return "size unknown";
    char text[32];
    const double mb = static_cast<double>(*bytes) / 1e6;
    if (mb >= 1000.0)
        std::snprintf(text, sizeof text, "%.2f GB", mb / 1000.0);
    else
        std::snprintf(text, sizeof text, "%.0f MB", mb);
    return text;
}

// A product's size: exact, or "460 MB+" where a small file's (a label's) is not published.
std::string productSizeText(const io::DemProduct& p)
{
    if (const auto total = p.totalSizeBytes())
        return sizeText(total);
    const std::uint64_t known = p.knownSizeBytes();
    return known > 0 ? sizeText(known) + "+" : sizeText(std::nullopt);
}

const char* stateText(io::DemInstallState state)
{
    switch (state) {
    case io::DemInstallState::complete:
        return "downloaded";
    case io::DemInstallState::partial:
        return "partly downloaded";
    case io::DemInstallState::absent:
        break;
    }
    return "not downloaded";
}

int runList(bool verbose)
{
    const io::DemCatalogue catalogue = io::defaultDemCatalogue();
    const std::string folder = io::demDataFolder();
    std::printf("%-20s %6s  %-12s  %-17s  %s\n", "NAME", "PIXEL", "SIZE", "HERE", "TITLE");
    for (const io::DemProduct& p : catalogue.products) {
        char pixel[32];
        std::snprintf(pixel, sizeof pixel, "%g m", p.resolution_m);
        std::printf("%-20s %6s  %-12s  %-17s  %s\n", p.name.c_str(), pixel,
                    productSizeText(p).c_str(),
                    stateText(io::demInstallState(p, folder)), p.title.c_str());
        if (!verbose)
            continue;
        std::printf("    extent:   %s\n", p.extent.c_str());
        if (p.width_px && p.height_px)
            std::printf("    grid:     %d x %d px\n", *p.width_px, *p.height_px);
        std::printf("    format:   %s\n    producer: %s\n    source:   %s\n    licence:  %s\n",
                    p.format.c_str(), p.producer.c_str(), p.source_page.c_str(), p.licence.c_str());
        for (const io::DemProductFile& f : p.files)
            std::printf("    file:     %s (%s%s)\n", f.url.c_str(), sizeText(f.size_bytes).c_str(),
                        !f.sha256.empty() ? ", sha256" : !f.md5.empty() ? ", md5" : ", no checksum published");
        if (!p.notes.empty())
            std::printf("    notes:    %s\n", p.notes.c_str());
    }
    std::printf("%zu products (%s); downloads go to %s\n", catalogue.products.size(),
                catalogue.file.c_str(), folder.c_str());
    return 0;
}

struct FetchOptions {
    std::string name;
    std::string to;
    double timeout_s = 30.0;
    int retries = 2;
};

int runFetch(const FetchOptions& o)
{
    const io::DemCatalogue catalogue = io::defaultDemCatalogue();
    const io::DemProduct& product = catalogue.require(o.name, "dem fetch");
    io::DemFetchOptions options;
    options.folder = o.to.empty() ? io::demDataFolder() : o.to;
    options.download.stall_timeout_s = o.timeout_s;
    options.download.connect_timeout_s = o.timeout_s;
    options.download.attempts = 1 + o.retries;
    std::printf("fetching %s (%s) into %s\n", product.name.c_str(),
                productSizeText(product).c_str(), options.folder.c_str());
    std::fflush(stdout);
    const io::DemFetchResult result = io::fetchDemProduct(product, options);
    for (const std::string& f : result.already_there)
        std::printf("already there: %s\n", f.c_str());
    for (const std::string& f : result.downloaded)
        std::printf("downloaded and checked: %s\n", f.c_str());
    std::printf("ready: lunarviz view %s\n",
                o.to.empty() ? product.name.c_str() : result.open_path.c_str());
    return 0;
}

} // namespace

Subcommand addDemCommand(CLI::App& app)
{
    CLI::App* sub = app.add_subcommand("dem", "The catalogue of public lunar DEMs: list, fetch");
    sub->require_subcommand(1);
    auto verbose = std::make_shared<bool>(false);
    CLI::App* list = sub->add_subcommand("list", "List the catalogue's DEM products and which are downloaded");
    list->add_flag("--long,-l", *verbose, "Each product's extent, source, licence and files too");
    auto fetch = std::make_shared<FetchOptions>();
    CLI::App* get = sub->add_subcommand("fetch", "Download a catalogue DEM (resumes, checks size and checksum)");
    get->add_option("name", fetch->name, "Product name (see `lunarviz dem list`)")->required();
    get->add_option("--to", fetch->to, "Folder to put it in (default: $XDG_DATA_HOME/lunarviz/dem)");
    get->add_option("--timeout", fetch->timeout_s, "Seconds without data before giving up (default 30)")
        ->check(CLI::Range(1.0, 3600.0));
    get->add_option("--retries", fetch->retries, "Times a cut transfer is resumed at once (default 2)")
        ->check(CLI::Range(0, 100));
    return {sub, [=] { return list->parsed() ? runList(*verbose) : runFetch(*fetch); }};
}

} // namespace lunar::cli
