// actions.hpp: what a visitor asked for, as data. Panes append actions while drawing; the reducer applies them
// after the frame, so no pane changes state in the middle of drawing another.
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "app/view_state.hpp"
#include "model/catalog.hpp"
#include "model/map_projection.hpp"
#include "model/timeline_scale.hpp"

namespace kiosk::app {

struct SelectEvent { model::Index event = model::kNone; };
struct ClearSelection {};
struct SetTimelineRange { model::TimelineRange range; };          // direct manipulation: cancels animation
struct AnimateTimelineTo { model::TimelineRange range; };
struct SetTimelineVelocity { float yearsPerSecond = 0; };
struct ToggleTheme { model::Index theme = model::kNone; };
struct ShowAllThemes {};
struct SetMapView { model::MapView view; };                        // direct manipulation: cancels fly-to
struct FlyMapTo { model::MapView view; };
struct SetMapVelocity { float x = 0, y = 0; };
struct OpenChooser { std::vector<model::Index> events; std::string title; };
struct CloseChooser {};
struct SetChooserScroll { float y = 0; };            // the place list's scroll, in pixels (the pane clamps it)
struct SetChooserVelocity { float pixelsPerSecond = 0; };
struct ShowEra { model::Index era = model::kNone; };  // an era's band was tapped: its summary in the reader
struct OpenArticle { model::Index article = model::kNone; uint32_t offset = 0, length = 0; };
struct BackToEvent {};
struct BackToResults {};                         // from an article opened from search results
struct SetReaderScroll { float y = 0; };
struct SetReaderVelocity { float pixelsPerSecond = 0; };
struct SetTextSize { int size = 1; float scrollFraction = -1; };  // the app fills in where the reader was
struct OpenAbout {};
struct CloseAbout {};
struct OpenSearch {};
struct CloseSearch {};
struct SetSearchQuery { std::string text; };
struct KeepExploring {};
struct StartOver {};
struct ToggleDisplayOptions {};
struct SetHighContrast { bool on = false; };
struct SetLanguage { std::string code; };          // the language button; codes the program does not know are ignored
struct ReadAloud { bool start = true; };         // the app speaks (or stops); the reducer only records it                             // the visitor's own reset: home view, nothing selected                         // "Still there?" answered
// Staff: the PIN keypad and the admin panel. The app handles these itself (it holds the PIN and the clock).
struct AdminKey { char key = 0; };               // '0'..'9', 'C' clear, '<' delete, '=' enter
struct AdminClose {};
struct AdminCommand { enum class Kind { ReloadContent, Restart, Exit, WakeUntilClosing } kind = Kind::ReloadContent; };

// The app's own changes go through the reducer like every visitor's: the life cycle (attract, active, "still
// there?") it runs on its clock, the staff screens it opens and answers with its PIN lock, speech ending by itself,
// and the reset between visitors.
struct SetLifeCycle { Mode mode = Mode::Active; double warningRemaining = 0; double attractClock = 0; };
struct SetStaffScreen { AdminState admin; };
struct SpeechEnded {};
struct ResetVisitor { int textSize = 1; bool reducedMotion = false; Mode mode = Mode::Active; std::string language = "en"; };
// The catalog was replaced under a visitor (the preview's rebuild): the same event and article, found again by id in
// the new catalog (kNone when gone), and everything else where it was.
struct ContentSwapped { model::Index event = model::kNone; model::Index article = model::kNone; };

using Action = std::variant<SelectEvent, ClearSelection, SetTimelineRange, AnimateTimelineTo, SetTimelineVelocity, ToggleTheme,
                            ShowAllThemes, SetMapView, FlyMapTo, SetMapVelocity, OpenChooser, CloseChooser, SetChooserScroll, SetChooserVelocity, ShowEra, OpenArticle,
                            BackToEvent, BackToResults, SetReaderScroll, SetReaderVelocity, SetTextSize, OpenAbout, CloseAbout, OpenSearch,
                            CloseSearch, SetSearchQuery, KeepExploring, StartOver, ToggleDisplayOptions, SetHighContrast, SetLanguage, ReadAloud, AdminKey, AdminClose, AdminCommand,
                            SetLifeCycle, SetStaffScreen, SpeechEnded, ResetVisitor, ContentSwapped>;

using Actions = std::vector<Action>;

}  // namespace kiosk::app
