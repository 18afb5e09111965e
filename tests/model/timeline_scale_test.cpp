// timeline_scale_test.cpp: the date axis: mapping, limits, zoom and pan, and adaptive ticks.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "model/date.hpp"
#include "model/timeline_scale.hpp"

using namespace kiosk::model;

namespace {
const TimelineLimits kLimits{};  // 1945-2025, two weeks at the narrowest
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

bool insideLimits(const TimelineRange& r) {
    return std::isfinite(r.from) && std::isfinite(r.to) && r.from >= kLimits.earliest - 1e-9 && r.to <= kLimits.latest + 1e-9 &&
           r.span() >= kLimits.minSpan - 1e-9;
}
}  // namespace

TEST_CASE("yearToX and xToYear map the range onto the axis and back", "[timeline-scale]") {
    const TimelineRange range{1946, 2024};
    CHECK(yearToX(1946, range, 100, 780) == Approx(100));
    CHECK(yearToX(2024, range, 100, 780) == Approx(880));
    CHECK(yearToX(1966, range, 100, 780) == Approx(300));
    CHECK(yearToX(1940, range, 100, 780) < 100);  // outside the range maps outside the axis
    CHECK(xToYear(300, range, 100, 780) == Approx(1966));

    for (const TimelineRange r : {TimelineRange{1946, 2024}, TimelineRange{1971.9, 1972.0}, TimelineRange{1965.5, 1966.25}})
        for (float width : {320.0f, 1000.0f, 3840.0f})
            for (double t : {0.0, 0.13, 0.5, 0.77, 1.0}) {
                const double year = r.from + t * r.span();
                const double x = yearToX(year, r, 40, width);
                CHECK(xToYear(x, r, 40, width) == Approx(year).epsilon(1e-12));
            }
}

TEST_CASE("xToYear stays finite for a zero-width axis", "[timeline-scale]") {
    CHECK(std::isfinite(xToYear(10, {1946, 2024}, 0, 0)));
}

TEST_CASE("clampRange keeps the span and moves the range inside the limits", "[timeline-scale]") {
    auto early = clampRange({1900, 1910}, kLimits);
    CHECK(early.from == Approx(1945));
    CHECK(early.to == Approx(1955));

    auto late = clampRange({2020, 2040}, kLimits);
    CHECK(late.from == Approx(2005));
    CHECK(late.to == Approx(2025));

    auto inside = clampRange({1960, 1970}, kLimits);
    CHECK(inside.from == 1960);
    CHECK(inside.to == 1970);

    auto huge = clampRange({1000, 3000}, kLimits);
    CHECK(huge.from == Approx(1945));
    CHECK(huge.to == Approx(2025));

    auto tiny = clampRange({1966.0, 1966.0}, kLimits);
    CHECK(tiny.span() == Approx(kLimits.minSpan));
    CHECK(tiny.centre() == Approx(1966.0));

    auto inverted = clampRange({1970, 1960}, kLimits);  // negative span
    CHECK(insideLimits(inverted));
}

TEST_CASE("clampRange turns non-finite input into the whole range", "[timeline-scale]") {
    for (const TimelineRange r : {TimelineRange{kNaN, 1970}, TimelineRange{1960, kNaN}, TimelineRange{kNaN, kNaN},
                                  TimelineRange{-kInf, kInf}, TimelineRange{1960, kInf}, TimelineRange{-kInf, 1960}}) {
        const TimelineRange c = clampRange(r, kLimits);
        INFO(r.from << " .. " << r.to << " -> " << c.from << " .. " << c.to);
        CHECK(insideLimits(c));
    }
    const TimelineRange whole = clampRange({kNaN, kNaN}, kLimits);
    CHECK(whole.from == Approx(kLimits.earliest));
    CHECK(whole.to == Approx(kLimits.latest));
}

