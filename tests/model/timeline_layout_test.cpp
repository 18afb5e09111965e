// timeline_layout_test.cpp: visibility, lanes, labels, clusters, filters and hit testing on the timeline.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <random>

#include "model/timeline_layout.hpp"

using namespace kiosk::model;

namespace {

Event makeEvent(std::string id, Date start, Precision precision, std::vector<Index> themes = {0},
                std::optional<Date> end = std::nullopt) {
    Event e;
    e.id = std::move(id);
    e.date = {start, end, precision};
    e.themes = std::move(themes);
    return e;
}

Catalog catalogOf(std::vector<Event> events) {
    Catalog c;
    c.themes = {{"diplomacy", "Diplomacy", ""}, {"trade", "Trade", ""}, {"war", "War", ""}};
    c.events = std::move(events);
    c.buildIndexes();
    return c;
}

TimelineLayoutInput inputFor(TimelineRange range, int lanes = 4) {
    TimelineLayoutInput in;
    in.range = range;
    in.left = 0;
    in.width = 1000;
    in.lanes = lanes;
    in.markerWidth = 48;
    in.labelGap = 8;
    return in;
}

int placedCount(const TimelineLayout& layout) {
    return static_cast<int>(std::count_if(layout.items.begin(), layout.items.end(), [](const TimelineItem& i) { return i.lane >= 0; }));
}

// Every visible event is either placed in a lane or counted in the cluster row, exactly once.
int countedEvents(const TimelineLayout& layout) {
    int total = 0;
    for (const TimelineItem& i : layout.items) total += i.kind == TimelineItem::Kind::Cluster ? i.count : 1;
    return total;
}

}  // namespace

TEST_CASE("buildIndexes sorts events by date and the index follows", "[timeline-layout]") {
    Catalog c = catalogOf({makeEvent("c", {1970, 0, 0}, Precision::Year), makeEvent("a", {1950, 0, 0}, Precision::Year),
                           makeEvent("b", {1960, 5, 0}, Precision::Month)});
    REQUIRE(c.events.size() == 3);
    CHECK(c.events[0].id == "a");
    CHECK(c.events[2].id == "c");
    CHECK(c.findEvent("b") == 1);
    CHECK(c.findEvent("nope") == kNone);
    const TimelineIndex index = buildTimelineIndex(c);
    CHECK(index.centre[0] == Approx(1950.5));  // a year is marked at its middle
    CHECK(index.barFrom[0] == 1950.0);
    CHECK(index.barTo[0] == 1951.0);
    CHECK(std::is_sorted(index.sortedCentre.begin(), index.sortedCentre.end()));
}

TEST_CASE("only events in range are laid out, and spans reaching into the range count", "[timeline-layout]") {
    Catalog c = catalogOf({makeEvent("y1950", {1950, 0, 0}, Precision::Year), makeEvent("y1960", {1960, 0, 0}, Precision::Year),
                           makeEvent("y1970", {1970, 0, 0}, Precision::Year),
                           makeEvent("cold-war", {1947, 0, 0}, Precision::Year, {0}, Date{1991, 0, 0})});
    const TimelineIndex index = buildTimelineIndex(c);
    const TimelineLayout layout = layoutTimeline(index, inputFor({1955, 1965}));
    std::vector<std::string> shown;
    for (const TimelineItem& item : layout.items) shown.push_back(c.events[static_cast<size_t>(item.event)].id);
    std::sort(shown.begin(), shown.end());
    CHECK(shown == std::vector<std::string>{"cold-war", "y1960"});
    CHECK(layout.visibleEvents == 2);
    CHECK(layout.matchingEvents == 4);

    const TimelineLayout none = layoutTimeline(index, inputFor({1995, 2005}));
    CHECK(none.items.empty());
    CHECK(none.visibleEvents == 0);
    CHECK(none.matchingEvents == 4);
}

