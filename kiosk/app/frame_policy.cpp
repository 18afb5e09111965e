// frame_policy.cpp: which actions act, the tour's step and typing into the search; pure.
#include "app/frame_policy.hpp"

#include "model/on_screen_keyboard.hpp"
#include "model/text_utils.hpp"

namespace kiosk::app {

ActionRoute routeAction(const Action& a, const ActionGate& gate) {
    if (std::holds_alternative<AdminKey>(a) || std::holds_alternative<AdminClose>(a) || std::holds_alternative<AdminCommand>(a))
        return ActionRoute::Staff;
    // While staff screens are open, or when a touch only woke the kiosk, the panes below do nothing.
    if (gate.staffOpen || gate.swallowInput || gate.mode != Mode::Active) return ActionRoute::Dropped;
    if (std::holds_alternative<KeepExploring>(a)) return ActionRoute::Dropped;
    return ActionRoute::Reduce;
}

bool applyFrameActions(ViewState& state, const Actions& actions, const ReduceContext& context, const ActionGate& gate,
                       float readerContentHeight, const std::function<void(const Action&)>& onStaff,
                       const std::function<void(const Action&)>& onVisitor) {
    bool any = false;
    for (const Action& a : actions) {
        switch (routeAction(a, gate)) {
            case ActionRoute::Dropped: continue;
            case ActionRoute::Staff:
                if (onStaff) onStaff(a);
                any = true;
                continue;
            case ActionRoute::Reduce: break;
        }
        if (onVisitor) onVisitor(a);
        any = true;
        if (const auto* size = std::get_if<SetTextSize>(&a)) {
            // Keep the reader where it was: remember the position as a fraction of the old text's height.
            SetTextSize keep = *size;
            keep.scrollFraction = readerContentHeight > 0 ? state.reader.scroll / readerContentHeight : 0;
            reduce(state, keep, context);
            continue;
        }
        reduce(state, a, context);
    }
    return any;
}

std::optional<model::Index> tourSelection(const ViewState& state, bool contentLoaded, model::Index stop) {
    if (!contentLoaded || state.mode != Mode::Attract || stop < 0 || stop == state.selectedEvent) return std::nullopt;
    return stop;
}

std::optional<std::string> typedQuery(const std::string& query, const std::vector<char32_t>& typed, int backspaces) {
    if (typed.empty() && backspaces <= 0) return std::nullopt;
    std::string q = query;
    for (char32_t c : typed) {
        if (c < 0x20 || c == 0x7F) continue;
        std::string utf8;
        model::appendUtf8(utf8, c);
        if (q.size() + utf8.size() <= 60) q += utf8;
    }
    for (int i = 0; i < backspaces; ++i) q = model::applyKey(q, {model::KeyboardKey::Kind::Delete, "", "", 1});
    return q;
}

}  // namespace kiosk::app
