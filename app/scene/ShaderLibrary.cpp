#include "scene/ShaderLibrary.h"

#include "core/LunarError.h"
#include "scene/HorizonTextures.h"

#include <osg/Shader>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace lunar::scene {

const std::map<std::string, std::string>& embeddedShaders(); // generated at build time

namespace {
std::string shaderDirectory()
{
    if (const char* dir = std::getenv("LUNARVIZ_SHADER_DIR"); dir && *dir)
        return dir;
    return LUNARVIZ_SHADER_DIR;
}
// The C++ constants the GLSL side needs, as defines (one definition each, in C++).
std::string constantDefines()
{
    char text[96];
    std::snprintf(text, sizeof text, "#define LUNAR_HORIZON_DEG_PER_UNIT %.9g\n",
                  kHorizonTexelDegPerUnit);
    return text;
}
} // namespace

std::string withCommonCode(const std::string& source, const std::string& file_name)
{
    if (source.rfind("#version", 0) != 0)
        throw LunarError("shaders/" + file_name, "does not start with a #version line");
    const std::size_t line_end = source.find('\n');
    if (line_end == std::string::npos)
        throw LunarError("shaders/" + file_name, "has nothing after its #version line");
    return source.substr(0, line_end + 1) + constantDefines() + shaderSource("common.glsl") +
           shaderSource("photometry.glsl") + "#line 2\n" + source.substr(line_end + 1);
}

std::string shaderSource(const std::string& file_name, std::string* origin)
{
    const std::filesystem::path on_disk = std::filesystem::path(shaderDirectory()) / file_name;
    if (std::ifstream in{on_disk}) {
        std::ostringstream text;
        text << in.rdbuf();
        if (origin)
            *origin = on_disk.string();
        return text.str();
    }
    const auto& embedded = embeddedShaders();
    const auto found = embedded.find(file_name);
    if (found == embedded.end())
        throw LunarError("shaders/" + file_name, "no such shader");
    if (origin)
        *origin = "shaders/" + file_name + " (built in)";
    return found->second;
}

osg::ref_ptr<osg::Program> loadProgram(const std::string& name)
{
    osg::ref_ptr<osg::Program> program = new osg::Program;
    program->setName(name);
    for (const auto& [suffix, type] : {std::pair{".vert", osg::Shader::VERTEX},
                                       std::pair{".frag", osg::Shader::FRAGMENT}}) {
        std::string origin;
        const std::string source = withCommonCode(shaderSource(name + suffix, &origin), name + suffix);
        osg::ref_ptr<osg::Shader> shader = new osg::Shader(type, source);
        shader->setName(origin);
        program->addShader(shader);
    }
    return program;
}

} // namespace lunar::scene
