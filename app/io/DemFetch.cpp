#include "io/DemFetch.h"

#include "core/LunarError.h"
#include "core/ProgressBar.h"
#include "io/DemDataFolder.h"
#include "io/FileDigest.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <memory>

namespace lunar::io {

namespace fs = std::filesystem;

namespace {

// Deletes the unfinished file and says why, in one line naming the URL.
[[noreturn]] void refuse(const DemProductFile& file, const std::string& part, const std::string& why)
{
    std::error_code ignored;
    fs::remove(part, ignored);
    throw LunarError(file.url, why + "; the download was deleted");
}

// Some archives answer a moved or withdrawn file with an HTML page and status 200.
bool looksLikeWebPage(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::string head(512, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    for (char& c : head)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::size_t start = head.find_first_not_of(" \t\r\n");
    return start != std::string::npos &&
           (head.compare(start, 9, "<!doctype") == 0 || head.compare(start, 5, "<html") == 0);
}

void checkDownloaded(const DemProductFile& file, const std::string& part,
                     std::optional<std::uint64_t> server_total)
{
    if (looksLikeWebPage(part))
        refuse(file, part, "the server sent a web page instead of the file");
    const std::uint64_t have = bytesOnDisk(part);
    if (file.size_bytes && have != *file.size_bytes)
        refuse(file, part, "is " + std::to_string(have) + " bytes, the catalogue says " +
                               std::to_string(*file.size_bytes));
    if (!file.size_bytes && server_total && have != *server_total)
        refuse(file, part, "is " + std::to_string(have) + " bytes, the server said " +
                               std::to_string(*server_total));
    const auto check = [&](DigestKind kind, const std::string& expected, const char* label) {
        if (expected.empty())
            return;
        const std::string got = fileDigestHex(part, kind);
        if (got != expected)
            refuse(file, part, std::string(label) + " " + got + " differs from the catalogue's " + expected);
    };
    check(DigestKind::sha256, file.sha256, "sha256");
    check(DigestKind::md5, file.md5, "md5");
}

} // namespace

DemFetchResult fetchDemProduct(const DemProduct& product, const DemFetchOptions& options)
{
    const fs::path folder = options.folder.empty() ? fs::path(demDataFolder()) : fs::path(options.folder);
    std::error_code error;
    fs::create_directories(folder, error);
    if (error)
        throw LunarError(folder.string(), "cannot be created: " + error.message());
    DemFetchResult result;
    for (const DemProductFile& file : product.files) {
        const fs::path target = folder / file.name;
        if (fs::is_regular_file(target) && (!file.size_bytes || bytesOnDisk(target.string()) == *file.size_bytes)) {
            result.already_there.push_back(target.string());
            continue;
        }
        const std::string part = partialDownloadPath(target.string());
        if (file.size_bytes && bytesOnDisk(part) > *file.size_bytes) // not a prefix of this file
            fs::remove(part, error);
        std::optional<std::uint64_t> total;
        if (!(file.size_bytes && bytesOnDisk(part) == *file.size_bytes)) { // else only checks left
            DownloadOptions download = options.download;
            std::unique_ptr<ProgressBar> bar;
            constexpr std::uint64_t kStep = 1 << 16; // bar steps of 64 kB
            download.progress = [&](std::uint64_t done, std::optional<std::uint64_t> all) {
                if (!options.show_progress)
                    return;
                const std::optional<std::uint64_t> whole = file.size_bytes ? file.size_bytes : all;
                if (!bar && whole)
                    bar = std::make_unique<ProgressBar>(file.name, static_cast<std::size_t>(*whole / kStep + 1));
                if (bar)
                    bar->setDone(static_cast<std::size_t>(done / kStep));
            };
            try {
                total = downloadResuming(file.url, part, download);
            } catch (...) {
                if (bar)
                    bar->stop();
                if (bytesOnDisk(part) == 0) // nothing arrived: no empty file left behind
                    fs::remove(part, error);
                throw;
            }
            if (bar)
                bar->finish();
        }
        checkDownloaded(file, part, total);
        fs::rename(part, target, error);
        if (error)
            throw LunarError(target.string(), "cannot be moved into place: " + error.message());
        result.downloaded.push_back(target.string());
    }
    result.open_path = demOpenPath(product, folder.string());
    return result;
}

} // namespace lunar::io
