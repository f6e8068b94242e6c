// The DEM catalogue: the built-in file parses and names its sources; bad entries are refused
// with their JSON path; names resolve to fetched files only when every file is whole.
#include "core/LunarError.h"
#include "io/DemCatalogue.h"
#include "io/DemDataFolder.h"
#include "io/EmbeddedData.h"
#include "io/LunarDem.h"

#include "TestPaths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>

using namespace lunar;
namespace fs = std::filesystem;

namespace {

std::string catalogueWith(const std::string& files_json, const std::string& open = "a.img")
{
    return R"({"products": [{"name": "TEST_DEM", "title": "t", "source_page": "https://example.org",
      "resolution_m": 5, "open": ")" + open + R"(", "licence": "l", "files": )" + files_json + "}]}";
}

void writeBytes(const fs::path& path, std::size_t count)
{
    std::ofstream out(path, std::ios::binary);
    out << std::string(count, 'x');
}

// Points $XDG_DATA_HOME at a scratch folder for one test, and back afterwards.
struct ScratchDataHome {
    explicit ScratchDataHome(const std::string& name) : dir(test::scratchDir(name))
    {
        if (const char* was = std::getenv("XDG_DATA_HOME"))
            previous = was;
        setenv("XDG_DATA_HOME", dir.c_str(), 1);
    }
    ~ScratchDataHome()
    {
        if (previous.empty())
            unsetenv("XDG_DATA_HOME");
        else
            setenv("XDG_DATA_HOME", previous.c_str(), 1);
    }
    fs::path dir;
    std::string previous;
};

} // namespace

TEST_CASE("DEM catalogue: the built-in one lists the LOLA polar products, each with its files and sources", "[catalogue]")
{
    const io::DemCatalogue catalogue = io::defaultDemCatalogue();
    for (const char* name : {"LDEM_875S_5M", "LDEM_85S_20M", "LDEM_85S_40M", "LDEM_80S_20M",
                             "LDEM_80S_40M", "PGDA78_Site01"}) {
        CAPTURE(name);
        const io::DemProduct* p = catalogue.find(name);
        REQUIRE(p);
        CHECK_FALSE(p->files.empty());
        CHECK(p->files.back().name == p->open_file); // what GDAL opens arrives last
        CHECK(p->source_page.rfind("https://", 0) == 0);
        CHECK_FALSE(p->licence.empty());
    }
    CHECK(catalogue.find("ldem_85s_20m") == catalogue.find("LDEM_85S_20M")); // any case
    // Every file names where its URL and size were read.
    const nlohmann::json raw = nlohmann::json::parse(io::embeddedDataFile("dem_catalogue.json"));
    for (const auto& p : raw.at("products"))
        for (const auto& f : p.at("files"))
            CHECK_FALSE(f.at("source").get<std::string>().empty());
}

TEST_CASE("DEM catalogue: an unknown name is refused with the closest names", "[catalogue]")
{
    const io::DemCatalogue catalogue = io::defaultDemCatalogue();
    try {
        catalogue.require("LDEM_85S_2M", "dem fetch");
        FAIL("no error");
    } catch (const LunarError& e) {
        CHECK_THAT(e.what(), Catch::StartsWith("dem fetch: \"LDEM_85S_2M\" is not in the DEM catalogue"));
        CHECK_THAT(e.what(), Catch::Contains("(closest: LDEM_85S_20M, "));
    }
}

TEST_CASE("DEM catalogue: malformed entries name their JSON path", "[catalogue]")
{
    const auto problem = [](const std::string& text) {
        try {
            io::parseDemCatalogue(text, "cat.json");
        } catch (const LunarError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK_THAT(problem(catalogueWith(R"([{"url": "ftp://x/a.img", "name": "a.img", "source": "s"}])")),
               Catch::Contains("products[0].files[0].url: \"ftp://x/a.img\" is not an http(s) URL"));
    CHECK_THAT(problem(catalogueWith(R"([{"url": "https://x/a.img", "name": "../a.img", "source": "s"}])")),
               Catch::Contains("is not a plain file name"));
    CHECK_THAT(problem(catalogueWith(R"([{"url": "https://x/a.img", "name": "a.img", "md5": "12", "source": "s"}])")),
               Catch::Contains("md5: is not 32 hexadecimal digits"));
    CHECK_THAT(problem(catalogueWith(R"([{"url": "https://x/a.img", "name": "a.img", "source": "s"}])", "b.lbl")),
               Catch::Contains("open: \"b.lbl\" is not one of its files"));
    CHECK_THAT(problem(catalogueWith(R"([{"url": "https://x/a.img", "name": "a.img"}])")),
               Catch::Contains("source: is missing"));
    CHECK_THAT(problem(catalogueWith("[]")), Catch::Contains("files: lists no file"));
}

TEST_CASE("DEM catalogue: a name resolves to its file only once every file is whole", "[catalogue]")
{
    const ScratchDataHome home("catalogue-resolve");
    const fs::path folder = home.dir / "lunarviz" / "dem";
    CHECK(io::demDataFolder() == folder.string());
    const io::DemCatalogue catalogue = io::defaultDemCatalogue();
    const io::DemProduct& p = *catalogue.find("PGDA78_Site01");
    REQUIRE(p.files.size() == 1);
    REQUIRE(p.files[0].size_bytes);
    const auto resolveProblem = [] {
        try {
            io::resolveDemSource("pgda78_site01", "--dem");
        } catch (const LunarError& e) {
            return std::string(e.what());
        }
        return std::string("resolved");
    };
    CHECK(io::demInstallState(p, folder.string()) == io::DemInstallState::absent);
    CHECK_THAT(resolveProblem(), Catch::Contains("PGDA78_Site01 is not downloaded yet: run `lunarviz dem fetch PGDA78_Site01`"));

    fs::create_directories(folder);
    const fs::path part = io::partialDownloadPath((folder / p.files[0].name).string());
    writeBytes(part, 1000); // an interrupted download
    CHECK(io::demInstallState(p, folder.string()) == io::DemInstallState::partial);
    CHECK_THAT(resolveProblem(), Catch::Contains("is only partly downloaded"));
    // Named directly, the unfinished file is refused, not read as a DEM.
    CHECK_THROWS_WITH(io::LunarDem::open(part.string()), Catch::Contains("is an unfinished download, not a DEM"));

    writeBytes(folder / p.files[0].name, 1000); // the wrong size under the real name
    CHECK(io::demInstallState(p, folder.string()) == io::DemInstallState::partial);
    fs::resize_file(folder / p.files[0].name, *p.files[0].size_bytes); // sparse, but whole
    CHECK(io::demInstallState(p, folder.string()) == io::DemInstallState::complete);
    CHECK(io::resolveDemSource("pgda78_site01", "--dem") == (folder / p.open_file).string());
    fs::remove_all(home.dir);
}

TEST_CASE("DEM catalogue: a path or an existing file is left to the DEM reader; a bare unknown name is refused", "[catalogue]")
{
    CHECK(io::resolveDemSource("missing/site.tif", "--dem") == "missing/site.tif");
    CHECK(io::resolveDemSource("site.tif", "--dem") == "site.tif");
    CHECK_THROWS_WITH(io::resolveDemSource("LDEM_85S", "--dem"),
                      Catch::StartsWith("--dem: \"LDEM_85S\" is not in the DEM catalogue"));
}
