// date.cpp: parsing and wording of historical dates. Pure functions, no I/O.
#include "model/date.hpp"

#include <array>
#include <algorithm>
#include <charconv>
#include <cstdio>

#include "model/phrase_book.hpp"

namespace kiosk::model {
namespace {

// A month's name as it stands alone or before a year ("September 1965"); 1-12.
const char* monthName(int month) {
    switch (month) {
        case 1: return tr("January");
        case 2: return tr("February");
        case 3: return tr("March");
        case 4: return tr("April");
        case 5: return tr("May");
        case 6: return tr("June");
        case 7: return tr("July");
        case 8: return tr("August");
        case 9: return tr("September");
        case 10: return tr("October");
        case 11: return tr("November");
        case 12: return tr("December");
    }
    return "";
}

// A whole day's date: Russian and Urdu put the month in a form of their own after a day ("12 сентября 1965"),
// so each month has its own pattern.
std::string dayDate(int day, int month, const std::string& year) {
    const PhraseArgs args = {{"day", std::to_string(day)}, {"year", year}};
    switch (month) {
        case 1: return trf("{day} January {year}", args);
        case 2: return trf("{day} February {year}", args);
        case 3: return trf("{day} March {year}", args);
        case 4: return trf("{day} April {year}", args);
        case 5: return trf("{day} May {year}", args);
        case 6: return trf("{day} June {year}", args);
        case 7: return trf("{day} July {year}", args);
        case 8: return trf("{day} August {year}", args);
        case 9: return trf("{day} September {year}", args);
        case 10: return trf("{day} October {year}", args);
        case 11: return trf("{day} November {year}", args);
        case 12: return trf("{day} December {year}", args);
    }
    return year;
}

bool parseInt(std::string_view text, int& out) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

int daysInMonth(int year, int month) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && isLeap(year) ? 29 : kDays[static_cast<size_t>(month - 1)];
}

std::optional<Precision> parsePrecision(std::string_view text) {
    if (text == "day") return Precision::Day;
    if (text == "month") return Precision::Month;
    if (text == "year") return Precision::Year;
    if (text == "decade") return Precision::Decade;
    if (text == "approximate") return Precision::Approximate;
    return std::nullopt;
}

const char* precisionName(Precision p) {
    switch (p) {
        case Precision::Day: return "day";
        case Precision::Month: return "month";
        case Precision::Year: return "year";
        case Precision::Decade: return "decade";
        case Precision::Approximate: return "approximate";
    }
    return "year";
}

std::optional<Date> parseDate(std::string_view text, std::string* why) {
    auto fail = [&](const char* message) -> std::optional<Date> {
        if (why) *why = message;
        return std::nullopt;
    };
    Date date;
    if (text.size() == 5 && text.back() == 's') {
        if (!parseInt(text.substr(0, 4), date.year) || date.year % 10 != 0)
            return fail("a decade is written like \"1950s\"");
        return date;
    }
    if (text.size() != 4 && text.size() != 7 && text.size() != 10)
        return fail("a date is written YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1950s");
    if (!parseInt(text.substr(0, 4), date.year)) return fail("the year is not four digits");
    if (text.size() >= 7) {
        if (text[4] != '-' || !parseInt(text.substr(5, 2), date.month)) return fail("the month is not written -MM");
        if (date.month < 1 || date.month > 12) return fail("the month is not between 01 and 12");
    }
    if (text.size() == 10) {
        if (text[7] != '-' || !parseInt(text.substr(8, 2), date.day)) return fail("the day is not written -DD");
        if (date.day < 1 || date.day > daysInMonth(date.year, date.month)) return fail("that day does not exist in that month");
    }
    return date;
}

bool dateMatchesPrecision(const Date& date, bool writtenAsDecade, Precision precision) {
    switch (precision) {
        case Precision::Day: return date.day != 0 && !writtenAsDecade;
        case Precision::Month: return date.month != 0 && date.day == 0 && !writtenAsDecade;
        case Precision::Year: return date.month == 0 && !writtenAsDecade;
        case Precision::Decade: return writtenAsDecade;
        case Precision::Approximate: return date.month == 0 && !writtenAsDecade;
    }
    return false;
}

std::string formatDateSource(const Date& date, Precision precision) {
    char buffer[16];
    if (precision == Precision::Decade) {
        std::snprintf(buffer, sizeof buffer, "%04ds", date.year);
    } else if (date.day) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    } else if (date.month) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", date.year, date.month);
    } else {
        std::snprintf(buffer, sizeof buffer, "%04d", date.year);
    }
    return buffer;
}

double toYears(const Date& date) {
    double years = date.year;
    if (date.month >= 1) {
        // Month and day as a fraction of the year; 365.25-day years are precise enough for drawing.
        int dayOfYear = 0;
        for (int m = 1; m < date.month; ++m) dayOfYear += daysInMonth(date.year, m);
        if (date.day >= 1) dayOfYear += date.day - 1;
        years += dayOfYear / (isLeap(date.year) ? 366.0 : 365.0);
    }
    return years;
}

YearInterval uncertaintyInterval(const Date& date, Precision precision) {
    const double start = toYears(date);
    switch (precision) {
        case Precision::Day: return {start, start + 1.0 / 365.0};
        case Precision::Month: return {start, start + daysInMonth(date.year, date.month) / 365.0};
        case Precision::Year: return {start, start + 1.0};
        case Precision::Decade: return {start, start + 10.0};
        case Precision::Approximate: return {start - 2.0, start + 3.0};
    }
    return {start, start + 1.0};
}

YearInterval spanInterval(const DateSpan& span) {
    YearInterval whole = uncertaintyInterval(span.start, span.precision);
    if (span.end) whole.to = std::max(whole.to, uncertaintyInterval(*span.end, span.precision).to);
    return whole;
}

std::string describeDate(const Date& date, Precision precision) {
    const std::string year = std::to_string(date.year);
    switch (precision) {
        case Precision::Day: return dayDate(date.day, date.month, year);
        case Precision::Month: return trf("{month} {year}", {{"month", monthName(date.month)}, {"year", year}});
        case Precision::Year: return year;
        case Precision::Decade: return trf("the {year}s", {{"year", year}});
        case Precision::Approximate: return trf("around {year}", {{"year", year}});
    }
    return year;
}

std::string describeSpan(const DateSpan& span) {
    if (!span.end) return describeDate(span.start, span.precision);
    const Date& a = span.start;
    const Date& b = *span.end;
    // Share the year where both ends fall in it: "September – December 1965".
    if (a.year == b.year && span.precision == Precision::Month)
        return trf("{from} \u2013 {to}", {{"from", monthName(a.month)}, {"to", describeDate(b, span.precision)}});
    if (span.precision == Precision::Approximate)
        return trf("around {from} \u2013 {to}", {{"from", std::to_string(a.year)}, {"to", std::to_string(b.year)}});
    return trf("{from} \u2013 {to}", {{"from", describeDate(a, span.precision)}, {"to", describeDate(b, span.precision)}});
}

}  // namespace kiosk::model
