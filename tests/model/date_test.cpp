// date_test.cpp: parsing, precision rules, visitor wording and fractional years of historical dates.
#include <catch2/catch.hpp>

#include "model/date.hpp"

using namespace kiosk::model;

TEST_CASE("parseDate accepts the four written forms", "[date]") {
    auto day = parseDate("1966-01-10");
    REQUIRE(day);
    CHECK(*day == Date{1966, 1, 10});

    auto month = parseDate("1966-01");
    REQUIRE(month);
    CHECK(*month == Date{1966, 1, 0});

    auto year = parseDate("1966");
    REQUIRE(year);
    CHECK(*year == Date{1966, 0, 0});

    auto decade = parseDate("1950s");
    REQUIRE(decade);
    CHECK(*decade == Date{1950, 0, 0});

    CHECK(parseDate("2022-12-31"));
    CHECK(parseDate("1947-08-14"));
}

TEST_CASE("parseDate knows leap years", "[date]") {
    CHECK(parseDate("1964-02-29"));   // divisible by 4
    CHECK(parseDate("2000-02-29"));   // divisible by 400
    CHECK_FALSE(parseDate("1965-02-29"));
    CHECK_FALSE(parseDate("1900-02-29"));  // divisible by 100, not 400
    CHECK_FALSE(parseDate("1964-02-30"));
    CHECK(daysInMonth(1964, 2) == 29);
    CHECK(daysInMonth(1965, 2) == 28);
    CHECK(daysInMonth(1900, 2) == 28);
    CHECK(daysInMonth(2000, 2) == 29);
    CHECK(daysInMonth(1966, 4) == 30);
    CHECK(daysInMonth(1966, 12) == 31);
    CHECK(daysInMonth(1966, 0) == 0);
    CHECK(daysInMonth(1966, 13) == 0);
}

TEST_CASE("parseDate rejects impossible days and malformed text, and says why", "[date]") {
    const char* bad[] = {"1966-04-31", "1966-06-31", "1966-01-32", "1966-01-00", "1966-00", "1966-13", "1966-00-10",
                         "1955s",      "1950S",      "195Xs",      "s1950",      "19505",   "",        "66",
                         "1966-1-10",  "1966-01-1",  "1966/01/10", "1966-01-10 ", " 1966",  "-966",    "+966",
                         "19a6",       "1966-0a",    "1966-01-1a", "1966-01_10", "1966-1",  "1966-01-10T00", "abcd"};
    for (const char* text : bad) {
        INFO("input: \"" << text << "\"");
        std::string why;
        CHECK_FALSE(parseDate(text, &why));
        CHECK_FALSE(why.empty());
    }
    std::string why;
    parseDate("1966-04-31", &why);
    CHECK_THAT(why, Catch::Contains("day does not exist"));
    parseDate("1966-13", &why);
    CHECK_THAT(why, Catch::Contains("month"));
    parseDate("1955s", &why);
    CHECK_THAT(why, Catch::Contains("1950s"));
}

TEST_CASE("parseDate leaves *why alone on success and accepts a null why", "[date]") {
    std::string why = "untouched";
    CHECK(parseDate("1971-12-16", &why));
    CHECK(why == "untouched");
    CHECK_FALSE(parseDate("1971-12-32", nullptr));
}

