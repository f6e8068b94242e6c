#pragma once
// The whole overlay: a menu bar, the panels docked in a column on each side (left: layers,
// camera, site info, analysis; right: inspector, measure, film, frame time) between the menu bar and the timeline
// across the bottom, the help window (F1), and presentation mode, where everything but a
// caption strip is hidden. Panels open or close from the Panels menu and collapse from
// their title bars; both are remembered with the viewer settings. Keyboard shortcuts come
// here through shortcut(), unless a text field has the keyboard. Each panel's name, key,
// column, width and contents are one row of the panel table (Cockpit.cpp): the menu, the
// columns, the keys and the help all read it.
#include "ui/AnalysisPanel.h"
#include "ui/CameraPanel.h"
#include "ui/FilmPanel.h"
#include "ui/ImGuiBridge.h"
#include "ui/InspectorPanel.h"
#include "ui/LayersPanel.h"
#include "ui/LayoutAutosaver.h"
#include "ui/MeasurePanel.h"
#include "ui/PanelId.h"
#include "ui/SiteInfoPanel.h"
#include "ui/TimelinePanel.h"
#include "ui/ViewerModel.h"

#include <osgGA/GUIEventHandler>

#include <array>
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
    bool panelOpen(PanelId id) const;
    void setPanelOpen(PanelId id, bool open);

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
    enum class Column { Left, Right, OverTheView };
    struct Panel {
        PanelId id;
        const char* name;     // its title, its item in the Panels menu, its key in the settings
        const char* shortcut; // its key as the menu and the help write it; nullptr: none
        int key;              // the key (OSG's code, lower case) that opens or closes it; 0: none
        bool open_by_default; // until the user opens or closes it
        Column column;        // top to bottom in the table's order; the help is over the view
        float width_em;       // in the column, in font heights
        // The inspector: titled by what is picked, shown only while something is, and
        // closing it lets go of that (the panel itself stays open for the next pick).
        bool shows_pick;
        void (*draw_contents)(Cockpit&);
    };
    static const std::array<Panel, 9> kPanels; // in the Panels menu's order
    static const Panel& panel(PanelId id);
    static const char* shortcutOf(PanelId id) { return panel(id).shortcut; }

    void drawMenuBar();
    void drawColumn(Column column, float top, float bottom);
    float drawPanel(const Panel& p, float x, float y, float width, float max_height);
    void drawHelpWindow(float top, float bottom);

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
