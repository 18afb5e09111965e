// daily_restart.hpp: when a kiosk that is closed restarts itself to start the next opening day fresh ([schedule]
// restart_before_opening). Pure clock maths on local wall-clock times: the caller says whether a visitor is at the
// screen and when this process started; the answer is whether to restart now.
#pragma once
#include <optional>

#include "model/opening_hours.hpp"

namespace kiosk::model {

// The start of the first opening period that begins after `t` (strictly), looking at most `horizonDays` ahead;
// nullopt when none does (closed for longer, or no schedule).
std::optional<LocalTime> nextOpening(const OpeningHours& hours, LocalTime t, int horizonDays = 31);

struct RestartQuestion {
    LocalTime started;       // when this process started (local wall clock)
    LocalTime now;
    int leadSeconds = 1800;  // restart this long before opening, or later in that window
    bool inUse = false;      // awake for a visitor, a cleaner or staff: never restart under them
};

// Restart now if the exhibit is closed, the next opening is at most `leadSeconds` away, nobody is using the
// screen, and the process started before that window began (so a restarted kiosk does not restart again, and one
// started in the window, by hand or at boot, is already fresh).
bool restartDue(const OpeningHours& hours, const RestartQuestion& q);

}  // namespace kiosk::model