TEST_CASE("an item's bar covers the event's imprecision in pixels", "[timeline-layout]") {
    Catalog c = catalogOf({makeEvent("decade", {1950, 0, 0}, Precision::Decade), makeEvent("day", {1966, 1, 10}, Precision::Day)});
    const TimelineLayout layout = layoutTimeline(buildTimelineIndex(c), inputFor({1945, 1975}));
    REQUIRE(layout.items.size() == 2);
    const TimelineItem& decade = layout.items[0];
    CHECK(decade.barFrom == Approx(yearToX(1950, {1945, 1975}, 0, 1000)));
    CHECK(decade.barTo == Approx(yearToX(1960, {1945, 1975}, 0, 1000)));
    CHECK(decade.x == Approx(yearToX(1955, {1945, 1975}, 0, 1000)));
    const TimelineItem& day = layout.items[1];
    CHECK(day.barTo - day.barFrom < 1.0f);
}

TEST_CASE("events in one lane never overlap, labels included", "[timeline-layout]") {
    std::vector<Event> events;
    for (int i = 0; i < 40; ++i) events.push_back(makeEvent("e" + std::to_string(i), {1960 + i / 12, i % 12 + 1, 0}, Precision::Month));
    Catalog c = catalogOf(std::move(events));
    std::vector<float> labelWidths;
    for (size_t i = 0; i < c.events.size(); ++i) labelWidths.push_back(60.0f + static_cast<float>(i % 5) * 35.0f);

    for (int lanes : {1, 2, 4, 6}) {
        TimelineLayoutInput in = inputFor({1959.5, 1964}, lanes);
        in.labelWidths = &labelWidths;
        const TimelineLayout layout = layoutTimeline(buildTimelineIndex(c), in);
        INFO("lanes " << lanes);
        CHECK(countedEvents(layout) == layout.visibleEvents);
        CHECK(layout.visibleEvents == 40);
        int labelled = 0;
        for (size_t a = 0; a < layout.items.size(); ++a) {
            const TimelineItem& p = layout.items[a];
            if (p.lane < 0) continue;
            CHECK(p.lane < lanes);
            labelled += p.showLabel;
            const float pRight = p.x + in.markerWidth / 2 + (p.showLabel ? labelWidths[static_cast<size_t>(p.event)] : 0);
            for (size_t b = a + 1; b < layout.items.size(); ++b) {
                const TimelineItem& q = layout.items[b];
                if (q.lane != p.lane) continue;
                const float qRight = q.x + in.markerWidth / 2 + (q.showLabel ? labelWidths[static_cast<size_t>(q.event)] : 0);
                const bool apart = pRight <= q.x - in.markerWidth / 2 || qRight <= p.x - in.markerWidth / 2;
                CHECK(apart);
            }
        }
        CHECK(labelled > 0);
    }
}

TEST_CASE("no label runs past the right edge of the timeline", "[timeline-layout]") {
    // Events close to the end of the range, with labels wider than the room left: they keep their markers, bare.
    std::vector<Event> events;
    for (int i = 0; i < 6; ++i) events.push_back(makeEvent("late" + std::to_string(i), {1970 + i, 6, 0}, Precision::Month));
    Catalog c = catalogOf(std::move(events));
    const std::vector<float> labelWidths(c.events.size(), 180.0f);
    TimelineLayoutInput in = inputFor({1950, 1976}, 6);
    in.labelWidths = &labelWidths;
    const TimelineLayout layout = layoutTimeline(buildTimelineIndex(c), in);
    CHECK(countedEvents(layout) == 6);
    int labelled = 0, bare = 0;
    for (const TimelineItem& item : layout.items) {
        if (item.kind != TimelineItem::Kind::Event) continue;
        if (item.showLabel) {
            ++labelled;
            CHECK(item.x + in.markerWidth / 2 + labelWidths[static_cast<size_t>(item.event)] <= in.left + in.width + in.labelGap);
        } else {
            ++bare;
        }
    }
    CHECK(labelled > 0);  // the earlier ones still have room
    CHECK(bare > 0);      // the last ones do not
}

TEST_CASE("a one-lane timeline still shows the events that fit in its lane", "[timeline-layout]") {
    // A small screen leaves room for one lane: 64 events over 75 years must not all collapse into clusters.
    std::vector<Event> events;
    for (int i = 0; i < 64; ++i) events.push_back(makeEvent("e" + std::to_string(i), {1947 + (i * 75) / 64, 6, 0}, Precision::Month));
    Catalog c = catalogOf(std::move(events));
    TimelineLayoutInput in = inputFor({1945, 2024}, 1);
    in.width = 760;
    const TimelineLayout layout = layoutTimeline(buildTimelineIndex(c), in);
    CHECK(placedCount(layout) >= 5);
    CHECK(countedEvents(layout) == layout.visibleEvents);
}

