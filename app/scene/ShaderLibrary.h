#pragma once
// Shader programs from shaders/, each with shaders/common.glsl and photometry.glsl spliced in: read from the source tree when it is present (edit and
// re-run, no rebuild), else from the copies embedded at build time. Each osg::Shader is
// named after its file so OSG's compile log says which file failed.
#include <osg/Program>

#include <string>

namespace lunar::scene {

// Program from `<name>.vert` and `<name>.frag`; throws LunarError if a file is missing.
osg::ref_ptr<osg::Program> loadProgram(const std::string& name);

// A shader's source with shaders/common.glsl (tone map, display encoding, horizon decoding),
// shaders/photometry.glsl (the regolith reflectance laws) and the defines of the C++
// constants it uses spliced in after its #version line (and the #extension lines that follow it), then a #line so compile logs keep
// the file's own line numbers; a line `#include "x.glsl"` is replaced by shaders/x.glsl
// (terrain.frag includes surface_detail.glsl). Throws LunarError naming the file if it does
// not start with #version.
std::string withCommonCode(const std::string& source, const std::string& file_name);

// Source text of one shader file, and where it came from ("shaders/x.frag" or "(built in)").
std::string shaderSource(const std::string& file_name, std::string* origin = nullptr);

} // namespace lunar::scene