TEST_CASE("dateMatchesPrecision: the written form must match the precision", "[date]") {
    const Date day{1966, 1, 10}, month{1966, 1, 0}, year{1966, 0, 0}, decade{1950, 0, 0};
    CHECK(dateMatchesPrecision(day, false, Precision::Day));
    CHECK_FALSE(dateMatchesPrecision(month, false, Precision::Day));
    CHECK_FALSE(dateMatchesPrecision(year, false, Precision::Day));

    CHECK(dateMatchesPrecision(month, false, Precision::Month));
    CHECK_FALSE(dateMatchesPrecision(day, false, Precision::Month));
    CHECK_FALSE(dateMatchesPrecision(year, false, Precision::Month));

    CHECK(dateMatchesPrecision(year, false, Precision::Year));
    CHECK_FALSE(dateMatchesPrecision(month, false, Precision::Year));
    CHECK_FALSE(dateMatchesPrecision(day, false, Precision::Year));
    CHECK_FALSE(dateMatchesPrecision(decade, true, Precision::Year));

    CHECK(dateMatchesPrecision(decade, true, Precision::Decade));
    CHECK_FALSE(dateMatchesPrecision(year, false, Precision::Decade));  // "1950" is not "1950s"

    CHECK(dateMatchesPrecision(year, false, Precision::Approximate));
    CHECK_FALSE(dateMatchesPrecision(month, false, Precision::Approximate));
    CHECK_FALSE(dateMatchesPrecision(decade, true, Precision::Approximate));
}

TEST_CASE("parsePrecision and precisionName round trip", "[date]") {
    for (Precision p : {Precision::Day, Precision::Month, Precision::Year, Precision::Decade, Precision::Approximate}) {
        auto parsed = parsePrecision(precisionName(p));
        REQUIRE(parsed);
        CHECK(*parsed == p);
    }
    CHECK_FALSE(parsePrecision("Day"));
    CHECK_FALSE(parsePrecision("days"));
    CHECK_FALSE(parsePrecision(""));
}

TEST_CASE("formatDateSource writes the source form back", "[date]") {
    CHECK(formatDateSource({1966, 1, 10}, Precision::Day) == "1966-01-10");
    CHECK(formatDateSource({1966, 1, 0}, Precision::Month) == "1966-01");
    CHECK(formatDateSource({1966, 0, 0}, Precision::Year) == "1966");
    CHECK(formatDateSource({1950, 0, 0}, Precision::Decade) == "1950s");
    CHECK(formatDateSource({1950, 0, 0}, Precision::Approximate) == "1950");
    for (const char* text : {"1966-01-10", "1966-01", "1966", "1950s"}) {
        auto date = parseDate(text);
        REQUIRE(date);
        const std::string s = text;
        const Precision p = s.back() == 's' ? Precision::Decade : s.size() == 10 ? Precision::Day : s.size() == 7 ? Precision::Month : Precision::Year;
        CHECK(formatDateSource(*date, p) == s);
    }
}

TEST_CASE("describeDate gives visitor wording for every precision", "[date]") {
    CHECK(describeDate({1966, 1, 10}, Precision::Day) == "10 January 1966");
    CHECK(describeDate({1971, 12, 16}, Precision::Day) == "16 December 1971");
    CHECK(describeDate({1966, 1, 0}, Precision::Month) == "January 1966");
    CHECK(describeDate({1951, 5, 0}, Precision::Month) == "May 1951");
    CHECK(describeDate({1966, 0, 0}, Precision::Year) == "1966");
    CHECK(describeDate({1950, 0, 0}, Precision::Decade) == "the 1950s");
    CHECK(describeDate({1950, 0, 0}, Precision::Approximate) == "around 1950");
}

TEST_CASE("describeSpan words single dates and spans", "[date]") {
    const std::string dash = " \u2013 ";
    CHECK(describeSpan({{1966, 1, 10}, std::nullopt, Precision::Day}) == "10 January 1966");
    CHECK(describeSpan({{1965, 0, 0}, Date{1966, 0, 0}, Precision::Year}) == "1965" + dash + "1966");
    CHECK(describeSpan({{1965, 9, 0}, Date{1965, 12, 0}, Precision::Month}) == "September" + dash + "December 1965");
    CHECK(describeSpan({{1965, 9, 0}, Date{1966, 1, 0}, Precision::Month}) == "September 1965" + dash + "January 1966");
    CHECK(describeSpan({{1950, 0, 0}, Date{1955, 0, 0}, Precision::Approximate}) == "around 1950" + dash + "1955");
    CHECK(describeSpan({{1950, 0, 0}, Date{1960, 0, 0}, Precision::Decade}) == "the 1950s" + dash + "the 1960s");
    CHECK(describeSpan({{1971, 12, 3}, Date{1971, 12, 16}, Precision::Day}) == "3 December 1971" + dash + "16 December 1971");
}

