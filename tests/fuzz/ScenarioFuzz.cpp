// Fuzz target: the scenario loader on arbitrary bytes. Every input must come back as a
// Scenario or as a LunarError (the one-line answer the user sees); anything else (another
// exception, a crash, a sanitizer report, a runaway allocation) is a bug. A scenario that
// loads must also survive what the viewer does with it: saved with its layout, the text
// must load again (a save that the next start refuses would lose the user's edits).
#include "core/LunarError.h"
#include "io/ScenarioLoader.h"
#include "io/ScenarioWriter.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const lunar::Scenario scenario = lunar::io::parseScenario(text, "fuzz.json");
        const std::string saved = lunar::io::scenarioJsonWithLayout(scenario);
        try {
            (void)lunar::io::parseScenario(saved, "fuzz.json (saved)");
        }
        catch (const lunar::LunarError& e) {
            std::fprintf(stderr, "a loaded scenario, saved, no longer loads: %s\n", e.what());
            std::abort();
        }
    }
    catch (const lunar::LunarError&) {
        // the expected answer to a bad scenario
    }
    return 0;
}
