// frame_policy_test.cpp: which actions act in a frame, the tour's step, and typing into the search.
#include <catch2/catch.hpp>

#include "app/frame_policy.hpp"
#include "../ui/headless.hpp"

using namespace kiosk;
using namespace kiosk::app;

TEST_CASE("staff actions go to the app, visitor actions to the reducer, and nothing acts while staff screens are open or a touch only woke", "[frame-policy]") {
    CHECK(routeAction(AdminKey{'1'}, {}) == ActionRoute::Staff);
    CHECK(routeAction(AdminKey{'1'}, {true, true, Mode::Attract}) == ActionRoute::Staff);  // the keypad works over everything
    CHECK(routeAction(OpenAbout{}, {}) == ActionRoute::Reduce);
    CHECK(routeAction(OpenAbout{}, {true, false, Mode::Active}) == ActionRoute::Dropped);
    CHECK(routeAction(OpenAbout{}, {false, true, Mode::Active}) == ActionRoute::Dropped);
    CHECK(routeAction(OpenAbout{}, {false, false, Mode::Attract}) == ActionRoute::Dropped);
    CHECK(routeAction(KeepExploring{}, {}) == ActionRoute::Dropped);
}

TEST_CASE("applyFrameActions reduces in order, hands staff actions on and keeps the reader's place on a text-size change", "[frame-policy]") {
    const model::Catalog& c = test::realCatalog();
    ViewState s = homeState(c);
    const ReduceContext rc{c, {0, 0, 800, 600}, {}};
    int staff = 0, visitor = 0;
    s.reader.scroll = 300;
    const Actions actions{SelectEvent{3}, AdminKey{'5'}, SetTextSize{2}, KeepExploring{}};
    CHECK(applyFrameActions(s, actions, rc, {}, 1200, [&](const Action&) { ++staff; }, [&](const Action&) { ++visitor; }));
    CHECK(staff == 1);
    CHECK(visitor == 2);
    CHECK(s.selectedEvent == 3);
    CHECK(s.reader.textSize == 2);
    // Gated: a touch that only woke the kiosk selects nothing.
    ViewState woken = homeState(c);
    applyFrameActions(woken, {SelectEvent{5}}, rc, {false, true, Mode::Active}, 0, nullptr, nullptr);
    CHECK(woken.selectedEvent == model::kNone);
}

TEST_CASE("the tour selects its stop only while it runs and only when it changes", "[frame-policy]") {
    ViewState s;
    s.mode = Mode::Attract;
    CHECK(tourSelection(s, true, 4) == std::optional<model::Index>(4));
    s.selectedEvent = 4;
    CHECK_FALSE(tourSelection(s, true, 4));
    s.mode = Mode::Active;
    CHECK_FALSE(tourSelection(s, true, 7));
    s.mode = Mode::Attract;
    CHECK_FALSE(tourSelection(s, false, 7));
}

TEST_CASE("typed keys become the query: control characters ignored, backspace deletes, 60 bytes at most", "[frame-policy]") {
    CHECK_FALSE(typedQuery("abc", {}, 0));
    CHECK(*typedQuery("tash", {U'k', U'e', U'\n', U'n', U't'}, 0) == "tashkent");
    CHECK(*typedQuery("tashkent", {}, 1) == "tashken");
    CHECK(*typedQuery("", {U'\u0411'}, 0) == "\xD0\x91");  // Cyrillic Be: two bytes of UTF-8
    const std::string long59(59, 'a');
    CHECK(typedQuery(long59, {U'b', U'c'}, 0)->size() == 60);
}
