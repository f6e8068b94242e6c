// lunarviz: entry point. Everything happens in the subcommands (app/cli/).
#include "cli/CommandLine.h"

int main(int argc, char** argv) { return lunar::cli::runCommandLine(argc, argv); }
