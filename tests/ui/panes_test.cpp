// panes_test.cpp: the panes, drawn headless, turn real taps and drags into the right actions.
#include <catch2/catch.hpp>

#include "headless.hpp"

using namespace kiosk;
using test::HeadlessKiosk;

TEST_CASE("a tap on a timeline event selects it, and the map highlights its places") {
    for (auto [w, h] : {std::pair{1920.f, 1080.f}, std::pair{1080.f, 1920.f}, std::pair{1280.f, 800.f}}) {
        INFO(w << "x" << h);
        HeadlessKiosk k(w, h);
        const auto& targets = k.scratch().timelineTargets;
        auto it = std::find_if(targets.begin(), targets.end(), [](const ui::TouchTarget& t) { return t.kind == "event"; });
        REQUIRE(it != targets.end());
        const std::string id = it->id;
        const auto actions = k.tap(it->x, it->y);
        const auto* select = test::find<app::SelectEvent>(actions);
        REQUIRE(select != nullptr);
        CHECK(test::realCatalog().events[static_cast<size_t>(select->event)].id == id);
        k.settle();
        const auto& event = test::realCatalog().events[static_cast<size_t>(k.state().selectedEvent)];
        CHECK(event.id == id);
        if (!event.places.empty()) {
            const std::string& place = test::realCatalog().places[static_cast<size_t>(event.places[0])].id;
            bool onMap = false;
            for (const auto& t : k.scratch().mapTargets) onMap = onMap || t.id == place;
            CHECK(onMap);
        }
    }
}

TEST_CASE("a drag on the timeline pans it and never selects") {
    HeadlessKiosk k(1920, 1080);
    k.state().timeline.range = {1960, 1980};
    k.frame();
    const auto& r = k.layout().timeline;
    const float y = r.bottom() - 60;
    const auto actions = k.drag(r.x + r.w * 0.6f, y, r.x + r.w * 0.3f, y);
    CHECK(test::contains<app::SetTimelineRange>(actions));
    CHECK_FALSE(test::contains<app::SelectEvent>(actions));
    CHECK(k.state().timeline.range.from > 1960);
}

TEST_CASE("a drag on the map pans it, and a tap on a lone place selects its event") {
    HeadlessKiosk k(1920, 1080);
    const auto before = k.state().map.view;
    const auto& r = k.layout().map;
    const auto actions = k.drag(r.x + r.w * 0.5f, r.y + r.h * 0.6f, r.x + r.w * 0.3f, r.y + r.h * 0.5f);
    CHECK(test::contains<app::SetMapView>(actions));
    CHECK(k.state().map.view.centreLon > before.centreLon);
    k.settle();
    for (const auto& t : k.scratch().mapTargets) {
        if (t.kind != "place" || t.count != 1) continue;
        const auto tap = k.tap(t.x, t.y);
        CHECK(test::contains<app::SelectEvent>(tap));
        return;
    }
    FAIL("no single-event place on the map");
}

TEST_CASE("a button fires on release, and not when the finger slides off it") {
    HeadlessKiosk k(1920, 1080);
    // The header's About button: find it by tapping where it is drawn (right end of the header).
    const auto& h = k.layout().header;
    float aboutX = -1;
    for (float x = h.right() - 20; x > h.right() - 400 && aboutX < 0; x -= 10)
        if (test::contains<app::OpenAbout>(k.tap(x, h.h / 2))) aboutX = x;
    REQUIRE(aboutX > 0);
    CHECK(k.state().aboutOpen);
    k.tap(aboutX, h.h / 2);  // closes again
    CHECK_FALSE(k.state().aboutOpen);
    // Press on it, slide far away, release: nothing.
    const auto slid = k.drag(aboutX, h.h / 2, aboutX - 300, h.h / 2 + 300);
    CHECK_FALSE(test::contains<app::OpenAbout>(slid));
    CHECK_FALSE(k.state().aboutOpen);
}

TEST_CASE("the reader offers earlier and later events, and opens the article at the excerpt") {
    HeadlessKiosk k(1920, 1080);
    const auto& r = k.layout().reader;
    // "Begin in 1947" at the bottom right of the reader selects the first event.
    const auto begin = k.tap(r.right() - r.w * 0.25f, r.bottom() - 40);
    REQUIRE(test::contains<app::SelectEvent>(begin));
    CHECK(k.state().selectedEvent == 0);
    const auto later = k.tap(r.right() - r.w * 0.25f, r.bottom() - 40);
    CHECK(k.state().selectedEvent == 1);
    // The in-short band and the summary come first: drag the page up (slowly, no flick) to bring the sources in.
    k.drag(r.x + r.w * 0.5f, r.y + r.h * 0.75f, r.x + r.w * 0.5f, r.y + r.h * 0.35f, 40);
    k.settle();
    CHECK(k.state().reader.scroll > 0);
    // Scan the reader for the "Read the full article" button.
    bool opened = false;
    for (float y = r.y + 100; y < r.bottom() - 120 && !opened; y += 12)
        for (float x = r.x + 60; x < r.x + 300 && !opened; x += 60)
            opened = test::contains<app::OpenArticle>(k.tap(x, y));
    REQUIRE(opened);
    k.settle();
    CHECK(k.state().reader.page == app::ReaderPage::Article);
    CHECK(k.state().reader.highlightLength > 0);
    (void)later;
}

TEST_CASE("a whole frame stays well under the vertex budget") {
    HeadlessKiosk k(1920, 1080);
    k.frame();
    CHECK(k.lastVertices() > 1000);
    CHECK(k.lastVertices() < 50000);
}
