// wall_clock.hpp: the local date and time the opening hours and the usage log follow. Normally the system's; for
// tests and demonstrations (--clock-start, --clock-speed) a simulated one that starts at a given local time and
// may run faster than real time, so that a day of opening hours passes in a minute.
#pragma once
#include <optional>
#include <string>

#include "model/opening_hours.hpp"

namespace kiosk::app {

class WallClock {
public:
    WallClock() = default;  // the system's clock
    // Simulated: `startUnix` at kiosk clock 0, then `speed` wall seconds per kiosk second.
    WallClock(double startUnix, double speed) : simulated_(true), start_(startUnix), speed_(speed) {}
    // Unix time at `kioskSeconds` on the kiosk's (monotonic or virtual) clock.
    double unixAt(double kioskSeconds) const;
    bool simulated() const { return simulated_; }
    double speed() const { return speed_; }

private:
    bool simulated_ = false;
    double start_ = 0, speed_ = 1;
};

// Local wall-clock time of a Unix time in the process's time zone (TZ), daylight saving time included.
model::LocalTime localTimeAt(double unixSeconds);
// "2026-12-07T08:59" or "2026-12-07T08:59:30", local time -> Unix time; nullopt (and `error`) when malformed.
std::optional<double> parseLocalDateTime(const std::string& text, std::string& error);

}  // namespace kiosk::app
