// opening_hours_driver.cpp: sleep and wake with the screen's power, and their log lines.
#include "app/opening_hours_driver.hpp"

#include <spdlog/spdlog.h>

#include "model/daily_restart.hpp"
#include "platform/display_power.hpp"

namespace kiosk::app {

OpeningHoursDriver::OpeningHoursDriver(const model::OpeningHours& hours, double idleSeconds, WallClock wall, int restartLeadSeconds)
    : wall_(wall), restartLeadSeconds_(restartLeadSeconds), started_(localTimeAt(wall.unixAt(0))), keeper_(hours, idleSeconds) {}

bool OpeningHoursDriver::restartBeforeOpening(double clock) const {
    if (!scheduled()) return false;
    const model::LocalTime now = localTimeAt(unixNow(clock));
    if (!model::restartDue(keeper_.hours(), {started_, now, restartLeadSeconds_, !keeper_.asleep()})) return false;
    const auto opening = model::nextOpening(keeper_.hours(), now);
    spdlog::info("opening hours: restarting at {} to start fresh for the opening at {}", localNow(clock),
                 opening ? model::formatClock(opening->second) : std::string("?"));
    return true;
}

OpeningHoursDriver::~OpeningHoursDriver() = default;

void OpeningHoursDriver::start() {
    if (wall_.simulated()) spdlog::warn("clock: simulated, from --clock-start at {}x real time (tests and demonstrations only)", wall_.speed());
    if (!scheduled()) return;
    std::string hours;
    for (const std::string& line : scheduleLines()) hours += (hours.empty() ? "" : "; ") + line;
    spdlog::info("opening hours: {}", hours);
    power_ = std::make_unique<platform::DisplayPower>();
    if (!power_->available())
        spdlog::warn("opening hours: the screen cannot be powered down ({}); outside hours it is blanked to black", power_->problem());
}

std::string OpeningHoursDriver::localNow(double clock) const {
    const model::LocalTime t = localTimeAt(unixNow(clock));
    return model::formatDate(t.day) + "T" + model::formatClock(t.second);
}

OpeningStep OpeningHoursDriver::update(double clock, input::ContactEvents& contacts, bool visiting) {
    OpeningStep step;
    if (!scheduled()) return step;
    const bool wakeTouch = wakeTouch_.filter(contacts, keeper_.asleep());
    bool touched = wakeTouch;
    for (const input::ContactEvent& c : contacts) touched = touched || c.phase == input::ContactPhase::Down;
    const model::LocalTime local = localTimeAt(unixNow(clock));
    const OpeningChange change = keeper_.update({clock, local, touched, visiting});
    // Open only because staff pressed "Wake until closing": they are at the screen, so nothing is reset under them.
    const bool byStaff = keeper_.staffWakeUntil().has_value() && !model::isOpen(keeper_.hours(), local);
    if (change.opened) spdlog::info("opening hours: open at {}", localNow(clock));
    if (change.closed) spdlog::info("opening hours: closed at {}{}", localNow(clock), visiting ? " (the visitor at the screen finishes first)" : "");
    if (change.fellAsleep) {
        const bool off = power_ && power_->set(false);
        step.blankNeeded = !off;
        spdlog::info("outside opening hours: asleep, {}", off ? "screen powered down (DPMS off)" : "screen blanked to black (no DPMS here)");
        step.status = "asleep outside opening hours";
    }
    if (change.wokeUp) {
        if (power_) power_->set(true);
        spdlog::info(wakeTouch ? "a touch woke the screen outside opening hours (that touch did nothing else)" : "opening hours: screen on");
        step.status = keeper_.open() ? "showing the exhibit" : "awake outside opening hours";
    }
    // Each day starts fresh at opening: whatever staff or a cleaner left on screen goes, and the first visitor's
    // touch starts the first counted visit. Going to sleep and waking start fresh too.
    step.freshStart = change.fellAsleep || ((change.wokeUp || change.opened) && !byStaff);
    step.asleep = keeper_.asleep();
    return step;
}

namespace {
// "17:00", "midnight" or "01:00 (after midnight)", seen from `today`.
std::string untilText(model::LocalTime until, int64_t today) {
    const bool tomorrow = until.day > today;
    if (tomorrow && until.second == 0) return "midnight";
    return model::formatClock(until.second) + (tomorrow ? " (after midnight)" : "");
}
}  // namespace

std::string OpeningHoursDriver::wakeUntilClosing(double clock) {
    const model::LocalTime now = localTimeAt(unixNow(clock));
    keeper_.wakeUntilClosing(now);
    const std::string when = untilText(*keeper_.staffWakeUntil(), now.day);
    spdlog::info("staff: awake until {}", when);
    return when;
}

std::vector<std::string> OpeningHoursDriver::scheduleLines() const {
    if (!scheduled()) return {};
    return model::describeOpeningHours(keeper_.hours());
}

std::string OpeningHoursDriver::scheduleNow(double clock) const {
    if (const auto& until = keeper_.staffWakeUntil()) return "awake for staff until " + untilText(*until, localTimeAt(unixNow(clock)).day);
    if (keeper_.open())
        return "open now, closing " + model::formatClock(model::wakeUntilClosing(keeper_.hours(), localTimeAt(unixNow(clock))).second);
    return "closed now: visits are not counted, the screen sleeps when left alone";
}

}  // namespace kiosk::app