TEST_CASE("events that find no lane are clustered per column", "[timeline-layout]") {
    std::vector<Event> events;
    for (int d = 1; d <= 20; ++d) events.push_back(makeEvent("d" + std::to_string(d), {1971, 12, d}, Precision::Day));
    Catalog c = catalogOf(std::move(events));
    const TimelineLayout layout = layoutTimeline(buildTimelineIndex(c), inputFor({1950, 1990}, 2));
    CHECK(layout.visibleEvents == 20);
    CHECK(placedCount(layout) == 2);
    int clustered = 0;
    for (const TimelineItem& item : layout.items) {
        if (item.kind != TimelineItem::Kind::Cluster) continue;
        CHECK(item.lane == -1);
        CHECK(item.count >= 2);
        CHECK(item.firstYear <= item.lastYear);
        CHECK(item.firstYear >= toYears({1971, 12, 1}));
        CHECK(item.lastYear <= toYears({1971, 12, 21}));
        clustered += item.count;
    }
    CHECK(clustered == 18);
    CHECK(countedEvents(layout) == 20);
}

TEST_CASE("the theme filter hides events and counts 'showing N of M'", "[timeline-layout]") {
    Catalog c = catalogOf({makeEvent("a", {1950, 0, 0}, Precision::Year, {0}), makeEvent("b", {1955, 0, 0}, Precision::Year, {1}),
                           makeEvent("c", {1960, 0, 0}, Precision::Year, {0, 2}), makeEvent("d", {1990, 0, 0}, Precision::Year, {2}),
                           makeEvent("e", {1995, 0, 0}, Precision::Year, {1, 2}), makeEvent("themeless", {1958, 0, 0}, Precision::Year, {})});
    const TimelineIndex index = buildTimelineIndex(c);
    TimelineLayoutInput in = inputFor({1945, 1975});

    TimelineLayout all = layoutTimeline(index, in);
    CHECK(all.matchingEvents == 6);
    CHECK(all.visibleEvents == 4);

    in.themeFilter = (1u << 2) | (1u << 31);  // as the reducer builds it: one theme, plus themeless events
    TimelineLayout war = layoutTimeline(index, in);
    CHECK(war.matchingEvents == 4);  // c, d, e, themeless
    CHECK(war.visibleEvents == 2);   // c, themeless
    for (const TimelineItem& item : war.items) {
        const std::string& id = c.events[static_cast<size_t>(item.event)].id;
        CHECK((id == "c" || id == "themeless"));
    }

    in.themeFilter = 1u << 1;
    TimelineLayout trade = layoutTimeline(index, in);
    CHECK(trade.matchingEvents == 2);
    CHECK(trade.visibleEvents == 1);
    REQUIRE(trade.items.size() == 1);
    CHECK(c.events[static_cast<size_t>(trade.items[0].event)].id == "b");
}

TEST_CASE("hitTestTimeline finds the nearest item in the tapped lane", "[timeline-layout]") {
    TimelineLayout layout;
    TimelineItem a;
    a.x = 100, a.lane = 0, a.event = 0;
    TimelineItem b;
    b.x = 130, b.lane = 0, b.event = 1;
    TimelineItem c;
    c.x = 100, c.lane = 1, c.event = 2;
    TimelineItem cluster;
    cluster.kind = TimelineItem::Kind::Cluster, cluster.x = 400, cluster.lane = -1, cluster.count = 7;
    layout.items = {a, b, c, cluster};
    CHECK(hitTestTimeline(layout, 100, 0, 48) == 0);
    CHECK(hitTestTimeline(layout, 112, 0, 48) == 0);
    CHECK(hitTestTimeline(layout, 118, 0, 48) == 1);
    CHECK(hitTestTimeline(layout, 100, 1, 48) == 2);
    CHECK(hitTestTimeline(layout, 76, 0, 48) == 0);   // 24 px away: inside half a marker
    CHECK(hitTestTimeline(layout, 70, 0, 48) == -1);  // 30 px away: missed
    CHECK(hitTestTimeline(layout, 100, 2, 48) == -1);
    CHECK(hitTestTimeline(layout, 410, -1, 48) == 3);
    CHECK(hitTestTimeline(TimelineLayout{}, 100, 0, 48) == -1);
}

