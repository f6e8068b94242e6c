#include "io/MappedHorizonPlanes.h"

#include "core/LunarError.h"

#include <cerrno>
#include <cstdint>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lunar::io {

namespace {

class MappedPlanes final : public HorizonPlaneStore {
public:
    MappedPlanes(void* base, std::size_t length, const std::int16_t* values)
        : base_(base), length_(length), values_(values)
    {
    }
    ~MappedPlanes() override { ::munmap(base_, length_); }
    MappedPlanes(const MappedPlanes&) = delete;
    MappedPlanes& operator=(const MappedPlanes&) = delete;

    const std::int16_t* data() const override { return values_; }

    // The whole mapping, header included: madvise wants a page-aligned start. Unmodified
    // pages of a read-only file mapping are simply unmapped; the page cache may keep them.
    void releaseResident() const override { ::madvise(base_, length_, MADV_DONTNEED); }

private:
    void* base_;
    std::size_t length_;
    const std::int16_t* values_;
};

std::string systemError(const char* what)
{
    return std::string(what) + ": " + std::strerror(errno);
}

} // namespace

std::shared_ptr<const HorizonPlaneStore> mapHorizonPlanes(const std::string& path,
                                                          std::size_t offset_bytes,
                                                          std::size_t value_count)
{
    if (offset_bytes % alignof(std::int16_t) != 0)
        throw LunarError(path, "horizon planes start at odd offset " +
                                   std::to_string(offset_bytes) + " (cannot be read in place)");
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw LunarError(path, systemError("cannot be opened for mapping"));
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        const std::string message = systemError("cannot be inspected");
        ::close(fd);
        throw LunarError(path, message);
    }
    const std::size_t needed = offset_bytes + value_count * sizeof(std::int16_t);
    const auto file_size = static_cast<std::size_t>(info.st_size);
    if (file_size < needed) {
        ::close(fd);
        throw LunarError(path, "holds " + std::to_string(file_size) + " bytes, its horizon planes need " +
                                   std::to_string(needed) + " (truncated cache file)");
    }
    void* base = ::mmap(nullptr, file_size, PROT_READ, MAP_SHARED, fd, 0);
    const std::string map_error = base == MAP_FAILED ? systemError("cannot be mapped") : "";
    ::close(fd); // the mapping keeps the file open
    if (base == MAP_FAILED)
        throw LunarError(path, map_error);
    const auto* values =
        reinterpret_cast<const std::int16_t*>(static_cast<const char*>(base) + offset_bytes);
    return std::make_shared<MappedPlanes>(base, file_size, values);
}

} // namespace lunar::io
