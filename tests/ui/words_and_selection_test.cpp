// words_and_selection_test.cpp: the words are targets (timeline labels, place names), the place list scrolls with
// Close in reach, and the selection stays in sight and marked, with one theme filter for every pane.
#include <catch2/catch.hpp>

#include "headless.hpp"
#include "model/timeline_layout.hpp"

using namespace kiosk;
using test::HeadlessKiosk;

namespace {

const std::vector<std::pair<float, float>> kSizes = {{1920.f, 1080.f}, {1080.f, 1920.f}, {3840.f, 2160.f}};

model::Index placeIndex(const std::string& id) {
    const auto& places = test::realCatalog().places;
    for (size_t p = 0; p < places.size(); ++p)
        if (places[p].id == id) return static_cast<model::Index>(p);
    return model::kNone;
}

const ui::TouchTarget* targetOf(const std::vector<ui::TouchTarget>& targets, const std::string& kind, const std::string& id = "") {
    for (const auto& t : targets)
        if (t.kind == kind && (id.empty() || t.id == id)) return &t;
    return nullptr;
}

const ui::ButtonRegistry::Entry* button(const HeadlessKiosk& k, const std::string& label) {
    for (const auto& e : k.registry().entries)
        if (e.label == label) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("a tap on an event's label, away from its marker, selects that event, and the label's target is touch-sized") {
    for (auto [w, h] : kSizes) {
        INFO(w << "x" << h);
        HeadlessKiosk k(w, h);
        k.state().timeline.range = {1960, 1980};
        k.frame();
        const ui::TouchTarget* label = targetOf(k.scratch().timelineTargets, "event-label");
        REQUIRE(label != nullptr);
        const ui::TouchTarget* marker = targetOf(k.scratch().timelineTargets, "event", label->id);
        REQUIRE(marker != nullptr);
        CHECK(label->h >= 48);
        CHECK(label->w >= 48);
        // Near the end of the words: far from the marker, which alone answered before.
        const float x = label->x + label->w / 2 - 6;
        REQUIRE(x - marker->x > 60);
        const auto actions = k.tap(x, label->y);
        const auto* select = test::find<app::SelectEvent>(actions);
        REQUIRE(select != nullptr);
        CHECK(test::realCatalog().events[static_cast<size_t>(select->event)].id == label->id);
    }
}

TEST_CASE("a tap on a place's name on the map opens it like its marker") {
    for (auto [w, h] : kSizes) {
        INFO(w << "x" << h);
        HeadlessKiosk k(w, h);
        const ui::TouchTarget* name = nullptr;
        for (const auto& t : k.scratch().mapTargets)
            if (t.kind == "place-label" && t.count > 1) name = &t;
        REQUIRE(name != nullptr);
        CHECK(name->h >= 48);
        const ui::TouchTarget* marker = targetOf(k.scratch().mapTargets, "place", name->id);
        REQUIRE(marker != nullptr);
        const float x = name->x + name->w / 2 - 4;  // the name's last letters
        REQUIRE(x - marker->x > 40);
        const auto actions = k.tap(x, name->y);
        const auto* chooser = test::find<app::OpenChooser>(actions);
        REQUIRE(chooser != nullptr);
        CHECK(chooser->title == test::realCatalog().places[static_cast<size_t>(placeIndex(name->id))].name);
    }
}

TEST_CASE("Moscow's 31 events: the list scrolls by drag and flick with a visible position, and Close is always in reach") {
    const model::Index moscow = placeIndex("moscow");
    REQUIRE(moscow >= 0);
    const auto& events = test::realCatalog().eventsAtPlace[static_cast<size_t>(moscow)];
    REQUIRE(events.size() > 20);
    for (auto [w, h] : kSizes) {
        INFO(w << "x" << h);
        HeadlessKiosk k(w, h);
        k.apply(app::OpenChooser{events, "Moscow"});
        k.frame();
        const auto* close = button(k, "Close");
        REQUIRE(close != nullptr);
        const ui::TouchTarget* bar = targetOf(k.scratch().mapTargets, "chooser-scroll");
        REQUIRE(bar != nullptr);  // more rows than fit: the position is shown
        const float barTop = bar->y;
        // The last event's row is not in view yet.
        const std::string last = std::string(model::describeSpan(test::realCatalog().events[static_cast<size_t>(events.back())].date));
        const auto lastRowVisible = [&] {
            for (const auto& e : k.registry().entries)
                if (e.label.rfind(last + "  \u00B7  ", 0) == 0) return true;
            return false;
        };
        CHECK_FALSE(lastRowVisible());
        // A drag upwards over the rows scrolls them (and selects nothing); the indicator moves down.
        const float x = close->x - close->w, y0 = close->y + close->h * 3.5f;
        const auto dragged = k.drag(x, y0, x, y0 - close->h * 2.5f, 12);
        CHECK_FALSE(test::contains<app::SelectEvent>(dragged));
        CHECK_FALSE(test::contains<app::SetMapView>(dragged));  // the map under the list stays still
        const float afterDrag = k.state().map.chooserScroll;
        CHECK(afterDrag > close->h * 2);
        k.frame();
        REQUIRE(targetOf(k.scratch().mapTargets, "chooser-scroll") != nullptr);
        CHECK(targetOf(k.scratch().mapTargets, "chooser-scroll")->y > barTop);
        REQUIRE(button(k, "Close") != nullptr);
        // A quick flick carries on after the finger lifts, up to the end of the list.
        k.drag(x, y0, x, y0 - close->h * 2, 3);
        const float atLift = k.state().map.chooserScroll;
        k.settle();
        CHECK(k.state().map.chooserScroll > atLift);
        for (int i = 0; i < 10; ++i) k.drag(x, y0, x, y0 - close->h * 2, 3);
        k.settle();
        CHECK(lastRowVisible());
        // Close is where it was, and closes the list.
        const auto* closeNow = button(k, "Close");
        REQUIRE(closeNow != nullptr);
        CHECK(closeNow->y == Approx(close->y));
        k.tap(closeNow->x, closeNow->y);
        CHECK(k.state().map.chooser.empty());
    }
}

TEST_CASE("a theme filter applies to the map as to the timeline, and never hides the selected event") {
    const auto& c = test::realCatalog();
    const model::Index moscow = placeIndex("moscow");
    // A theme that only some of Moscow's events have.
    model::Index theme = model::kNone;
    int withTheme = 0;
    for (size_t t = 0; t < c.themes.size() && theme < 0; ++t) {
        int n = 0;
        for (model::Index e : c.eventsAtPlace[static_cast<size_t>(moscow)])
            for (model::Index et : c.events[static_cast<size_t>(e)].themes) n += et == static_cast<model::Index>(t);
        if (n > 0 && n < static_cast<int>(c.eventsAtPlace[static_cast<size_t>(moscow)].size()) / 2) theme = static_cast<model::Index>(t), withTheme = n;
    }
    REQUIRE(theme >= 0);
    HeadlessKiosk k(1920, 1080);
    const auto moscowCount = [&]() -> int {
        for (const auto& t : k.scratch().mapTargets)
            if ((t.kind == "place" || t.kind == "place-cluster") && t.id == "moscow") return t.count;
        return -1;
    };
    CHECK(moscowCount() == static_cast<int>(c.eventsAtPlace[static_cast<size_t>(moscow)].size()));
    k.apply(app::ToggleTheme{theme});
    k.frame();
    CHECK(moscowCount() == withTheme);

    // Select one of Moscow's events without that theme: it stays on the timeline, on the map's count, and in the
    // reader, where the visitor is reading it.
    model::Index other = model::kNone;
    for (model::Index e : c.eventsAtPlace[static_cast<size_t>(moscow)]) {
        const auto& th = c.events[static_cast<size_t>(e)].themes;
        if (std::find(th.begin(), th.end(), theme) == th.end() && !th.empty()) other = e;
    }
    REQUIRE(other >= 0);
    k.apply(app::SelectEvent{other});
    k.settle();
    CHECK(k.state().selectedEvent == other);
    CHECK(moscowCount() == withTheme + 1);
    bool onTimeline = false;
    for (const auto& t : k.scratch().timelineTargets) onTimeline = onTimeline || (t.selected && (t.kind == "event" || t.kind == "cluster"));
    CHECK(onTimeline);
}

TEST_CASE("the selected event inside a cluster badge marks the badge") {
    HeadlessKiosk k(1080, 1920);  // portrait: the fewest lanes
    k.frame();
    const ui::TouchTarget* cluster = targetOf(k.scratch().timelineTargets, "cluster");
    REQUIRE(cluster != nullptr);
    CHECK_FALSE(cluster->selected);
    // Select an event that sits in no lane at the whole range: its badge must say so. A selection from elsewhere
    // (the map, search) with the event in view leaves the range as it is.
    const auto& c = test::realCatalog();
    model::Index hidden = model::kNone;
    for (size_t i = 0; i < c.events.size() && hidden < 0; ++i) {
        bool drawn = false;
        for (const auto& t : k.scratch().timelineTargets) drawn = drawn || (t.kind == "event" && t.id == c.events[i].id);
        if (!drawn) hidden = static_cast<model::Index>(i);
    }
    REQUIRE(hidden >= 0);
    const model::TimelineRange before = k.state().timeline.range;
    k.apply(app::SelectEvent{hidden});
    k.settle();
    CHECK(k.state().timeline.range.from == Approx(before.from));
    int marked = 0;
    bool drawnItself = false;
    for (const auto& t : k.scratch().timelineTargets) {
        if (t.kind == "cluster" && t.selected) ++marked;
        if (t.kind == "event" && t.selected) drawnItself = true;
    }
    CHECK(marked + (drawnItself ? 1 : 0) == 1);
}
