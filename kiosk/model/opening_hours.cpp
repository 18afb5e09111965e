// opening_hours.cpp: civil-calendar arithmetic and the opening-hours rules.
#include "model/opening_hours.hpp"

#include <cstdio>

namespace kiosk::model {
namespace {

constexpr int kDay = 86400;
constexpr std::array<const char*, 7> kDayNames = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<const char*, 7> kDayTitles = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

int dayIndex(std::string_view name) {
    for (int i = 0; i < 7; ++i)
        if (name == kDayNames[static_cast<size_t>(i)]) return i;
    return -1;
}

// "HH:MM" -> seconds of the day; 24:00 only when `allowEnd`.
std::optional<int> parseClock(std::string_view s, bool allowEnd) {
    s = trim(s);
    if (s.size() != 5 || s[2] != ':') return std::nullopt;
    for (size_t i : {0u, 1u, 3u, 4u})
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
    const int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
    if (m > 59 || h > 24 || (h == 24 && (m != 0 || !allowEnd))) return std::nullopt;
    return h * 3600 + m * 60;
}

bool within(const TimeRange& r, int second) { return r.crossesMidnight() ? second >= r.start : second >= r.start && second < r.end; }

}  // namespace

int64_t daysFromCivil(int year, int month, int day) {
    // Howard Hinnant's days_from_civil: exact for every Gregorian date.
    const int64_t y = static_cast<int64_t>(year) - (month <= 2);
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int weekdayOf(int64_t day) {
    // 1970-01-01 was a Thursday (index 3).
    const int64_t w = (day + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w);
}

const std::vector<TimeRange>& OpeningHours::periodsOn(int64_t day) const {
    if (const auto e = exceptions.find(day); e != exceptions.end()) return e->second;
    return weekly[static_cast<size_t>(weekdayOf(day))];
}

bool isOpen(const OpeningHours& hours, LocalTime t) {
    if (!hours.configured) return true;
    for (const TimeRange& r : hours.periodsOn(t.day))
        if (within(r, t.second)) return true;
    // Last night's period may still be running after midnight.
    for (const TimeRange& r : hours.periodsOn(t.day - 1))
        if (r.crossesMidnight() && t.second < r.end) return true;
    return false;
}

LocalTime wakeUntilClosing(const OpeningHours& hours, LocalTime t) {
    if (hours.configured) {
        for (const TimeRange& r : hours.periodsOn(t.day - 1))
            if (r.crossesMidnight() && t.second < r.end) return {t.day, r.end};
        std::optional<LocalTime> best;
        for (const TimeRange& r : hours.periodsOn(t.day)) {
            if (!within(r, t.second) && r.start <= t.second) continue;  // over already
            const LocalTime end = r.crossesMidnight() ? LocalTime{t.day + 1, r.end} : r.end == kDay ? LocalTime{t.day + 1, 0} : LocalTime{t.day, r.end};
            if (!best || end < *best) best = end;
        }
        if (best && *best > t) return *best;
    }
    return {t.day + 1, 0};
}

std::optional<std::array<bool, 7>> parseDays(std::string_view text, std::string& error) {
    std::array<bool, 7> days{};
    bool any = false;
    while (!text.empty()) {
        const size_t comma = text.find(',');
        const std::string_view part = trim(text.substr(0, comma));
        text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
        const size_t dash = part.find('-');
        const int from = dayIndex(trim(part.substr(0, dash)));
        const int to = dash == std::string_view::npos ? from : dayIndex(trim(part.substr(dash + 1)));
        if (from < 0 || to < 0) {
            error = "'" + std::string(part) + "' is not a day: use mon, tue, wed, thu, fri, sat or sun, a range such as mon-fri, or a list such as sat,sun";
            return std::nullopt;
        }
        for (int d = from;; d = (d + 1) % 7) {
            days[static_cast<size_t>(d)] = true;
            if (d == to) break;
        }
        any = true;
    }
    if (!any) {
        error = "no day is named";
        return std::nullopt;
    }
    return days;
}

std::optional<std::vector<TimeRange>> parseOpeningTimes(std::string_view text, std::string& error) {
    std::vector<TimeRange> ranges;
    if (trim(text) == "closed") return ranges;
    const std::string original(text);
    while (true) {
        const size_t comma = text.find(',');
        const std::string_view part = trim(text.substr(0, comma));
        const size_t dash = part.find('-');
        const auto start = dash == std::string_view::npos ? std::nullopt : parseClock(part.substr(0, dash), false);
        const auto end = dash == std::string_view::npos ? std::nullopt : parseClock(part.substr(dash + 1), true);
        if (!start || !end) {
            error = "\"" + std::string(part) + "\" is not opening times: write them as \"09:00-17:00\" (24-hour clock), several as "
                    "\"09:00-12:00, 13:00-17:00\", or \"closed\"";
            return std::nullopt;
        }
        if (*start == *end) {
            error = "\"" + std::string(part) + "\" opens and closes at the same time";
            return std::nullopt;
        }
        const TimeRange r{*start, *end};
        // On a 48-hour line a period past midnight ends on the second day.
        auto until = [](const TimeRange& x) { return x.crossesMidnight() ? x.end + kDay : x.end; };
        for (const TimeRange& o : ranges) {
            if (r.start < until(o) && o.start < until(r)) {
                error = "the periods in \"" + original + "\" overlap";
                return std::nullopt;
            }
        }
        ranges.push_back(r);
        if (comma == std::string_view::npos) break;
        text = text.substr(comma + 1);
    }
    return ranges;
}

std::optional<int64_t> parseDate(std::string_view text, std::string& error) {
    text = trim(text);
    int y = 0, m = 0, d = 0;
    char extra = 0;
    const std::string s(text);
    if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3 || m < 1 || m > 12 || d < 1 || d > 31 ||
        y < 1970 || y > 9999) {
        error = "'" + s + "' is not a date: write it as 2026-12-25 (year-month-day)";
        return std::nullopt;
    }
    const int64_t day = daysFromCivil(y, m, d);
    if (formatDate(day) != s) {
        error = "'" + s + "' is not a date in the calendar";
        return std::nullopt;
    }
    return day;
}

std::string formatClock(int second) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", (second / 3600) % 100, (second / 60) % 60);
    return buffer;
}

