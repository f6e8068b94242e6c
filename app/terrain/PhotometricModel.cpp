#include "terrain/PhotometricModel.h"

namespace lunar {

const std::vector<std::string>& photometricModelNames()
{
    static const std::vector<std::string> names = {"hapke", "lunar-lambert"};
    return names;
}

bool photometricModelNamed(const std::string& name, PhotometricModel& out)
{
    const std::vector<std::string>& names = photometricModelNames();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) {
            out = static_cast<PhotometricModel>(i);
            return true;
        }
    return false;
}

const std::string& photometricModelName(PhotometricModel model)
{
    return photometricModelNames()[static_cast<std::size_t>(model)];
}

} // namespace lunar
