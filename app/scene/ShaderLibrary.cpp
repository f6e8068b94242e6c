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
// Replaces each line `#include "name.glsl"` (at the start of a line) with that file from
// shaders/; compile logs number its lines as source string 1, and the including file's own
// lines again after it. One level deep: an included file includes nothing.
std::string withIncludes(const std::string& body, int first_line, const std::string& file_name)
{
    static const std::string directive = "#include \"";
    std::string out;
    std::size_t begin = 0;
    int line = first_line;
    while (begin < body.size()) {
        std::size_t end = body.find('\n', begin);
        end = end == std::string::npos ? body.size() : end + 1;
        const std::string text = body.substr(begin, end - begin);
        if (text.rfind(directive, 0) == 0) {
            const std::size_t close = text.find('"', directive.size());
            if (close == std::string::npos)
                throw LunarError("shaders/" + file_name + ":" + std::to_string(line),
                                 "#include has no closing quote");
            out += "#line 1 1\n" + shaderSource(text.substr(directive.size(), close - directive.size())) +
                   "\n#line " + std::to_string(line + 1) + " 0\n";
        }
        else {
            out += text;
        }
        begin = end;
        ++line;
    }
    return out;
}
} // namespace

std::string withCommonCode(const std::string& source, const std::string& file_name)
{
    if (source.rfind("#version", 0) != 0)
        throw LunarError("shaders/" + file_name, "does not start with a #version line");
    std::size_t line_end = source.find('\n');
    if (line_end == std::string::npos)
        throw LunarError("shaders/" + file_name, "has nothing after its #version line");
    // #extension lines must come before any declaration: they stay above the spliced code.
    int head_lines = 1;
    while (source.compare(line_end + 1, 10, "#extension") == 0) {
        const std::size_t next = source.find('\n', line_end + 1);
        if (next == std::string::npos)
            throw LunarError("shaders/" + file_name, "has nothing after its #extension lines");
        line_end = next;
        ++head_lines;
    }
    return source.substr(0, line_end + 1) + constantDefines() + shaderSource("common.glsl") +
           shaderSource("photometry.glsl") + "#line " + std::to_string(head_lines + 1) + "\n" +
           withIncludes(source.substr(line_end + 1), head_lines + 1, file_name);
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
