#pragma once
// One file over HTTP(S) with libcurl into "<file>.part", resuming what an earlier attempt
// left there (an HTTP Range request), so a cut transfer of a 2 GB DEM costs only what was
// lost. Errors are one line naming the URL: the HTTP status ("404 Not Found"), a server
// that stopped sending for `stall_timeout_s`, a connection that could not be made.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace lunar::io {

struct DownloadOptions {
    double connect_timeout_s = 20.0; // to open the connection
    double stall_timeout_s = 30.0;   // no byte received for this long: the server stopped answering
    int attempts = 3;                // a transfer cut short is resumed until this many tries in all
    // Called as bytes arrive: bytes in the part file so far, and the whole file's size once
    // the server has said it.
    std::function<void(std::uint64_t done_bytes, std::optional<std::uint64_t> total_bytes)> progress;
};

// Bytes in the file at `path`; 0 when there is none (a download not yet started).
std::uint64_t bytesOnDisk(const std::string& path);

// Downloads `url` into `part_path`, appending to what it already holds. Returns the whole
// file's size as the server gave it (Content-Range or Content-Length), if it gave one. A
// server that ignores the Range request, or answers 416 to it, gets the file again from
// its start. Throws LunarError(url, ...); what arrived stays in `part_path` for a later try.
std::optional<std::uint64_t> downloadResuming(const std::string& url, const std::string& part_path,
                                              const DownloadOptions& options);

} // namespace lunar::io
