// event_filter_test.cpp: the one theme-filter rule, the filtered events at a place, and Earlier/Later under a filter.
#include <catch2/catch.hpp>

#include "model/event_filter.hpp"

using namespace kiosk::model;

namespace {

Catalog filterCatalog() {
    Catalog c;
    c.themes = {{"diplomacy", "Diplomacy", ""}, {"trade", "Trade", ""}};
    c.places = {{"moscow", "Moscow", "ru", 55.7, 37.6}};
    const auto event = [](std::string id, int year, std::vector<Index> themes) {
        Event e;
        e.id = std::move(id);
        e.date = {{year, 0, 0}, std::nullopt, Precision::Year};
        e.themes = std::move(themes);
        e.places = {0};
        return e;
    };
    c.events = {event("a", 1950, {0}), event("b", 1960, {1}), event("c", 1970, {0, 1}), event("d", 1980, {}), event("e", 1990, {1})};
    c.buildIndexes();
    return c;
}

}  // namespace

TEST_CASE("a filter shows events with one of its themes, themeless events, and always the selected event", "[filter]") {
    const Catalog c = filterCatalog();
    const uint32_t tradeOnly = 1u << 1 | 1u << 31;  // as the reducer builds it
    CHECK(themeMaskOf(c.events[0]) == 1u);
    CHECK(themeMaskOf(c.events[3]) == 1u << 31);
    CHECK_FALSE(filterShows(themeMaskOf(c.events[0]), tradeOnly, false));
    CHECK(filterShows(themeMaskOf(c.events[0]), tradeOnly, true));
    CHECK(filterShows(themeMaskOf(c.events[3]), tradeOnly, false));
    CHECK(eventsShownAt(c, 0, ~0u, kNone).size() == 5);
    CHECK(eventsShownAt(c, 0, tradeOnly, kNone) == std::vector<Index>{1, 2, 3, 4});
    CHECK(eventsShownAt(c, 0, tradeOnly, 0) == std::vector<Index>{0, 1, 2, 3, 4});
    CHECK(eventsShownAt(c, 7, ~0u, kNone).empty());
}

TEST_CASE("Earlier and Later step over the events a filter hides", "[filter]") {
    const Catalog c = filterCatalog();
    const uint32_t diplomacy = 1u << 0;
    CHECK(nextShown(c, kNone, +1, ~0u) == 0);
    CHECK(nextShown(c, 0, +1, diplomacy) == 2);  // b (trade) is skipped
    CHECK(nextShown(c, 2, +1, diplomacy) == kNone);
    CHECK(nextShown(c, 2, -1, diplomacy) == 0);
    CHECK(nextShown(c, 1, +1, diplomacy) == 2);  // from a hidden (selected) event too
    CHECK(nextShown(c, 0, -1, ~0u) == kNone);
    CHECK(nextShown(c, 4, +1, ~0u) == kNone);
}
