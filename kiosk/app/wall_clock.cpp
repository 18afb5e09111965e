// wall_clock.cpp: localtime_r and mktime, which know the time zone's rules.
#include "app/wall_clock.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace kiosk::app {

double WallClock::unixAt(double kioskSeconds) const {
    if (simulated_) return start_ + kioskSeconds * speed_;
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

model::LocalTime localTimeAt(double unixSeconds) {
    const time_t t = static_cast<time_t>(std::floor(unixSeconds));
    struct tm local{};
    localtime_r(&t, &local);
    return {model::daysFromCivil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday), local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec};
}

std::optional<double> parseLocalDateTime(const std::string& text, std::string& error) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    char extra = 0;
    const int n = std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &extra);
    if ((n != 5 && n != 6) || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59 || y < 1970) {
        error = "'" + text + "' is not a local date and time: write it as 2026-12-07T08:59 (or with seconds, 08:59:30)";
        return std::nullopt;
    }
    struct tm local{};
    local.tm_year = y - 1900;
    local.tm_mon = mo - 1;
    local.tm_mday = d;
    local.tm_hour = h;
    local.tm_min = mi;
    local.tm_sec = s;
    local.tm_isdst = -1;  // let the time zone say whether summer time applies
    const time_t t = mktime(&local);
    if (t == static_cast<time_t>(-1)) {
        error = "'" + text + "' cannot be placed in this time zone";
        return std::nullopt;
    }
    return static_cast<double>(t);
}

}  // namespace kiosk::app
