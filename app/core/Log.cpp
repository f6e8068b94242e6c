#include "core/Log.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <stdexcept>

namespace lunar::log {

namespace {

Level thresholdFromEnvironment()
{
    const char* name = std::getenv("LUNARVIZ_LOG");
    if (!name || !*name)
        return Level::info;
    try {
        return levelNamed(name);
    } catch (const std::invalid_argument&) {
        std::fprintf(stderr, "lunarviz: warning: LUNARVIZ_LOG: \"%s\" is not a level "
                             "(debug, info, note, warning, error); using info\n", name);
        return Level::info;
    }
}

struct LogState {
    std::mutex mutex;
    std::atomic<int> threshold{static_cast<int>(thresholdFromEnvironment())};
    std::atomic<bool> to_stderr{true};
    std::map<int, Sink> sinks;
    int next_sink_id = 1;
};

LogState& state()
{
    static LogState s;
    return s;
}

// Errors keep the plain "lunarviz: <what>" form the CLI has always printed.
std::string_view prefixOf(Level level)
{
    switch (level) {
    case Level::debug: return "debug: ";
    case Level::note: return "note: ";
    case Level::warning: return "warning: ";
    case Level::info:
    case Level::error: return "";
    }
    return "";
}

} // namespace

Level levelNamed(std::string_view name)
{
    if (name == "debug") return Level::debug;
    if (name == "info") return Level::info;
    if (name == "note") return Level::note;
    if (name == "warning") return Level::warning;
    if (name == "error") return Level::error;
    throw std::invalid_argument("not a log level: " + std::string(name));
}

std::string formatLine(Level level, std::string_view context, std::string_view message)
{
    std::string line = "lunarviz: ";
    line += prefixOf(level);
    if (!context.empty()) {
        line += context;
        line += ": ";
    }
    line += message;
    return line;
}

void write(Level level, std::string_view context, std::string_view message)
{
    LogState& s = state();
    if (static_cast<int>(level) < s.threshold.load())
        return;
    const std::string line = formatLine(level, context, message);
    std::lock_guard<std::mutex> lock(s.mutex);
    if (s.to_stderr.load()) {
        std::fprintf(stderr, "%s\n", line.c_str());
        std::fflush(stderr);
    }
    for (const auto& [id, sink] : s.sinks)
        sink(level, line);
}

void setThreshold(Level level) { state().threshold = static_cast<int>(level); }

Level threshold() { return static_cast<Level>(state().threshold.load()); }

int addSink(Sink sink)
{
    LogState& s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    const int id = s.next_sink_id++;
    s.sinks.emplace(id, std::move(sink));
    return id;
}

void removeSink(int id)
{
    LogState& s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    s.sinks.erase(id);
}

void setStderrEnabled(bool enabled) { state().to_stderr = enabled; }

} // namespace lunar::log
