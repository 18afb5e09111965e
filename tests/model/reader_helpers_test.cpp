// reader_helpers_test.cpp: related events, the on-screen keyboard's editing, and finding a match in an article.
#include <catch2/catch.hpp>

#include "model/on_screen_keyboard.hpp"
#include "model/map_labels.hpp"
#include "model/related_events.hpp"
#include "model/timeline_layout.hpp"

using namespace kiosk::model;

namespace {
Catalog smallCatalog() {
    Catalog c;
    c.themes = {{"t0", "T0", "", "T0"}, {"t1", "T1", "", "T1"}};
    c.places = {{"p0", "P0", "", 0, 0}, {"p1", "P1", "", 1, 1}};
    c.people = {{"ayub", "Ayub Khan", ""}, {"bhutto", "Bhutto", ""}};
    auto event = [](std::string id, int year, std::vector<Index> themes, std::vector<Index> places, std::vector<Index> people) {
        Event e;
        e.id = std::move(id);
        e.date = {{year, 0, 0}, std::nullopt, Precision::Year};
        e.themes = std::move(themes);
        e.places = std::move(places);
        e.people = std::move(people);
        return e;
    };
    c.events = {event("a", 1960, {0}, {0}, {0}), event("b", 1965, {0}, {1}, {0}), event("c", 1961, {0}, {}, {}),
                event("d", 1990, {1}, {1}, {1}), event("e", 1962, {}, {}, {})};
    c.buildIndexes();
    return c;
}
}  // namespace

TEST_CASE("related events rank shared people over places over themes, then nearness in time") {
    const Catalog c = smallCatalog();
    const Index a = c.findEvent("a");
    const auto related = relatedEvents(c, a, 5);
    REQUIRE(related.size() == 2);  // "d" and "e" share nothing with "a"
    CHECK(c.events[static_cast<size_t>(related[0])].id == "b");  // same person and theme
    CHECK(c.events[static_cast<size_t>(related[1])].id == "c");  // theme only
    CHECK(relatedEvents(c, -1).empty());
    CHECK(relatedEvents(c, 99).empty());
    CHECK(relatedEvents(c, a, 1).size() == 1);
}

TEST_CASE("the keyboard types lower case, deletes whole characters, and never doubles spaces") {
    const auto& rows = keyboardRows();
    REQUIRE(rows.size() == 5);
    KeyboardKey t{KeyboardKey::Kind::Character, "T", "t", 1};
    KeyboardKey space{KeyboardKey::Kind::Space, "Space", " ", 5};
    KeyboardKey del{KeyboardKey::Kind::Delete, "Delete", "", 1};
    KeyboardKey clear{KeyboardKey::Kind::Clear, "Clear", "", 2};
    CHECK(applyKey("", t) == "t");
    CHECK(applyKey("", space).empty());
    CHECK(applyKey("ab ", space) == "ab ");
    CHECK(applyKey("k\xC4\x81", del) == "k");  // ā is two bytes, deleted at once
    CHECK(applyKey("", del).empty());
    CHECK(applyKey("tashkent", clear).empty());
    CHECK(applyKey(std::string(60, 'x'), t).size() == 60);
}

TEST_CASE("findWord finds the first case-insensitive match at a word start") {
    CHECK(findWord("The Tashkent Declaration", "tashkent") == 4);
    CHECK(findWord("unTASHKENTed Tashkent", "tashkent") == 13);
    CHECK(findWord("nothing here", "tashkent") == std::string::npos);
    CHECK(findWord("", "x") == std::string::npos);
    CHECK(findWord("abc", "") == std::string::npos);
}

TEST_CASE("eventsAt lists the events at one timeline position, filtered and capped") {
    const Catalog c = smallCatalog();
    const TimelineIndex index = buildTimelineIndex(c);
    const double centre1960 = index.centre[static_cast<size_t>(c.findEvent("a"))];
    const auto at = eventsAt(index, centre1960, centre1960, ~0u, 10);
    REQUIRE(at.size() == 1);
    CHECK(c.events[static_cast<size_t>(at[0])].id == "a");
    CHECK(eventsAt(index, 1900, 2100, ~0u, 3).size() == 3);
    CHECK(eventsAt(index, 1900, 2100, 1u << 1, 10).size() == 1);  // only "d" has theme 1
}

TEST_CASE("shapeContains: inside the outer ring, outside a hole, and outside the box") {
    CountryShape k;
    // Outer square 0..10, hole 4..6.
    k.lonLat = {0, 0, 10, 0, 10, 10, 0, 10, 4, 4, 6, 4, 6, 6, 4, 6};
    k.ringStarts = {0, 4};
    k.minLon = 0; k.minLat = 0; k.maxLon = 10; k.maxLat = 10;
    CHECK(shapeContains(k, 2, 2));
    CHECK_FALSE(shapeContains(k, 5, 5));
    CHECK_FALSE(shapeContains(k, 12, 5));
    CHECK_FALSE(shapeContains(k, -1, -1));
}
