#pragma once
// What the viewer shows of the scenario: programme phases whose facilities are drawn, and
// whether facility labels are. Panels command it; the scene reads it each frame.
#include <set>
#include <string>

namespace lunar {

struct LayerVisibility {
    std::set<std::string> hidden_phases; // facilities of these phases are not drawn
    bool labels = true;

    bool phaseShown(const std::string& phase) const { return hidden_phases.count(phase) == 0; }
    void showPhase(const std::string& phase, bool shown)
    {
        if (shown)
            hidden_phases.erase(phase);
        else
            hidden_phases.insert(phase);
    }
};

} // namespace lunar
