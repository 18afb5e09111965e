// opening_hours.hpp: the exhibit's opening hours ([schedule] in kiosk.toml) as plain data, and whether it is open at
// a given local wall-clock time. Pure: local time comes in already converted (app/wall_clock does that with the
// system's time zone), so daylight saving time is the calendar's business, not this file's: "09:00" is nine on
// the wall clock on a summer day and a winter day alike.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::model {

// A moment on the local wall clock: the civil day (days since 1970-01-01) and the second of that day.
struct LocalTime {
    int64_t day = 0;
    int second = 0;  // 0..86399
    auto operator<=>(const LocalTime&) const = default;
};

// Days since 1970-01-01 of a proleptic Gregorian date; the weekday of such a day (0 Monday .. 6 Sunday).
int64_t daysFromCivil(int year, int month, int day);
int weekdayOf(int64_t day);

// Open from `start` to `end`, seconds of the day it belongs to. An `end` at or before `start` runs past midnight
// into the next morning ("22:00-02:00"); "00:00-24:00" is the whole day. A period belongs to the day it starts on.
struct TimeRange {
    int start = 0, end = 0;
    bool crossesMidnight() const { return end <= start; }
    bool operator==(const TimeRange&) const = default;
};

struct OpeningHours {
    bool configured = false;                              // false: no [schedule], always open
    std::array<std::vector<TimeRange>, 7> weekly;         // Monday first; empty: closed that weekday
    std::map<int64_t, std::vector<TimeRange>> exceptions; // a date's own hours; empty: closed that date
    // The periods that start on `day`: its exception if it has one, else its weekday's.
    const std::vector<TimeRange>& periodsOn(int64_t day) const;
};

bool isOpen(const OpeningHours& hours, LocalTime t);
// When staff press "wake until closing" at `t`: the end of the opening period under way, else of the next one
// that starts later today, else midnight tonight (an evening event, a closed holiday). Always after `t`.
LocalTime wakeUntilClosing(const OpeningHours& hours, LocalTime t);

// Parsing the pieces of [schedule]; each returns nullopt and sets `error` to a plain sentence when malformed.
// "mon", "mon-fri", "sat,sun" (also "fri-mon", wrapping the weekend) -> which weekdays, Monday first.
std::optional<std::array<bool, 7>> parseDays(std::string_view text, std::string& error);
// "09:00-17:00", "09:00-12:00, 13:00-17:00", "22:00-02:00", "closed" (no periods).
std::optional<std::vector<TimeRange>> parseOpeningTimes(std::string_view text, std::string& error);
// "2026-12-25" -> its day number.
std::optional<int64_t> parseDate(std::string_view text, std::string& error);

// "09:00"; "24:00" for the end of a day.
std::string formatClock(int second);
// "2026-12-25"
std::string formatDate(int64_t day);
// The schedule in a few lines for the staff panel: "Mon-Fri 09:00-17:00", "Sat closed", "closed 2026-12-25".
std::vector<std::string> describeOpeningHours(const OpeningHours& hours);

}  // namespace kiosk::model
