#pragma once
// The lunarviz command line: one function per subcommand registers its options on the CLI11
// app and returns the action to run when that subcommand is chosen.
#include <CLI/CLI.hpp>

#include <functional>

namespace lunar::cli {

struct Subcommand {
    CLI::App* app = nullptr;
    std::function<int()> run;
};

Subcommand addViewCommand(CLI::App& app);
Subcommand addSnapshotCommand(CLI::App& app);
Subcommand addRenderCommand(CLI::App& app);
Subcommand addMakeDemCommand(CLI::App& app);
Subcommand addInfoCommand(CLI::App& app);
Subcommand addEphemCommand(CLI::App& app);
Subcommand addDescentCommand(CLI::App& app);
Subcommand addAnalyzeCommand(CLI::App& app);
Subcommand addDemCommand(CLI::App& app);

// Parses argv and runs the chosen subcommand ("view" when none is named). Returns the exit
// code; user errors print one line "lunarviz: <file>: <problem>" and return 1.
int runCommandLine(int argc, char** argv);

// The DEM a command was given, as its argument or with --dem (a catalogue name resolved to
// its file), or empty for the scenario's own. LunarError if both are given and differ.
std::string chosenDemPath(const std::string& dem_option, const std::string& dem_argument);

// Parses "WxH" (e.g. 1920x1080); throws LunarError("--size", ...) if malformed.
void parseSize(const std::string& text, int& width, int& height);

} // namespace lunar::cli