TEST_CASE("toYears: fractional years from the first instant of the year", "[date]") {
    CHECK(toYears({1966, 0, 0}) == 1966.0);
    CHECK(toYears({1966, 1, 0}) == 1966.0);
    CHECK(toYears({1966, 1, 1}) == 1966.0);
    CHECK(toYears({1966, 1, 10}) == Approx(1966 + 9 / 365.0));
    CHECK(toYears({1966, 7, 0}) == Approx(1966 + 181 / 365.0));
    CHECK(toYears({1964, 3, 1}) == Approx(1964 + 60 / 366.0));  // leap year: 31 + 29 days precede 1 March
    CHECK(toYears({1991, 12, 26}) == Approx(1991 + 359 / 365.0));
    CHECK(toYears({1966, 12, 31}) < 1967.0);
    // Strictly increasing day by day across a whole leap year and into the next.
    double previous = toYears({1963, 12, 31});
    for (int m = 1; m <= 12; ++m)
        for (int d = 1; d <= daysInMonth(1964, m); ++d) {
            const double now = toYears({1964, m, d});
            CHECK(now > previous);
            previous = now;
        }
    CHECK(toYears({1965, 1, 1}) > previous);
}

TEST_CASE("uncertaintyInterval covers what a date may mean", "[date]") {
    auto day = uncertaintyInterval({1966, 1, 10}, Precision::Day);
    CHECK(day.from == Approx(toYears({1966, 1, 10})));
    CHECK(day.to - day.from == Approx(1 / 365.0));

    auto month = uncertaintyInterval({1964, 2, 0}, Precision::Month);
    CHECK(month.from == Approx(toYears({1964, 2, 1})));
    CHECK(month.to - month.from == Approx(29 / 365.0));

    auto year = uncertaintyInterval({1966, 0, 0}, Precision::Year);
    CHECK(year.from == 1966.0);
    CHECK(year.to == 1967.0);
    CHECK(year.mid() == 1966.5);

    auto decade = uncertaintyInterval({1950, 0, 0}, Precision::Decade);
    CHECK(decade.from == 1950.0);
    CHECK(decade.to == 1960.0);

    auto around = uncertaintyInterval({1950, 0, 0}, Precision::Approximate);
    CHECK(around.from == 1948.0);  // two years either side of the year 1950
    CHECK(around.to == 1953.0);
    CHECK(around.from < 1950.0);
    CHECK(around.to > 1951.0);
}

TEST_CASE("spanInterval runs from the start's earliest to the end's latest instant", "[date]") {
    auto whole = spanInterval({{1965, 0, 0}, Date{1966, 0, 0}, Precision::Year});
    CHECK(whole.from == 1965.0);
    CHECK(whole.to == 1967.0);
    auto months = spanInterval({{1965, 9, 0}, Date{1965, 12, 0}, Precision::Month});
    CHECK(months.from == Approx(toYears({1965, 9, 1})));
    CHECK(months.to == Approx(toYears({1965, 12, 1}) + 31 / 365.0));
    auto single = spanInterval({{1966, 1, 10}, std::nullopt, Precision::Day});
    CHECK(single.to - single.from == Approx(1 / 365.0));
}

TEST_CASE("Dates order chronologically", "[date]") {
    CHECK(Date{1965, 12, 31} < Date{1966, 1, 1});
    CHECK(Date{1966, 0, 0} < Date{1966, 1, 0});
    CHECK(Date{1966, 1, 0} < Date{1966, 1, 1});
    CHECK(Date{1966, 2, 1} > Date{1966, 1, 31});
}
