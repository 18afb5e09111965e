// date.hpp: historical dates with an explicit precision, their parsing, ordering, and wording for visitors.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::model {

enum class Precision { Day, Month, Year, Decade, Approximate };

// A calendar date whose unknown parts are zero (month 0 = unknown month, day 0 = unknown day).
struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    auto operator<=>(const Date&) const = default;
};

// An event's date as the sources allow it: a start, an optional end (for spans), and how precise it is.
struct DateSpan {
    Date start;
    std::optional<Date> end;
    Precision precision = Precision::Year;
};

std::optional<Precision> parsePrecision(std::string_view text);
const char* precisionName(Precision p);

// Parses "1966-01-10", "1966-01", "1966" or "1950s". Returns nullopt, and an explanation in *why, when the
// text is not one of these forms or names an impossible day.
std::optional<Date> parseDate(std::string_view text, std::string* why = nullptr);

// True when the written form of a date matches its precision (a Month date has a month but no day...).
bool dateMatchesPrecision(const Date& date, bool writtenAsDecade, Precision precision);

// Formats a date back into the source form ("1966-01", "1950s" for a decade).
std::string formatDateSource(const Date& date, Precision precision);

// Fractional years: 1966.0 is the first instant of 1966. The uncertainty interval of a date is the stretch of
// time it could mean: a day, a month, a year, a decade, or +-2 years around an approximate year.
double toYears(const Date& date);
struct YearInterval {
    double from = 0;
    double to = 0;
    double mid() const { return (from + to) / 2; }
};
YearInterval uncertaintyInterval(const Date& date, Precision precision);
// The whole stretch an event covers: from its start's earliest to its end's latest instant.
YearInterval spanInterval(const DateSpan& span);

// Words a visitor reads: "10 January 1966", "January 1966", "1966", "the 1950s", "around 1950";
// spans as "1965 – 1966" or "September – December 1965".
std::string describeDate(const Date& date, Precision precision);
std::string describeSpan(const DateSpan& span);

int daysInMonth(int year, int month);

}  // namespace kiosk::model
