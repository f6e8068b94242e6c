#pragma once
// The whole overlay: a menu bar, the panels docked in a column on each side (left: layers,
// camera, site info, analysis; right: inspector, measure, film, frame time) between the menu bar and the timeline
// across the bottom, the help window (F1), and presentation mode, where everything but a
// caption strip is hidden. Panels open or close from the Panels menu and collapse from
// their title bars; both are remembered with the viewer settings. Keyboard shortcuts come
// here through shortcut(), unless a text field has the keyboard.
#include "ui/AnalysisPanel.h"
#include "ui/CameraPanel.h"
#include "ui/FilmPanel.h"
#include "ui/ImGuiBridge.h"
#include "ui/InspectorPanel.h"
#include "ui/LayersPanel.h"
#include "ui/LayoutAutosaver.h"
#include "ui/MeasurePanel.h"
#include "ui/SiteInfoPanel.h"
#include "ui/TimelinePanel.h"
#include "ui/ViewerModel.h"

#include <osgGA/GUIEventHandler>

#include <string>

namespace lunar::ui {

class Cockpit {
public:
    Cockpit(ViewerModel& model, GroundHeight ground, std::string layout_save_path);

    // Draws the overlay (between ImGui::NewFrame and ImGui::Render).
    void draw();

    // A key pressed over the view (OSG key code, modifier mask); whether it was used.
    bool shortcut(int key, unsigned modifiers);

    void setPresentation(bool on) { model_.presentation = on; }
    bool presentation() const { return model_.presentation; }
    bool panelOpen(const std::string& name) const;
    void setPanelOpen(const std::string& name, bool open);

    TimelinePanel& timeline() { return timeline_; }
    InspectorPanel& inspector() { return inspector_; }
    CameraPanel& camera() { return camera_; }
    FilmPanel& film() { return film_; }
    MeasurePanel& measure() { return measure_; }
    AnalysisPanel& analysis() { return analysis_; }
    LayoutAutosaver& autosaver() { return autosaver_; }
    // Whether a click on the ground adds a measured point now (Measure panel open, measuring
    // a distance, not in presentation mode).
    bool measuring() const;

private:
    void drawMenuBar();
    void drawColumn(const std::vector<std::string>& panels, bool right, float top, float bottom);
    float drawPanel(const std::string& name, float x, float y, float width, float max_height);

    ViewerModel& model_;
    TimelinePanel timeline_;
    LayersPanel layers_;
    CameraPanel camera_;
    SiteInfoPanel site_;
    InspectorPanel inspector_;
    FilmPanel film_;
    MeasurePanel measure_;
    AnalysisPanel analysis_;
    LayoutAutosaver autosaver_;
};

// The shortcut keys, as an OSG event handler (after the ImGui bridge, before the camera):
// keys go to the cockpit unless ImGui has the keyboard.
osgGA::GUIEventHandler* makeShortcutHandler(Cockpit& cockpit, const ImGuiBridge& bridge);

} // namespace lunar::ui
