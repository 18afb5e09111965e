// ui_context.hpp: what every pane reads while drawing (content, view state, sizes, fonts) and the per-pane
// interaction scratch (gestures in progress) that is not part of what the visitor sees.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "app/actions.hpp"
#include "app/view_state.hpp"
#include "model/catalog.hpp"
#include "model/map_projection.hpp"
#include "model/screen_layout.hpp"
#include "model/search_query.hpp"
#include "model/timeline_layout.hpp"
#include "ui/fonts.hpp"
#include "ui/metrics.hpp"
#include "ui/theme.hpp"
#include "ui/touch.hpp"

namespace kiosk::ui {

// The attract invitation's glow changes only at whole steps of this many seconds, so the frame loop can sleep
// from one step to the next between the tour's flights: two wake-ups a second (eight levels per four-second
// breath, still a slow glow), which brings the still periods to about 1% of a core on llvmpipe (README, "Figures").
inline constexpr double kInvitationStepSeconds = 0.5;

// Facts derived from the catalog once (and again when fonts are rebuilt), never per frame.
struct UiData {
    model::TimelineIndex timelineIndex;
    std::vector<std::string> eventLabels;  // the events' titles, whole (each pane fits them to its room)
    std::vector<std::string> eventShortLabels;  // their short titles, for a lane without room for the title (may be empty)
    std::vector<float> shortLabelWidths;        // the short titles' widths in the timeline's font (0: none)
    std::vector<float> labelWidths;        // their whole widths in the small font
    model::ToneByYear tones;
    std::vector<model::GeoPoint> countryLabelAnchors;  // per country: where its name goes
    std::vector<model::Index> placeCountry;            // per place: the country shape containing it, or -1
    std::vector<bool> countryHasEvents;
    std::vector<int> countryEventCount;     // per country: events at its places (how much the exhibit is about it)
    // Per historical country: its members among the 1:50m countries, where its name goes, and whether any member
    // holds a place with events.
    std::vector<std::vector<model::Index>> historicalMembers;
    std::vector<model::GeoPoint> historicalLabelAnchors;
    std::vector<bool> historicalHasEvents;
    std::vector<int> historicalEventCount;
    int maxToneCount = 1;
};
UiData buildUiData(const model::Catalog& catalog, const FontSet& fonts, float scale);

// Where a touchable thing was drawn in the last frame: reported in the state JSON so that tests (and staff
// debugging a report from the floor) can aim at real targets.
struct TouchTarget {
    std::string kind;  // "event", "event-label", "cluster", "place", "place-label", "place-cluster", "button", "tick"
    std::string id;    // event or place id (for clusters the first member's), a button's or an axis tick's label
    float x = 0, y = 0;  // centre
    int count = 1;
    float w = 0, h = 0;  // the area that answers a tap, when it is not just a marker (a label's)
    bool selected = false;  // the selected event, or a cluster badge that counts it
    std::string text;       // the words drawn on it, where they may be shortened (an event's label, an era's name)
};

// A rectangle drawn on screen, in pixels (top-left corner and size), for the state JSON.
struct ScreenRect {
    float x = 0, y = 0, w = 0, h = 0;
};

struct CountryLayer;  // the map's projected countries, cached per view (map_pane.cpp)

// Gesture state per pane, kept between frames by the app (never in static locals).
struct PaneScratch {
    std::shared_ptr<CountryLayer> countryLayer;
    std::vector<TouchTarget> timelineTargets, mapTargets;
    std::vector<TouchTarget> timelineTicks;  // the axis ticks drawn (label and x): a test reads dates off the axis
    std::vector<std::string> mapCountryLabels;  // the country names drawn on the map in the last frame
    std::vector<ScreenRect> mapCountryLabelBoxes;  // and where each was drawn
    std::string mapBordersNote;                 // and its data note ("Borders of 1966 (main changes)")
    std::vector<TouchTarget> buttons;  // every tapButton drawn in the last frame (see touch.hpp)
    GestureTracker map{12}, timeline{12}, reader{12}, chooser{12};
    bool readerPressInside = false;
    bool chooserPressInside = false;  // the press began on the map's place list (it scrolls, the map does not)
    float readerContentHeight = 0;   // measured while drawing, used to clamp scrolling
    float readerHighlightY = -1;     // where the highlighted excerpt was drawn, for scroll-to
    std::vector<float> readerNoteYs; // content-relative y of each curator's note on the page (state JSON, tests)
    ScreenRect readerInShort;        // the event's "in short" band on screen (w = 0: none drawn) (state JSON, tests)
    float readerSummaryY = -1;       // the screen y where the event's summary starts, or -1
    ScreenRect keyboard;             // the search keyboard on screen (w = 0: not drawn) (state JSON, tests)
};

// What the staff panel shows; filled by the app only while the panel is open.
struct AdminInfo {
    std::string version, contentVersion, contentBuilt, renderer;
    double uptimeSeconds = 0;
    double frameP50Ms = 0, frameP99Ms = 0, frameMaxMs = 0;
    std::vector<std::string> logLines;
    std::string usage;       // a short summary
    double lockedSeconds = 0;
    // Opening hours ([schedule]): the schedule in a few lines and what it means now ("Open until 17:00"); empty
    // without a schedule, and then no "Wake until closing".
    std::vector<std::string> schedule;
    std::string scheduleNow;
};

// What `kiosk --preview` says about the last rebuild of the content folder; filled by the app only in a preview.
struct PreviewInfo {
    struct Problem {
        std::string where;       // "data/events.toml, line 12"
        std::string message;     // in kiosk-content check's words
        std::string sourceLine;  // the line as written, for a file that does not parse
        bool warning = false;
    };
    std::string folder;    // the folder being previewed, as given
    bool building = false;
    int errors = 0, warnings = 0;
    std::vector<Problem> problems;  // errors first; the panel shows it when there are errors
    std::string note;      // "12 further checks skipped until events.toml parses", or why the build failed
    std::string lastBuild; // "built in 0.4 s"
};

// Two fingers pinching this frame (input/gesture_recogniser): zoom by `scale` about (x, y), in whichever pane
// holds that point. The pan that goes with it arrives as the pointer's drag.
struct PinchInput {
    bool active = false;
    float x = 0, y = 0, scale = 1;
};

struct FrameContext {
    const model::Catalog& catalog;
    const app::ViewState& state;
    const model::ScreenLayout& layout;
    const Metrics& metrics;
    const FontSet& fonts;
    const Palette& palette;
    const UiData& data;
    const std::vector<model::SearchResult>& searchResults;
    double time = 0;  // seconds, the frame clock
    const AdminInfo* admin = nullptr;
    bool speechAvailable = false;  // offer "read aloud" only where sound can play
    PinchInput pinch = {};
    const PreviewInfo* preview = nullptr;  // only in `kiosk --preview`
    // The languages offered to visitors (codes of model/language.hpp, in the language button's order), from the
    // config. Empty or one language: no language button.
    std::vector<std::string> offeredLanguages = {};
    // The staff's choice: the timeline's axis runs right to left (earliest at the right) in a right-to-left
    // language. See timelineMirrored.
    bool timelineFollowsReading = false;
};

// True when the visitor's language is written right to left (Urdu): the header, the reader's pull-quote bars,
// chips and the keyboard mirror. The map never does: geography has no reading direction.
bool readsRightToLeft(const FrameContext& ctx);
// Where something `width` wide that a left-to-right layout puts at `x` inside a box `boxWidth` wide goes in the
// visitor's reading direction: `x` itself, or its mirror image.
float inReadingDirection(const FrameContext& ctx, float x, float width, float boxWidth);

// True when the timeline is drawn with its earliest dates at the right: the visitor reads right to left and the
// staff asked the axis to follow (timeline_axis = "reading_direction"). The Earlier / Later pair follows the axis.
bool timelineMirrored(const FrameContext& ctx);

// Draws a whole frame of the exhibit, appending what the visitor asked for to `out`.
void drawExhibit(const FrameContext& ctx, PaneScratch& scratch, app::Actions& out);

// The calm screen shown when the content cannot be loaded; `detail` is for staff, in small type.
void drawUnavailable(const Metrics& metrics, const FontSet& fonts, const Palette& palette, float width, float height,
                     const std::string& detail);

// Overlays above the panes: the attract invitation, "Still there?", the PIN keypad and the staff panel.
void drawOverlays(const FrameContext& ctx, app::Actions& out);

// The preview's staff panel: a status line, and over the map every problem of the last rebuild, with its file and
// line, while the exhibit behind it stays as last built without errors.
void drawPreviewPanel(const FrameContext& ctx);

// The visitor's text-size and contrast panel (drawn after the panes, over them).
void drawDisplayOptions(const FrameContext& ctx, app::Actions& out);

// The on-screen search keyboard, and where it goes on this layout: never over `keepClear` (the map's buttons)
// where it can leave their side free and still have keys of touch size.
void drawSearchKeyboard(const FrameContext& ctx, PaneScratch& scratch, app::Actions& out);
model::Rect keyboardRect(const model::ScreenLayout& layout, const Metrics& metrics, const model::Rect& keepClear = {}, int rows = 5);
// Where the map's zoom and Home buttons are drawn, on screen.
model::Rect mapButtonsRect(const FrameContext& ctx);

// One pane each.
void drawHeader(const FrameContext& ctx, app::Actions& out);
void drawMapPane(const FrameContext& ctx, PaneScratch& scratch, app::Actions& out);
void drawTimelinePane(const FrameContext& ctx, PaneScratch& scratch, app::Actions& out);
void drawReaderPane(const FrameContext& ctx, PaneScratch& scratch, app::Actions& out);

// Opens a borderless, immovable window exactly over `rect` with the panel background.
bool beginPane(const char* name, const model::Rect& rect, ImU32 background, bool scrollable = false, bool overlay = false);
void endPane();

}  // namespace kiosk::ui
