#include "cli/CommandLine.h"
#include "cli/ParseErrorLine.h"

#include "core/Log.h"
#include "core/LunarError.h"
#include "io/DemCatalogue.h"
#include "io/DemDataFolder.h"

#include <cstdio>
#include <exception>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

namespace lunar::cli {

void parseSize(const std::string& text, int& width, int& height)
{
    static const std::regex pattern(R"(^(\d{1,5})[xX](\d{1,5})$)");
    std::smatch m;
    if (!std::regex_match(text, m, pattern))
        throw LunarError("--size", "\"" + text + "\" is not WIDTHxHEIGHT (e.g. 1920x1080)");
    width = std::stoi(m[1]);
    height = std::stoi(m[2]);
}

std::string chosenDemPath(const std::string& dem_option, const std::string& dem_argument)
{
    if (!dem_option.empty() && !dem_argument.empty() && dem_option != dem_argument)
        throw LunarError("--dem", "\"" + dem_option + "\" and the DEM argument \"" + dem_argument +
                                      "\" differ: give one");
    const std::string& given = dem_option.empty() ? dem_argument : dem_option;
    return given.empty() ? given : io::resolveDemSource(given, dem_option.empty() ? "DEM" : "--dem");
}

namespace {

// A first argument that is no subcommand but a DEM: a file, a path, or a catalogue name.
bool namesDem(const std::string& arg, const std::vector<Subcommand>& subcommands)
{
    for (const Subcommand& sub : subcommands)
        if (sub.app->get_name() == arg)
            return false;
    if (std::filesystem::exists(arg) || arg.find('/') != std::string::npos)
        return true;
    try {
        return io::defaultDemCatalogue().find(arg) != nullptr;
    } catch (const LunarError&) { // a broken $LUNARVIZ_DEM_CATALOGUE is reported where used
        return false;
    }
}

} // namespace

int runCommandLine(int argc, char** argv)
{
    CLI::App app{"lunarviz: the International Lunar Research Station on real lunar terrain.\n"
                 "With no subcommand it runs `view` on the built-in ILRS concept scenario."};
    app.require_subcommand(0, 1);
    const std::vector<Subcommand> subcommands = {addViewCommand(app), addSnapshotCommand(app),
                                                 addRenderCommand(app),
                                                 addMakeDemCommand(app), addInfoCommand(app),
                                                 addEphemCommand(app), addDescentCommand(app),
                                                 addAnalyzeCommand(app), addDemCommand(app)};

    // `lunarviz [view] [options]`: with no subcommand named, the options are view's, and
    // `lunarviz site.tif` (or a catalogue name) views that DEM.
    std::vector<std::string> args(argv + 1, argv + argc);
    const bool names_subcommand =
        !args.empty() && (args[0] == "-h" || args[0] == "--help" ||
                          (args[0][0] != '-' && !namesDem(args[0], subcommands)));
    if (!names_subcommand)
        args.insert(args.begin(), "view");
    std::vector<std::string> reversed(args.rbegin(), args.rend()); // CLI11 wants them reversed
    try {
        app.parse(reversed);
    }
    catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) // --help: CLI11 prints it
            return app.exit(e);
        log::error(parseErrorLine(e.what()));
        return 2; // a usage error, as getopt programs report it
    }
    try {
        for (const Subcommand& sub : subcommands)
            if (sub.app->parsed())
                return sub.run();
        return subcommands.front().run();
    }
    catch (const LunarErrors& e) {
        for (const std::string& line : e.lines())
            log::error(line);
        return 1;
    }
    catch (const LunarError& e) {
        log::error(e.what());
        return 1;
    }
    catch (const std::exception& e) {
        log::error(std::string("internal error: ") + e.what());
        return 2;
    }
}

} // namespace lunar::cli
