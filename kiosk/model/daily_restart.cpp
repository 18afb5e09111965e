// daily_restart.cpp: the restart before opening, as arithmetic on local seconds.
#include "model/daily_restart.hpp"

namespace kiosk::model {

namespace {
int64_t secondsOf(LocalTime t) { return t.day * 86400 + t.second; }
}  // namespace

std::optional<LocalTime> nextOpening(const OpeningHours& hours, LocalTime t, int horizonDays) {
    if (!hours.configured) return std::nullopt;
    for (int64_t day = t.day; day <= t.day + horizonDays; ++day) {
        std::optional<LocalTime> first;
        for (const TimeRange& r : hours.periodsOn(day)) {
            const LocalTime start{day, r.start};
            if (t < start && (!first || start < *first)) first = start;
        }
        if (first) return first;
    }
    return std::nullopt;
}

bool restartDue(const OpeningHours& hours, const RestartQuestion& q) {
    if (q.inUse || q.leadSeconds <= 0 || isOpen(hours, q.now)) return false;
    const std::optional<LocalTime> opening = nextOpening(hours, q.now);
    if (!opening) return false;
    const int64_t windowStart = secondsOf(*opening) - q.leadSeconds;
    return secondsOf(q.now) >= windowStart && secondsOf(q.started) < windowStart;
}

}  // namespace kiosk::model
