#pragma once
// Checksums of a file on disk (OpenSSL's EVP digests), as lower-case hex: a fetched DEM is
// checked against the digest its archive publishes before it is moved into place.
#include <string>

namespace lunar::io {

enum class DigestKind { md5, sha256 };

// Reads the whole file; throws LunarError(path, ...) if it cannot be read.
std::string fileDigestHex(const std::string& path, DigestKind kind);

} // namespace lunar::io
