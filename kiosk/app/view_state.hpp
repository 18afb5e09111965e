// view_state.hpp: everything that decides what the visitor sees, as plain data. Panes read it; only the reducer
// (reducer.hpp) changes it, so that a reset, a test or the state JSON sees the whole truth in one place.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/catalog.hpp"
#include "model/map_projection.hpp"
#include "model/timeline_scale.hpp"

namespace kiosk::app {

enum class Mode { Attract, Active, StillThere };
const char* modeName(Mode mode);

enum class ReaderPage { Event, Article, About, Search, Era };
const char* readerPageName(ReaderPage page);

struct TimelineState {
    model::TimelineRange range;
    std::optional<model::TimelineRange> target;  // animating towards it
    uint32_t themeFilter = ~0u;                  // bit per theme
    float velocityYears = 0;                     // inertia after a flick, years per second
};

struct MapState {
    model::MapView view;
    std::optional<model::MapView> flyFrom, flyTo;  // a fly-to animation in progress
    double flyProgress = 0;                        // 0..1
    float velocityX = 0, velocityY = 0;            // inertia after a flick, pixels per second
    std::vector<model::Index> chooser;             // events at a tapped place, offered as a list
    std::string chooserTitle;
    float chooserScroll = 0;                       // pixels from the top of the list (Moscow has 31 events)
    float chooserVelocity = 0;                     // inertia after a flick, pixels per second
};

struct ReaderState {
    ReaderPage page = ReaderPage::Event;
    model::Index article = model::kNone;  // open in the article page
    model::Index era = model::kNone;      // shown in the era page (its summary), after a tap on its band
    uint32_t highlightOffset = 0, highlightLength = 0;  // bytes into the article body
    float scroll = 0;          // pixels from the top of the reader's content
    bool scrollToHighlight = false;  // set when an article opens; the pane resolves it to pixels once laid out
    float velocity = 0;        // inertia, pixels per second
    int textSize = 1;          // 0 small, 1 normal, 2 large
    float keepScrollFraction = -1;  // after a text-size change: where to scroll once re-laid out
    bool articleFromSearch = false;  // the article was opened from search results: "Back" returns to them
    float resultsScroll = 0;         // where the results list was, to return to the same place
};

struct SearchState {
    bool keyboardOpen = false;
    std::string query;
    int resultCount = 0;
    int generation = 0;  // bumped on every query change, so the app knows to search again
    std::string suggestion;  // "did you mean": the query with its unknown words corrected, or empty
};

struct AdminState {
    bool keypadOpen = false;
    int digitsEntered = 0;  // the digits themselves stay with the app's PIN lock, never in the view state
    bool panelOpen = false;
    std::string message;    // "Wrong PIN", "Locked for 30 s", "Content reloaded", or why no PIN can open it
    bool noPin = false;     // no valid staff PIN is configured: the keypad explains instead of taking digits
    float holdProgress = 0; // 0..1 while the corner is being held (the ring that shows the hold is working)
};

struct ViewState {
    Mode mode = Mode::Active;
    model::Index selectedEvent = model::kNone;
    TimelineState timeline;
    MapState map;
    ReaderState reader;
    SearchState search;
    bool aboutOpen = false;
    AdminState admin;
    bool highContrast = false;      // a visitor option (reset with the visitor)
    std::string language = "en";    // the visitor's language (model/language.hpp), back to the staff's default with the next visitor
    bool displayOptionsOpen = false;
    bool reducedMotion = false;     // a staff setting: views change by cross-fade instead of movement
    float fade = 0;                 // seconds left of a cross-fade (reduced motion)
    bool readingAloud = false;      // the reader's text is being spoken
    double warningRemaining = 0;  // seconds left in "Still there?"
    double attractClock = 0;      // seconds into the attract tour (drives its gentle motion)
};

// The home view: nothing selected, the whole range, the region map, the welcome text.
ViewState homeState(const model::Catalog& catalog);

}  // namespace kiosk::app