TEST_CASE("zoomRange keeps the anchor year under the same pixel", "[timeline-scale]") {
    const TimelineRange range{1950, 1990};
    auto in = zoomRange(range, 2.0, 1960, kLimits);
    CHECK(in.span() == Approx(20));
    CHECK(in.from == Approx(1955));
    CHECK(in.to == Approx(1975));
    CHECK(yearToX(1960, in, 0, 1000) == Approx(yearToX(1960, range, 0, 1000)));

    const TimelineRange middle{1960, 1990};
    for (double factor : {1.1, 1.5, 4.0, 0.8}) {
        for (double anchor : {1962.0, 1975.0, 1988.25}) {
            auto z = zoomRange(middle, factor, anchor, kLimits);
            INFO("factor " << factor << " anchor " << anchor);
            CHECK(z.span() == Approx(middle.span() / factor));
            CHECK(yearToX(anchor, z, 0, 1000) == Approx(yearToX(anchor, middle, 0, 1000)));
        }
    }
}

TEST_CASE("zoomRange respects the narrowest span and the outer limits", "[timeline-scale]") {
    auto deep = zoomRange({1965, 1967}, 1e9, 1966, kLimits);
    CHECK(deep.span() == Approx(kLimits.minSpan));
    CHECK(deep.from <= 1966);
    CHECK(deep.to >= 1966);

    auto out = zoomRange({1950, 1990}, 0.001, 1960, kLimits);
    CHECK(out.from == Approx(kLimits.earliest));
    CHECK(out.to == Approx(kLimits.latest));

    auto nearEdge = zoomRange({1946, 1956}, 0.5, 1951, kLimits);  // would reach 1941: pushed back inside
    CHECK(insideLimits(nearEdge));
    CHECK(nearEdge.span() == Approx(20));
    CHECK(nearEdge.from == Approx(kLimits.earliest));
}

TEST_CASE("zoomRange ignores nonsense factors and survives NaN anchors", "[timeline-scale]") {
    const TimelineRange range{1950, 1990};
    for (double factor : {0.0, -2.0, kNaN, kInf, -kInf}) {
        auto z = zoomRange(range, factor, 1960, kLimits);
        CHECK(z.from == range.from);
        CHECK(z.to == range.to);
    }
    CHECK(insideLimits(zoomRange(range, 2.0, kNaN, kLimits)));
    CHECK(insideLimits(zoomRange(range, 2.0, kInf, kLimits)));
}

TEST_CASE("panRange moves the range and stops at the limits", "[timeline-scale]") {
    auto moved = panRange({1950, 1960}, 5, kLimits);
    CHECK(moved.from == Approx(1955));
    CHECK(moved.to == Approx(1965));

    auto right = panRange({1950, 1960}, 100, kLimits);
    CHECK(right.to == Approx(kLimits.latest));
    CHECK(right.span() == Approx(10));

    auto left = panRange({1950, 1960}, -100, kLimits);
    CHECK(left.from == Approx(kLimits.earliest));
    CHECK(left.span() == Approx(10));

    for (double delta : {kNaN, kInf, -kInf}) {
        auto same = panRange({1950, 1960}, delta, kLimits);
        CHECK(same.from == 1950);
        CHECK(same.to == 1960);
    }
}

TEST_CASE("centreRangeOn centres when it can", "[timeline-scale]") {
    auto r = centreRangeOn(1971.95, 2.0, kLimits);
    CHECK(r.centre() == Approx(1971.95));
    CHECK(r.span() == Approx(2.0));
    auto edge = centreRangeOn(1946, 10, kLimits);
    CHECK(edge.from == Approx(kLimits.earliest));
    CHECK(insideLimits(centreRangeOn(kNaN, 10, kLimits)));
}