TEST_CASE("100,000 events: visible counts match brute force, dense views cluster", "[timeline-layout][slow]") {
    constexpr int kEvents = 100000;
    constexpr int days = 75 * 365;  // 1947 to 2021, a few events a day
    std::vector<Event> events;
    events.reserve(kEvents);
    Date d{1947, 1, 1};
    int dayIndex = 0;
    for (int i = 0; i < kEvents; ++i) {
        const int wanted = static_cast<int>(static_cast<long long>(i) * days / kEvents);
        while (dayIndex < wanted) {  // step the calendar forward one day at a time
            if (++d.day > daysInMonth(d.year, d.month)) d.day = 1, d.month++;
            if (d.month > 12) d.month = 1, d.year++;
            ++dayIndex;
        }
        events.push_back(makeEvent("e" + std::to_string(i), d, Precision::Day, {i % 2}));
    }
    Catalog c = catalogOf(std::move(events));
    const TimelineIndex index = buildTimelineIndex(c);

    auto bruteForce = [&](const TimelineRange& r, uint32_t filter) {
        int n = 0;
        for (const Event& e : c.events) {
            uint32_t mask = 0;
            for (Index t : e.themes) mask |= 1u << t;
            const YearInterval bar = spanInterval(e.date);
            const double centre = uncertaintyInterval(e.date.start, e.date.precision).mid();
            if ((mask & filter) && centre <= r.to && std::max(bar.to, centre) >= r.from) ++n;
        }
        return n;
    };

    const TimelineRange ranges[] = {{1980.0, 1980.5}, {1980.0, 1980.03}, {1947.0, 1947.01}, {2000.123, 2000.9}, {1945, 2025}};
    for (const TimelineRange& r : ranges)
        for (uint32_t filter : {~0u, 1u}) {
            TimelineLayoutInput in = inputFor(r);
            in.themeFilter = filter;
            const TimelineLayout layout = layoutTimeline(index, in);
            INFO(r.from << " .. " << r.to << " filter " << filter);
            CHECK(layout.matchingEvents == (filter == 1u ? kEvents / 2 : kEvents));
            CHECK(layout.visibleEvents == bruteForce(r, filter));
            CHECK(layout.visibleEvents > 0);
            const int placed = placedCount(layout);
            int clustered = 0;
            for (const TimelineItem& item : layout.items)
                if (item.lane < 0) clustered += item.kind == TimelineItem::Kind::Cluster ? item.count : 1;
            CHECK(clustered == layout.visibleEvents - placed);
            // Never more items than lanes and cluster columns can hold.
            CHECK(layout.items.size() <= static_cast<size_t>((in.lanes + 1) * std::ceil(in.width / in.markerWidth) + 1));
        }

    // Two years hold ~2,700 events: the dense path draws only per-column clusters.
    const TimelineLayout dense = layoutTimeline(index, inputFor({1980.0, 1982.0}));
    CHECK(placedCount(dense) == 0);
    CHECK(std::any_of(dense.items.begin(), dense.items.end(), [](const TimelineItem& i) { return i.kind == TimelineItem::Kind::Cluster; }));
    CHECK(countedEvents(dense) == dense.visibleEvents);
    // Eleven days hold ~40 events, four a day: few enough for lanes, too many for two lanes alone.
    const TimelineLayout sparse = layoutTimeline(index, inputFor({1980.0, 1980.03}, 2));
    CHECK(placedCount(sparse) > 0);
    CHECK(placedCount(sparse) < sparse.visibleEvents);
}

