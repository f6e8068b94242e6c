#include "io/EmbeddedData.h"

#include "core/LunarError.h"

namespace lunar::io {

const std::string& embeddedDataFile(const std::string& name)
{
    const auto& files = embeddedDataFiles();
    const auto found = files.find(name);
    if (found == files.end())
        throw LunarError("data/" + name, "is not built into this lunarviz");
    return found->second;
}

std::string embeddedLabel(const std::string& name) { return "data/" + name + " (built in)"; }

} // namespace lunar::io
