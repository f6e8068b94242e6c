#include "io/HttpDownload.h"

#include "core/LunarError.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <mutex>

namespace lunar::io {

namespace fs = std::filesystem;

namespace {

void initialiseCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// What one response's headers said about the size (reset at each response of a redirect).
struct ResponseSize {
    std::string status_line; // "HTTP/1.1 404 Not Found"
    std::optional<std::uint64_t> content_length;
    std::optional<std::uint64_t> range_total; // "Content-Range: bytes a-b/TOTAL"
};

struct Transfer {
    std::FILE* file = nullptr;
    std::uint64_t offset = 0; // bytes in the part file before this response
    ResponseSize size;
    bool write_failed = false;
    const DownloadOptions* options = nullptr;
};

std::string lowered(std::string text)
{
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::optional<std::uint64_t> parseCount(const std::string& text)
{
    char* end = nullptr;
    errno = 0;
    const unsigned long long value = std::strtoull(text.c_str(), &end, 10);
    if (end == text.c_str() || errno != 0)
        return std::nullopt;
    return static_cast<std::uint64_t>(value);
}

std::size_t onHeader(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const std::string raw(data, size * count);
    const std::string line = lowered(raw);
    if (line.rfind("http/", 0) == 0) {
        t->size = {};
        t->size.status_line = raw.substr(0, raw.find_last_not_of("\r\n") + 1);
    }
    else if (line.rfind("content-length:", 0) == 0)
        t->size.content_length = parseCount(line.substr(15));
    else if (line.rfind("content-range:", 0) == 0) {
        if (const std::size_t slash = line.find('/'); slash != std::string::npos)
            t->size.range_total = parseCount(line.substr(slash + 1));
    }
    return size * count;
}

std::size_t onData(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const std::size_t written = std::fwrite(data, size, count, t->file);
    if (written != count)
        t->write_failed = true;
    return written * size;
}

int onProgress(void* user, curl_off_t total_now, curl_off_t done_now, curl_off_t, curl_off_t)
{
    auto* t = static_cast<Transfer*>(user);
    if (t->options->progress) {
        std::optional<std::uint64_t> total;
        if (total_now > 0)
            total = t->offset + static_cast<std::uint64_t>(total_now);
        t->options->progress(t->offset + static_cast<std::uint64_t>(done_now), total);
    }
    return 0;
}

std::string megabytes(std::uint64_t bytes)
{
    char text[32];
    if (bytes < 1000000)
        std::snprintf(text, sizeof text, "%.0f kB", static_cast<double>(bytes) / 1e3);
    else
        std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

// "404 Not Found" from the status line, else the number alone.
std::string statusText(long status, const std::string& status_line)
{
    const std::size_t space = status_line.find(' ');
    return space == std::string::npos ? std::to_string(status) : status_line.substr(space + 1);
}

enum class Outcome { done, retry, restart };

} // namespace

std::uint64_t bytesOnDisk(const std::string& path)
{
    std::error_code error;
    const auto size = fs::file_size(path, error);
    return error ? 0 : static_cast<std::uint64_t>(size);
}

std::optional<std::uint64_t> downloadResuming(const std::string& url, const std::string& part_path,
                                              const DownloadOptions& options)
{
    initialiseCurlOnce();
    std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        throw LunarError(url, "cannot start a transfer (libcurl)");
    for (int attempt = 1;; ++attempt) {
        Transfer t;
        t.options = &options;
        t.offset = bytesOnDisk(part_path);
        std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(part_path.c_str(), "ab"), &std::fclose);
        if (!file)
            throw LunarError(part_path, std::string("cannot be written: ") + std::strerror(errno));
        t.file = file.get();
        char error_text[CURL_ERROR_SIZE] = "";
        CURL* c = curl.get();
        curl_easy_reset(c);
        curl_easy_setopt(c, CURLOPT_URL, url.c_str());
        curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(c, CURLOPT_MAXREDIRS, 10L);
        curl_easy_setopt(c, CURLOPT_FAILONERROR, 1L); // an error page is never written as data
        curl_easy_setopt(c, CURLOPT_USERAGENT, "lunarviz-dem-fetch");
        curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error_text);
        curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connect_timeout_s * 1000.0));
        // Under one byte a second for the stall time: the server has stopped answering.
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, std::max(1L, std::lround(options.stall_timeout_s)));
        curl_easy_setopt(c, CURLOPT_RESUME_FROM_LARGE, static_cast<curl_off_t>(t.offset));
        curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, &onHeader);
        curl_easy_setopt(c, CURLOPT_HEADERDATA, &t);
        curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &onData);
        curl_easy_setopt(c, CURLOPT_WRITEDATA, &t);
        curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, &onProgress);
        curl_easy_setopt(c, CURLOPT_XFERINFODATA, &t);
        const CURLcode result = curl_easy_perform(c);
        const bool flushed = std::fflush(t.file) == 0;
        file.reset();
        long status = 0;
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
        const std::string detail = *error_text ? error_text : curl_easy_strerror(result);
        const std::uint64_t have = bytesOnDisk(part_path);
        if (t.write_failed || !flushed)
            throw LunarError(part_path, "could not be written (disk full?) after " + megabytes(have));

        Outcome outcome = Outcome::done;
        switch (result) {
        case CURLE_OK:
            break;
        case CURLE_RANGE_ERROR: // the server will not resume: start again from the first byte
            outcome = Outcome::restart;
            break;
        case CURLE_HTTP_RETURNED_ERROR:
            if (status == 416 && t.offset > 0) { // what we hold is no prefix of this file
                outcome = Outcome::restart;
                break;
            }
            throw LunarError(url, "the server answered HTTP " + statusText(status, t.size.status_line));
        case CURLE_OPERATION_TIMEDOUT: {
            char text[64];
            std::snprintf(text, sizeof text, "%.0f s", options.stall_timeout_s);
            throw LunarError(url, std::string("the server stopped answering: nothing received for ") +
                                      text + " (timed out); " + megabytes(have) +
                                      " kept, run the same command to resume");
        }
        case CURLE_PARTIAL_FILE:
        case CURLE_RECV_ERROR:
        case CURLE_SEND_ERROR:
        case CURLE_GOT_NOTHING:
            if (attempt < options.attempts) {
                outcome = Outcome::retry;
                break;
            }
            throw LunarError(url, "the transfer was cut off (" + detail + ") with " + megabytes(have) +
                                      " received; run the same command to resume");
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_CONNECT:
            throw LunarError(url, "cannot connect (" + detail + ")");
        default:
            throw LunarError(url, "the download failed (" + detail + ")");
        }
        if (outcome == Outcome::restart) {
            if (attempt >= options.attempts)
                throw LunarError(url, "the server refused to resume or restart the transfer (HTTP " +
                                          std::to_string(status) + ")");
            fs::resize_file(part_path, 0);
            continue;
        }
        if (outcome == Outcome::retry)
            continue;
        if (t.size.range_total)
            return t.size.range_total;
        if (t.size.content_length)
            return t.offset == 0 || status == 206 ? std::optional<std::uint64_t>(t.offset + *t.size.content_length)
                                                  : t.size.content_length;
        return std::nullopt;
    }
}

} // namespace lunar::io
