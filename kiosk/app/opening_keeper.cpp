// opening_keeper.cpp: sleep and wake around the opening hours.
#include "app/opening_keeper.hpp"

#include <algorithm>

namespace kiosk::app {

OpeningKeeper::OpeningKeeper(model::OpeningHours hours, double idleSeconds) : hours_(std::move(hours)), idleSeconds_(idleSeconds) {}

OpeningChange OpeningKeeper::update(const OpeningInput& in) {
    OpeningChange change;
    if (staffUntil_ && !(in.local < *staffUntil_)) staffUntil_.reset();
    const bool open = staffUntil_.has_value() || model::isOpen(hours_, in.local);
    change.opened = open && !open_;
    change.closed = !open && open_;
    open_ = open;
    if (in.touched) lastTouch_ = in.now;
    if (open) {
        visitBeganOpen_ = in.visiting;
        if (asleep_) {
            asleep_ = false;
            change.wokeUp = true;
        }
        return change;
    }
    if (!in.visiting) visitBeganOpen_ = false;
    if (asleep_) {
        if (in.touched) {
            asleep_ = false;
            change.wokeUp = true;
        }
        return change;
    }
    // Closed and awake: a visitor at closing time finishes the visit; an untouched screen goes dark.
    if (!in.visiting && in.now - lastTouch_ >= idleSeconds_) {
        asleep_ = true;
        change.fellAsleep = true;
    }
    return change;
}

void OpeningKeeper::wakeUntilClosing(model::LocalTime now) { staffUntil_ = model::wakeUntilClosing(hours_, now); }

bool WakeTouchFilter::filter(input::ContactEvents& events, bool asleep) {
    bool woke = false;
    for (const input::ContactEvent& e : events)
        if (e.phase == input::ContactPhase::Down && asleep) {
            swallowed_.insert(e.id);
            woke = true;
        }
    if (swallowed_.empty()) return woke;
    input::ContactEvents kept;
    for (const input::ContactEvent& e : events) {
        if (!swallowed_.count(e.id)) {
            if (!asleep) kept.push_back(e);
            continue;
        }
        if (e.phase == input::ContactPhase::Up) swallowed_.erase(e.id);
    }
    events = std::move(kept);
    return woke;
}

}  // namespace kiosk::app
