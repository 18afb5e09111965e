// opening_keeper.hpp: what the kiosk does about its opening hours, on any clock. Outside them it sleeps (screen
// off, nothing drawn, nothing logged); the first touch of a sleeping screen only wakes it; woken outside hours it
// shows the exhibit (a cleaner, a member of staff) without counting visits and sleeps again once left alone; staff
// may keep it awake until closing. Pure and tested; app/kiosk_app.cpp acts on what it says.
#pragma once
#include <optional>
#include <set>

#include "input/contacts.hpp"
#include "model/opening_hours.hpp"

namespace kiosk::app {

struct OpeningInput {
    double now = 0;            // the kiosk's clock, seconds (monotonic)
    model::LocalTime local;    // the local wall-clock time now
    bool touched = false;      // a finger went down since the last update
    bool visiting = false;     // a visit is under way (ModeMachine::visiting)
};

struct OpeningChange {
    bool fellAsleep = false;   // switch the screen off, reset the visitor
    bool wokeUp = false;       // switch the screen on
    bool opened = false;       // the opening hours (or a staff wake) began
    bool closed = false;       // they ended
};

class OpeningKeeper {
public:
    // `idleSeconds`: how long a screen woken outside hours stays on without a touch.
    OpeningKeeper(model::OpeningHours hours, double idleSeconds);
    // Call once a loop, with a non-decreasing clock.
    OpeningChange update(const OpeningInput& in);
    bool asleep() const { return asleep_; }
    // Open by the schedule or by a staff wake, as of the last update.
    bool open() const { return open_; }
    // Usage is recorded while open, and for a visit that began while open until it ends (closing mid-visit).
    bool countsVisitors() const { return open_ || visitBeganOpen_; }
    // "Wake until closing" (staff panel): open from now to model::wakeUntilClosing.
    void wakeUntilClosing(model::LocalTime now);
    const std::optional<model::LocalTime>& staffWakeUntil() const { return staffUntil_; }
    const model::OpeningHours& hours() const { return hours_; }

private:
    model::OpeningHours hours_;
    double idleSeconds_;
    std::optional<model::LocalTime> staffUntil_;
    bool open_ = true;  // so that starting outside hours counts as closing
    bool asleep_ = false;
    bool visitBeganOpen_ = false;
    double lastTouch_ = -1e300;
};

// Drops every contact of a touch that went down on a sleeping screen, up to and including its lift: that touch
// wakes the kiosk and does nothing else, wherever it landed.
class WakeTouchFilter {
public:
    // Returns whether a finger went down while `asleep` (a wake-up touch).
    bool filter(input::ContactEvents& events, bool asleep);

private:
    std::set<int> swallowed_;
};

}  // namespace kiosk::app
