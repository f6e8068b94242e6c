#pragma once
// Text helpers the panels share: a labelled row and printf-style figures.
#include <string>

namespace lunar::ui {

// The label dimmed, then the value wrapped beside it, values aligned `value_column_em` font
// heights from the left.
void labelledRow(const char* label, const std::string& value, float value_column_em);

// `pattern` (printf) with up to three numbers, as a string.
std::string formatNumbers(const char* pattern, double a, double b = 0.0, double c = 0.0);

} // namespace lunar::ui