std::string formatDate(int64_t day) {
    // civil_from_days, the inverse of daysFromCivil.
    const int64_t z = day + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const int64_t y = yoe + era * 400 + (m <= 2);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lld", static_cast<long long>(y), static_cast<long long>(m), static_cast<long long>(d));
    return buffer;
}

namespace {
std::string describeTimes(const std::vector<TimeRange>& ranges) {
    if (ranges.empty()) return "closed";
    std::string s;
    for (const TimeRange& r : ranges) s += (s.empty() ? "" : ", ") + formatClock(r.start) + "-" + formatClock(r.end);
    return s;
}
}  // namespace

std::vector<std::string> describeOpeningHours(const OpeningHours& hours) {
    if (!hours.configured) return {"Always open (no [schedule] in kiosk.toml)"};
    std::vector<std::string> lines;
    // Runs of consecutive weekdays with the same hours share a line: "Mon-Fri 09:00-17:00".
    for (size_t d = 0; d < 7;) {
        size_t e = d;
        while (e + 1 < 7 && hours.weekly[e + 1] == hours.weekly[d]) ++e;
        lines.push_back(std::string(kDayTitles[d]) + (e > d ? std::string("-") + kDayTitles[e] : "") + " " + describeTimes(hours.weekly[d]));
        d = e + 1;
    }
    for (const auto& [day, ranges] : hours.exceptions) lines.push_back(formatDate(day) + " " + describeTimes(ranges));
    return lines;
}

}  // namespace kiosk::model
