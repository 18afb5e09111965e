// log_throttle.hpp: lets a noisy event through to the log a few times a minute and counts the rest.
//
// A visitor leaning on a keyboard, or an input storm, would otherwise write one line per key; the log would
// rotate away the lines staff need (a bad database, a font problem) within minutes.
#pragma once
#include <cstdint>
#include <optional>

namespace kiosk::app {

class LogThrottle {
public:
    LogThrottle(int linesPerWindow, double windowSeconds) : limit_(linesPerWindow), window_(windowSeconds) {}

    struct Decision {
        bool log = false;                    // write this event's line
        std::optional<int64_t> suppressed;   // events left out in the window just closed (write one summary line)
    };
    // Called once per event with the (virtual or real) time in seconds.
    Decision record(double now);

private:
    int limit_;
    double window_;
    double windowStart_ = -1;
    int logged_ = 0;
    int64_t suppressed_ = 0;
};

}  // namespace kiosk::app
