#pragma once
// Which reflectance law shades sunlit regolith: Hapke's (terrain/HapkeReflectance, the
// default) or McEwen's Lunar-Lambert (terrain/LunarLambert). The terrain shader reads it as
// the uniform int photometricModel, in the order of the enum.
#include <string>
#include <vector>

namespace lunar {

enum class PhotometricModel {
    Hapke,        // Hapke (2012) with the shadow-hiding opposition effect, Sato et al. (2014)
    LunarLambert, // McEwen (1991)
};

// Names in the order of the enum: "hapke", "lunar-lambert".
const std::vector<std::string>& photometricModelNames();
// The model of a name; false if unknown.
bool photometricModelNamed(const std::string& name, PhotometricModel& out);
const std::string& photometricModelName(PhotometricModel model);

} // namespace lunar