namespace {

// Where an event's date lies, in fractional years, worked out here from the calendar and not from the code under
// test: a span from its first day; a single date at the middle of what it may mean (a day, a month, a year, a
// decade, or the five years around "about" a year).
double expectedYear(const Event& e) {
    const auto leap = [](int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; };
    const auto monthDays = [&](int y, int m) {
        static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return m == 2 && leap(y) ? 29 : days[m - 1];
    };
    const Date& d = e.date.start;
    const double yearDays = leap(d.year) ? 366 : 365;
    int before = 0;
    for (int m = 1; m < d.month; ++m) before += monthDays(d.year, m);
    const double first = d.year + (before + (d.day > 0 ? d.day - 1 : 0)) / yearDays;
    if (e.date.end) return first;
    switch (e.date.precision) {
        case Precision::Day: return first + 0.5 / 365;
        case Precision::Month: return first + monthDays(d.year, d.month) / 2.0 / 365;
        case Precision::Year: return d.year + 0.5;
        case Precision::Decade: return d.year + 5.0;
        case Precision::Approximate: return d.year + 0.5;
    }
    return first;
}

}  // namespace

TEST_CASE("every event is drawn at its date: a decade's middle never drags the events of that decade", "[timeline-layout]") {
    // The 1970s (drawn at 1975) come before the events of 1971 and 1973 in date order; those must stay on 1971 and 1973.
    Catalog c = catalogOf({makeEvent("seventies", {1970, 0, 0}, Precision::Decade), makeEvent("war", {1971, 12, 3}, Precision::Day),
                           makeEvent("treaty", {1971, 8, 0}, Precision::Month), makeEvent("mill", {1973, 0, 0}, Precision::Year),
                           makeEvent("dissolves", {1991, 12, 26}, Precision::Day), makeEvent("nineties", {1990, 0, 0}, Precision::Decade),
                           makeEvent("about", {1974, 0, 0}, Precision::Approximate)});
    const TimelineIndex index = buildTimelineIndex(c);
    for (size_t i = 0; i < c.events.size(); ++i) {
        INFO(c.events[i].id);
        CHECK(index.centre[i] == Approx(expectedYear(c.events[i])).margin(1e-6));
    }
    // The marker order is a permutation of the events, sorted by position.
    std::vector<Index> order = index.order;
    std::sort(order.begin(), order.end());
    CHECK(order == std::vector<Index>{0, 1, 2, 3, 4, 5, 6});
    CHECK(std::is_sorted(index.sortedCentre.begin(), index.sortedCentre.end()));

    TimelineLayoutInput in = inputFor({1965, 1995}, 8);
    const TimelineLayout layout = layoutTimeline(index, in);
    CHECK(layout.visibleEvents == 7);
    for (const TimelineItem& item : layout.items) {
        REQUIRE(item.kind == TimelineItem::Kind::Event);
        const Event& e = c.events[static_cast<size_t>(item.event)];
        INFO(e.id);
        CHECK(item.x == Approx((expectedYear(e) - 1965) / 30 * 1000).margin(0.01));
    }
}

TEST_CASE("mixed precisions at random: every drawn marker is on its date, collisions go to lanes or clusters", "[timeline-layout]") {
    std::mt19937 rng(17);
    for (int round = 0; round < 20; ++round) {
        std::vector<Event> events;
        const int n = 20 + round * 10;
        for (int i = 0; i < n; ++i) {
            const int year = 1947 + static_cast<int>(rng() % 75), month = 1 + static_cast<int>(rng() % 12);
            const int day = 1 + static_cast<int>(rng() % static_cast<unsigned>(daysInMonth(year, month)));
            const Precision p = static_cast<Precision>(rng() % 5);
            Date d{year, 0, 0};
            if (p == Precision::Day) d = {year, month, day};
            if (p == Precision::Month) d = {year, month, 0};
            if (p == Precision::Decade) d = {year - year % 10, 0, 0};
            std::optional<Date> end;
            if (p == Precision::Year && i % 7 == 0) end = Date{year + 3, 0, 0};
            events.push_back(makeEvent("e" + std::to_string(i), d, p, {static_cast<Index>(i % 3)}, end));
        }
        Catalog c = catalogOf(std::move(events));
        const TimelineIndex index = buildTimelineIndex(c);
        const TimelineRange range{1945.0 + round, 2000.0 + round};
        TimelineLayoutInput in = inputFor(range, 1 + round % 5);
        const TimelineLayout layout = layoutTimeline(index, in);
        int counted = 0;
        for (const TimelineItem& item : layout.items) {
            if (item.kind == TimelineItem::Kind::Cluster) {
                counted += item.count;
                continue;
            }
            ++counted;
            const Event& e = c.events[static_cast<size_t>(item.event)];
            INFO(e.id << " round " << round);
            CHECK(item.x == Approx((expectedYear(e) - range.from) / range.span() * 1000).margin(0.01));
        }
        CHECK(counted == layout.visibleEvents);
        // Placed markers in one lane never overlap: collisions are resolved across lanes, not along time.
        for (const TimelineItem& a : layout.items)
            for (const TimelineItem& b : layout.items)
                if (&a != &b && a.lane >= 0 && a.lane == b.lane) CHECK(std::fabs(a.x - b.x) >= in.markerWidth);
    }
}

