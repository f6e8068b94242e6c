#include "scene/PhotometryUniforms.h"

#include <osg/Uniform>

namespace lunar::scene {

void attachPhotometryUniforms(osg::StateSet& state, const HapkeParameters& h, float gain)
{
    const auto f = [](double x) { return static_cast<float>(x); };
    state.addUniform(new osg::Uniform(
        "hapkeScattering", osg::Vec4(f(h.single_scattering_albedo), f(h.phase_b), f(h.phase_c),
                                     f(h.porosity_k))));
    state.addUniform(new osg::Uniform(
        "hapkeOpposition", osg::Vec4(f(h.shoe_amplitude), f(h.shoe_width), f(h.cboe_amplitude),
                                     f(h.cboe_width))));
    state.addUniform(new osg::Uniform("hapkeMeanSlope", f(h.mean_slope_rad)));
    state.addUniform(new osg::Uniform("hapkeGain", gain));
}

} // namespace lunar::scene
