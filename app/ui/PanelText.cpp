#include "ui/PanelText.h"

#include <imgui.h>

#include <cstdio>

namespace lunar::ui {

void labelledRow(const char* label, const std::string& value, float value_column_em)
{
    ImGui::TextDisabled("%s", label);
    ImGui::SameLine(ImGui::GetFontSize() * value_column_em);
    ImGui::TextWrapped("%s", value.c_str());
}

std::string formatNumbers(const char* pattern, double a, double b, double c)
{
    char text[160];
    std::snprintf(text, sizeof text, pattern, a, b, c);
    return text;
}

} // namespace lunar::ui