TEST_CASE("the selected event keeps a marker of its own, and where no event gets one, its badge says so, and the filter never hides it", "[timeline-layout]") {
    std::vector<Event> events;
    for (int i = 0; i < 12; ++i) events.push_back(makeEvent("same" + std::to_string(i), {1970, 0, 0}, Precision::Year, {i == 5 ? 1 : 0}));
    Catalog c = catalogOf(std::move(events));
    const TimelineIndex index = buildTimelineIndex(c);
    const Index chosen = c.findEvent("same5");
    TimelineLayoutInput in = inputFor({1950, 1990}, 2);
    // Without a selection, same5 (placed sixth of twelve at one date) is counted in the badge.
    bool drawnBefore = false;
    for (const TimelineItem& item : layoutTimeline(index, in).items) {
        drawnBefore = drawnBefore || (item.kind == TimelineItem::Kind::Event && item.event == chosen);
        CHECK_FALSE(item.holdsSelected);
    }
    CHECK_FALSE(drawnBefore);
    in.selected = chosen;
    const TimelineLayout layout = layoutTimeline(index, in);
    int drawnItself = 0, counted = 0;
    for (const TimelineItem& item : layout.items) {
        if (item.kind == TimelineItem::Kind::Event && item.event == chosen) {
            ++drawnItself;
            CHECK(item.lane == 1);
            CHECK(item.x == Approx((1970.5 - 1950) / 40 * 1000));  // on its date
        }
        counted += item.kind == TimelineItem::Kind::Cluster ? item.count : 1;
        CHECK_FALSE(item.holdsSelected);
    }
    CHECK(drawnItself == 1);
    CHECK(counted == 12);  // the others still all counted, once
    // No two placed markers overlap in a lane, the reserved one included.
    for (const TimelineItem& a : layout.items)
        for (const TimelineItem& b : layout.items)
            if (&a != &b && a.lane >= 0 && a.lane == b.lane) CHECK(std::fabs(a.x - b.x) >= in.markerWidth);

    // Dense: 3,000 events in two years get no lanes at all; the badge holding the selection is marked, only it.
    std::vector<Event> many;
    for (int i = 0; i < 3000; ++i) many.push_back(makeEvent("d" + std::to_string(i), {1980 + i / 1500, 1 + (i / 125) % 12, 1 + i % 28}, Precision::Day));
    Catalog dc = catalogOf(std::move(many));
    const TimelineIndex dense = buildTimelineIndex(dc);
    TimelineLayoutInput din = inputFor({1980, 1982});
    din.selected = dc.findEvent("d1234");
    int marked = 0;
    for (const TimelineItem& item : layoutTimeline(dense, din).items)
        if (item.holdsSelected) {
            ++marked;
            CHECK(item.firstYear <= dense.centre[static_cast<size_t>(din.selected)]);
            CHECK(item.lastYear >= dense.centre[static_cast<size_t>(din.selected)]);
        }
    CHECK(marked == 1);
    din.themeFilter = 1u << 1;  // a filter that hides every other event: the selection still counts, in its badge
    const TimelineLayout alone = layoutTimeline(dense, din);
    CHECK(alone.visibleEvents == 1);
    REQUIRE(alone.items.size() == 1);
    CHECK(alone.items[0].event == din.selected);
    in.themeFilter = ~0u;

    // Only theme 0 shown: the selected event (theme 1) stays on the timeline, as it stays in the reader.
    in.selected = chosen;
    in.themeFilter = 1u << 0 | 1u << 31;
    const TimelineLayout filtered = layoutTimeline(index, in);
    CHECK(filtered.visibleEvents == 12);
    in.selected = kNone;
    CHECK(layoutTimeline(index, in).visibleEvents == 11);
    CHECK(eventsAt(index, 1970, 1971, 1u << 0, 100).size() == 11);
    CHECK(eventsAt(index, 1970, 1971, 1u << 0, 100, chosen).size() == 12);
}

