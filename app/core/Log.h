#pragma once
// The one place messages to the user leave the program: one line each, on stderr, as
//   lunarviz: warning: <context>: <message>
// Levels below the threshold are dropped (LUNARVIZ_LOG=debug|info|note|warning|error sets it;
// the default is info). Lines from several threads never interleave. Tests and the view's
// panels can add a sink that sees every line that passes the threshold.
#include <functional>
#include <string>
#include <string_view>

namespace lunar::log {

enum class Level { debug, info, note, warning, error };

// "debug", "info", "note", "warning", "error"; throws std::invalid_argument on other text.
Level levelNamed(std::string_view name);

// Writes one line if `level` passes the threshold. `context` (a file, a stage) may be empty.
void write(Level level, std::string_view context, std::string_view message);

inline void debug(std::string_view message) { write(Level::debug, {}, message); }
inline void info(std::string_view message) { write(Level::info, {}, message); }
inline void note(std::string_view message) { write(Level::note, {}, message); }
inline void warning(std::string_view message) { write(Level::warning, {}, message); }
inline void error(std::string_view message) { write(Level::error, {}, message); }
inline void warning(std::string_view context, std::string_view message)
{
    write(Level::warning, context, message);
}

// The line as written, without its newline (for sinks and tests).
std::string formatLine(Level level, std::string_view context, std::string_view message);

void setThreshold(Level level);
Level threshold();

// Sees every line that passes the threshold, besides stderr; returns an id for removeSink.
using Sink = std::function<void(Level, const std::string& line)>;
int addSink(Sink sink);
void removeSink(int id);

// Stderr is on by default; tests that capture through a sink may turn it off.
void setStderrEnabled(bool enabled);

} // namespace lunar::log
