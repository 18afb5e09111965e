// frame_policy.hpp: the rules a frame applies between drawing and the reducer, as pure functions shared by the
// kiosk and the headless test harness, so that tests and product apply actions the same way:
// which actions reach the reducer, which the app keeps (staff), what the tour shows, and how typed keys become
// the search query.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/actions.hpp"
#include "app/reducer.hpp"
#include "app/view_state.hpp"

namespace kiosk::app {

// What may act this frame.
struct ActionGate {
    bool staffOpen = false;     // the PIN keypad or the staff panel is open: the exhibit below does nothing
    bool swallowInput = false;  // this touch only woke the kiosk (the tour, "Still there?"): it does nothing else
    Mode mode = Mode::Active;
};

enum class ActionRoute {
    Staff,    // the app's: it holds the PIN and the clock (AdminKey, AdminClose, AdminCommand)
    Reduce,   // a visitor's, applied by the reducer
    Dropped,  // not now (gated), or nothing to apply (KeepExploring: answering "Still there?" is the touch itself)
};
ActionRoute routeAction(const Action& action, const ActionGate& gate);

// Applies one frame's actions in order: staff actions go to `onStaff`, visitor actions (after `onVisitor`, which
// records usage) to the reducer. A text-size change keeps the reader where it was, as a fraction of
// `readerContentHeight` (the old text's height). Returns whether any action was applied or handed on.
bool applyFrameActions(ViewState& state, const Actions& actions, const ReduceContext& context, const ActionGate& gate,
                       float readerContentHeight, const std::function<void(const Action&)>& onStaff,
                       const std::function<void(const Action&)>& onVisitor);

// The tour's step: the event to select now, or nothing when the tour is not running or already shows it.
std::optional<model::Index> tourSelection(const ViewState& state, bool contentLoaded, model::Index stop);

// Keys typed on a hardware keyboard into an open search (staff, development, the script's `type`): the new query,
// or nothing when nothing changes. Control characters are ignored; the query stays within 60 bytes.
std::optional<std::string> typedQuery(const std::string& query, const std::vector<char32_t>& typed, int backspaces);

}  // namespace kiosk::app
