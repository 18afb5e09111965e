// opening_hours_driver.hpp: the opening hours at run time, beside the frame loop: the wall clock they follow (real,
// or simulated for tests), the keeper's decisions (app/opening_keeper), the touch that only wakes, the monitor's
// power (platform/display_power) and what the log and the staff panel say about it. The frame loop asks once a
// loop whether the kiosk is asleep, and resets the visitor when told to.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "app/opening_keeper.hpp"
#include "app/wall_clock.hpp"
#include "input/contacts.hpp"

namespace kiosk::platform {
class DisplayPower;
}

namespace kiosk::app {

struct OpeningStep {
    bool asleep = false;        // draw nothing this loop
    bool freshStart = false;    // reset the visitor and the life cycle: gone to sleep, woken, or opened
    bool blankNeeded = false;   // just asleep and the monitor could not be powered down: draw one black frame
    std::string status;         // a new systemd STATUS= line, or ""
};

class OpeningHoursDriver {
public:
    OpeningHoursDriver(const model::OpeningHours& hours, double idleSeconds, WallClock wall, int restartLeadSeconds = 0);
    ~OpeningHoursDriver();
    bool scheduled() const { return keeper_.hours().configured; }
    // Once the window exists: connects to the monitor's power control and logs the hours.
    void start();
    // One loop at `clock` (the kiosk's seconds): drops the contacts of a waking touch from `contacts`.
    OpeningStep update(double clock, input::ContactEvents& contacts, bool visiting);
    // Whether usage is recorded now (open, or a visit that began while open).
    bool countsVisitors() const { return !scheduled() || keeper_.countsVisitors(); }
    bool open() const { return keeper_.open(); }
    bool asleep() const { return keeper_.asleep(); }
    // Closed, asleep, and in the window before the next opening that this process has not yet started in: time to
    // restart and start the day fresh (model/daily_restart). Logs the reason when it says yes.
    bool restartBeforeOpening(double clock) const;
    double unixNow(double clock) const { return wall_.unixAt(clock); }
    // "2026-12-07T09:04", local.
    std::string localNow(double clock) const;
    // Staff's "Wake until closing"; returns when that is ("17:00", "midnight").
    std::string wakeUntilClosing(double clock);
    // For the staff panel: the schedule in lines, and what it means now.
    std::vector<std::string> scheduleLines() const;
    std::string scheduleNow(double clock) const;

private:
    WallClock wall_;
    int restartLeadSeconds_ = 0;
    model::LocalTime started_;
    OpeningKeeper keeper_;
    WakeTouchFilter wakeTouch_;
    std::unique_ptr<platform::DisplayPower> power_;
};

}  // namespace kiosk::app