TEST_CASE("a tap on an event's label selects it", "[timeline-layout]") {
    Catalog c = catalogOf({makeEvent("a", {1950, 0, 0}, Precision::Year), makeEvent("b", {1970, 0, 0}, Precision::Year)});
    const std::vector<float> widths = {200, 200};
    TimelineLayoutInput in = inputFor({1945, 1985}, 1);
    in.labelWidths = &widths;
    const TimelineLayout layout = layoutTimeline(buildTimelineIndex(c), in);
    REQUIRE(layout.items.size() == 2);
    for (size_t i = 0; i < 2; ++i) {
        const TimelineItem& item = layout.items[i];
        REQUIRE(item.showLabel);
        CHECK(item.labelRight == Approx(item.x + in.markerWidth / 2 + 200));
        CHECK(hitTestTimeline(layout, item.x + 150, 0, in.markerWidth) == static_cast<int>(i));  // the middle of the words
        CHECK(hitTestTimeline(layout, item.labelRight + 5, 0, in.markerWidth) == -1);
        CHECK(hitTestTimeline(layout, item.x + 150, 1, in.markerWidth) == -1);  // another lane
    }
}

TEST_CASE("a label takes its whole width where its lane is free, and is cut only where the next marker comes", "[timeline-layout]") {
    // Three events a year apart on a 1000-pixel axis over 40 years (25 px a year), one lane: "a" has nothing to its
    // right for 20 years, "b" and "c" are close together.
    Catalog c = catalogOf({makeEvent("a", {1950, 0, 0}, Precision::Year), makeEvent("b", {1970, 0, 0}, Precision::Year),
                           makeEvent("c", {1976, 0, 0}, Precision::Year)});
    const std::vector<float> widths = {300, 400, 100};  // whole titles, wider than the old fixed cut (230)
    TimelineLayoutInput in = inputFor({1945, 1985}, 1);
    in.labelWidths = &widths;
    in.minLabelWidth = 80;
    const TimelineLayout layout = layoutTimeline(buildTimelineIndex(c), in);
    REQUIRE(layout.items.size() == 3);
    const auto item = [&](size_t i) { return layout.items[i]; };
    for (size_t i = 0; i < 3; ++i) {
        INFO("event " << i);
        CHECK(item(i).lane == 0);
        CHECK(item(i).showLabel);
    }
    // "a": its whole 300 pixels, no cut: the room is there (the next marker is 500 px away).
    CHECK(item(0).labelRight == Approx(item(0).x + in.markerWidth / 2 + 300));
    // "b": 400 pixels would run over "c" (150 px on): its label ends a gap before c's touch area, and it is still
    // at least the shortest label allowed.
    CHECK(item(1).labelRight == Approx(item(2).x - in.markerWidth / 2 - 2 * in.labelGap));
    CHECK(item(1).labelRight - (item(1).x + in.markerWidth / 2) >= in.minLabelWidth);
    // "c": whole again.
    CHECK(item(2).labelRight == Approx(item(2).x + in.markerWidth / 2 + 100));
    // The words answer taps up to where they end, and the next event's marker answers its own.
    CHECK(hitTestTimeline(layout, item(1).labelRight - 2, 0, in.markerWidth) == 1);
    CHECK(hitTestTimeline(layout, item(2).x, 0, in.markerWidth) == 2);
}