TEST_CASE("chooseTickUnit adapts to the zoom", "[timeline-scale]") {
    const float spacing = 96;  // what the timeline pane asks for at scale 1
    CHECK(chooseTickUnit({1946, 2024}, 1000, spacing) == TickUnit::Decade);
    CHECK(chooseTickUnit({1946, 2024}, 3840, spacing) == TickUnit::FiveYears);
    CHECK(chooseTickUnit({1960, 1970}, 1000, spacing) == TickUnit::Year);
    CHECK(chooseTickUnit({1965, 1967}, 1000, spacing) == TickUnit::Quarter);
    CHECK(chooseTickUnit({1965, 1967}, 1000, 40) == TickUnit::Month);
    CHECK(chooseTickUnit({1966, 1966 + 14 / 365.0}, 1000, 60) == TickUnit::Day);
    CHECK(chooseTickUnit({1966, 1966 + 14 / 365.0}, 1000, spacing) == TickUnit::Week);
    CHECK(chooseTickUnit({1946, 2024}, 10, spacing) == TickUnit::Decade);  // nothing fits: the coarsest
    CHECK(chooseTickUnit({1966, 1966}, 1000, spacing) == TickUnit::Day);   // zero span must not divide by zero
}

TEST_CASE("makeTicks labels decades across the whole range", "[timeline-scale]") {
    auto ticks = makeTicks({1946, 2024}, 1000, 96);
    REQUIRE(ticks.size() == 8);
    for (size_t i = 0; i < ticks.size(); ++i) {
        CHECK(ticks[i].year == 1950 + 10.0 * static_cast<double>(i));
        CHECK(ticks[i].label == std::to_string(1950 + 10 * static_cast<int>(i)));
        CHECK(ticks[i].major);
    }
}

TEST_CASE("makeTicks labels months with the year at January", "[timeline-scale]") {
    auto ticks = makeTicks({1965, 1967}, 1000, 40);
    REQUIRE(ticks.size() == 25);  // January 1965 .. January 1967 inclusive
    CHECK(ticks[0].label == "1965");
    CHECK(ticks[1].label == "Feb");
    CHECK(ticks[8].label == "Sep");
    CHECK(ticks[11].label == "Dec");
    CHECK(ticks[12].label == "1966");
    CHECK(ticks[12].year == 1966.0);
    CHECK(ticks[24].label == "1967");
    CHECK(ticks[8].year == Approx(toYears({1965, 9, 1})));
}

TEST_CASE("makeTicks labels days, naming the month on the 1st", "[timeline-scale]") {
    const TimelineRange range{toYears({1971, 11, 28}), toYears({1971, 11, 28}) + 14.5 / 365.0};
    auto ticks = makeTicks(range, 1000, 60);
    REQUIRE(ticks.size() == 15);
    CHECK(ticks[0].label == "28");
    CHECK(ticks[3].label == "Dec 1971");
    CHECK(ticks[4].label == "2");
    CHECK(ticks[14].label == "12");
    CHECK(ticks[14].year == Approx(toYears({1971, 12, 12})));

    auto weeks = makeTicks(range, 1000, 96);
    std::vector<std::string> labels;
    for (const Tick& t : weeks) labels.push_back(t.label);
    CHECK(labels == std::vector<std::string>{"Dec 1971", "8"});
}

TEST_CASE("makeTicks lists ascending ticks inside the range, roughly minSpacing apart", "[timeline-scale]") {
    const TimelineRange ranges[] = {{1946, 2024}, {1960, 1980}, {1965.3, 1967.9}, {1971.5, 1972.5}, {1966.0, 1966.1}, {1966.2, 1966.25}};
    for (const TimelineRange& range : ranges)
        for (float width : {600.0f, 1000.0f, 1920.0f}) {
            auto ticks = makeTicks(range, width, 80);
            INFO(range.from << " .. " << range.to << " on " << width << "px");
            CHECK_FALSE(ticks.empty());
            for (size_t i = 0; i < ticks.size(); ++i) {
                CHECK(ticks[i].year >= range.from);
                CHECK(ticks[i].year <= range.to);
                CHECK_FALSE(ticks[i].label.empty());
                if (i > 0) {
                    const double gap = yearToX(ticks[i].year, range, 0, width) - yearToX(ticks[i - 1].year, range, 0, width);
                    CHECK(gap > 0);
                    CHECK(gap >= 80 * 0.9);  // February and month-end weeks are a little shorter than average
                }
            }
        }
}