TEST_CASE("labels that may give way leave fewer events in clusters than labels that may not", "[timeline-layout]") {
    // Forty events over forty years in two lanes, with long titles: cut labels make room for more markers.
    std::vector<Event> events;
    for (int i = 0; i < 40; ++i) events.push_back(makeEvent("e" + std::to_string(i), {1950 + i, 6, 0}, Precision::Month));
    Catalog c = catalogOf(std::move(events));
    const std::vector<float> widths(c.events.size(), 260.0f);
    TimelineLayoutInput in = inputFor({1949, 1991}, 2);
    in.labelWidths = &widths;
    const TimelineIndex index = buildTimelineIndex(c);
    const TimelineLayout whole = layoutTimeline(index, in);
    in.minLabelWidth = 90;
    const TimelineLayout cut = layoutTimeline(index, in);
    CHECK(countedEvents(cut) == 40);
    CHECK(placedCount(cut) > placedCount(whole));
    // Every label keeps at least the shortest width, and no label runs into the next item of its lane.
    for (const TimelineItem& p : cut.items) {
        if (!p.showLabel) continue;
        CHECK(p.labelRight - (p.x + in.markerWidth / 2) >= in.minLabelWidth - 0.01f);
        CHECK(p.labelRight <= in.left + in.width);
        for (const TimelineItem& q : cut.items)
            if (&q != &p && q.lane == p.lane && q.x > p.x) CHECK(p.labelRight < q.x - in.markerWidth / 2);
    }
}

TEST_CASE("a label near the axis's end is cut there rather than dropped, down to its shortest width", "[timeline-layout]") {
    Catalog c = catalogOf({makeEvent("late", {1980, 0, 0}, Precision::Year)});
    const std::vector<float> widths = {400};
    TimelineLayoutInput in = inputFor({1945, 1985}, 1);  // the marker at 1980.5: 112 px before the end
    in.labelWidths = &widths;
    CHECK_FALSE(layoutTimeline(buildTimelineIndex(c), in).items.front().showLabel);  // never cut: no room, no label
    in.minLabelWidth = 60;
    const TimelineItem item = layoutTimeline(buildTimelineIndex(c), in).items.front();
    CHECK(item.showLabel);
    CHECK(item.labelRight == Approx(in.left + in.width));
}

TEST_CASE("a lane where the label before keeps its short title whole is chosen before one where it is cut", "[timeline-layout]") {
    // Two lanes, 25 px a year from 1945. "a" (1950) takes lane 0 and "b" (1951) lane 1, both with long titles;
    // "a"'s short title is long (300 px), "b"'s short (100 px). "c" (1959) fits after either only if that label
    // gives way: after "b" it keeps b's short title whole, after "a" it would cut a's.
    Catalog c = catalogOf({makeEvent("a", {1950, 0, 0}, Precision::Year), makeEvent("b", {1951, 0, 0}, Precision::Year),
                           makeEvent("c", {1959, 0, 0}, Precision::Year)});
    const std::vector<float> widths = {400, 400, 100}, shortWidths = {300, 100, 0};
    TimelineLayoutInput in = inputFor({1945, 1985}, 2);
    in.labelWidths = &widths;
    in.minLabelWidth = 80;
    const auto laneOf = [](const TimelineLayout& layout, Index event) {
        for (const TimelineItem& i : layout.items)
            if (i.kind == TimelineItem::Kind::Event && i.event == event) return i.lane;
        return -9;
    };
    SECTION("with short titles") {
        in.shortLabelWidths = &shortWidths;
        const TimelineLayout layout = layoutTimeline(buildTimelineIndex(c), in);
        REQUIRE(layout.items.size() == 3);
        CHECK(laneOf(layout, 0) == 0);
        CHECK(laneOf(layout, 1) == 1);
        CHECK(laneOf(layout, 2) == 1);
        for (const TimelineItem& i : layout.items) {
            if (i.event == 1) CHECK(i.labelRight - (i.x + in.markerWidth / 2) >= 100);  // b's short title, whole
            if (i.event == 0) CHECK(i.labelRight - (i.x + in.markerWidth / 2) == Approx(400));  // a keeps all of its title
        }
    }
    SECTION("without, the first lane where a label may give way, as before") {
        const TimelineLayout layout = layoutTimeline(buildTimelineIndex(c), in);
        CHECK(laneOf(layout, 2) == 0);
    }
}
