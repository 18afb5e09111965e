// reducer_test.cpp: selection linking and every state transition, without a window.
#include <catch2/catch.hpp>

#include "app/reducer.hpp"
#include "content/content_loader.hpp"

using namespace kiosk;

namespace {
const model::Catalog& realCatalog() {
    static const model::Catalog catalog = [] {
        auto loaded = content::loadContent(KIOSK_DATA_DIR);
        REQUIRE(loaded.ok());
        return std::move(loaded.catalog);
    }();
    return catalog;
}
app::ReduceContext context() { return {realCatalog(), {0, 0, 1200, 600}, {}}; }
void settle(app::ViewState& s) {
    for (int i = 0; i < 600 && app::advanceAnimations(s, 1.0 / 60, context()); ++i) {
    }
}
}  // namespace

TEST_CASE("selecting an event links the reader, the timeline and the map") {
    const auto& c = realCatalog();
    app::ViewState s = app::homeState(c);
    // Pick an event with a place, from the middle of the range.
    model::Index chosen = model::kNone;
    for (size_t i = c.events.size() / 2; i < c.events.size(); ++i)
        if (!c.events[i].places.empty()) { chosen = static_cast<model::Index>(i); break; }
    REQUIRE(chosen != model::kNone);
    const model::Event& e = c.events[static_cast<size_t>(chosen)];
    REQUIRE(app::reduce(s, app::SelectEvent{chosen}, context()));
    CHECK(s.selectedEvent == chosen);
    CHECK(s.reader.page == app::ReaderPage::Event);
    REQUIRE(s.timeline.target.has_value());
    REQUIRE(s.map.flyTo.has_value());
    settle(s);
    CHECK_FALSE(s.timeline.target.has_value());
    CHECK_FALSE(s.map.flyTo.has_value());
    const auto interval = model::spanInterval(e.date);
    CHECK(s.timeline.range.from <= interval.from);
    CHECK(s.timeline.range.to >= interval.to);
    // Every place of the event is inside the map's viewport.
    for (model::Index p : e.places) {
        const auto& place = c.places[static_cast<size_t>(p)];
        const auto at = model::project({place.lon, place.lat}, s.map.view, context().mapViewport);
        CHECK(at.x >= 0);
        CHECK(at.x <= 1200);
        CHECK(at.y >= 0);
        CHECK(at.y <= 600);
    }
}

TEST_CASE("selecting an event in view leaves the timeline still, and one out of view is brought to the middle at the same zoom") {
    const auto& c = realCatalog();
    app::ViewState s = app::homeState(c);
    s.timeline.range = {1960, 1980};
    const auto markerOf = [&](model::Index i) {
        const model::Event& e = c.events[static_cast<size_t>(i)];
        return e.date.end ? model::toYears(e.date.start) : model::uncertaintyInterval(e.date.start, e.date.precision).mid();
    };
    model::Index inView = model::kNone, outOfView = model::kNone;
    for (size_t i = 0; i < c.events.size(); ++i) {
        const double at = markerOf(static_cast<model::Index>(i));
        if (inView < 0 && at > 1965 && at < 1975) inView = static_cast<model::Index>(i);
        if (outOfView < 0 && at > 1990 && at < 2005 && !c.events[i].date.end) outOfView = static_cast<model::Index>(i);
    }
    REQUIRE(inView >= 0);
    REQUIRE(outOfView >= 0);
    // A second tap a moment later must land where the visitor aimed: the timeline does not move under it.
    REQUIRE(app::reduce(s, app::SelectEvent{inView}, context()));
    settle(s);
    CHECK(s.timeline.range.from == Approx(1960));
    CHECK(s.timeline.range.to == Approx(1980));
    REQUIRE(app::reduce(s, app::SelectEvent{outOfView}, context()));
    settle(s);
    CHECK(s.timeline.range.span() == Approx(20).epsilon(0.01));
    CHECK(s.timeline.range.centre() == Approx(markerOf(outOfView)).margin(0.6));  // clamped at the exhibit's end at most
    CHECK(markerOf(outOfView) >= s.timeline.range.from);
    CHECK(markerOf(outOfView) <= s.timeline.range.to);
}

TEST_CASE("invalid selections and articles change nothing") {
    app::ViewState s = app::homeState(realCatalog());
    CHECK_FALSE(app::reduce(s, app::SelectEvent{-5}, context()));
    CHECK_FALSE(app::reduce(s, app::SelectEvent{1 << 30}, context()));
    CHECK(s.selectedEvent == model::kNone);
    CHECK_FALSE(app::reduce(s, app::OpenArticle{99, 0, 10}, context()));
    CHECK(s.reader.page == app::ReaderPage::Event);
}

TEST_CASE("opening an article clamps the highlight to the body and asks to scroll to it") {
    const auto& c = realCatalog();
    app::ViewState s = app::homeState(c);
    const auto& body = c.articles[0].body;
    REQUIRE(app::reduce(s, app::OpenArticle{0, static_cast<uint32_t>(body.size() - 5), 1000}, context()));
    CHECK(s.reader.page == app::ReaderPage::Article);
    CHECK(s.reader.highlightOffset + s.reader.highlightLength <= body.size());
    CHECK(s.reader.scrollToHighlight);
    app::reduce(s, app::SetReaderScroll{120}, context());
    CHECK_FALSE(s.reader.scrollToHighlight);
    app::reduce(s, app::BackToEvent{}, context());
    CHECK(s.reader.page == app::ReaderPage::Event);
    CHECK(s.reader.scroll == 0);
}

TEST_CASE("theme filters: the first tap shows only that theme, and an empty filter shows all again") {
    const auto& c = realCatalog();
    app::ViewState s = app::homeState(c);
    REQUIRE(c.themes.size() >= 2);
    app::reduce(s, app::ToggleTheme{1}, context());
    CHECK((s.timeline.themeFilter >> 1 & 1u) == 1u);
    CHECK((s.timeline.themeFilter & 1u) == 0u);
    app::reduce(s, app::ToggleTheme{0}, context());
    CHECK((s.timeline.themeFilter & 3u) == 3u);
    app::reduce(s, app::ToggleTheme{0}, context());
    app::reduce(s, app::ToggleTheme{1}, context());
    CHECK(s.timeline.themeFilter == ~0u);
    CHECK_FALSE(app::reduce(s, app::ToggleTheme{40}, context()));
}

TEST_CASE("non-finite input from an input storm never reaches the state") {
    app::ViewState s = app::homeState(realCatalog());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    app::reduce(s, app::SetMapView{{nan, 10, 1}}, context());
    CHECK(std::isfinite(s.map.view.centreLon));
    app::reduce(s, app::SetTimelineRange{{nan, 2000}}, context());
    CHECK(std::isfinite(s.timeline.range.from));
    CHECK(std::isfinite(s.timeline.range.to));
    app::reduce(s, app::SetReaderScroll{static_cast<float>(nan)}, context());
    CHECK(s.reader.scroll == 0);
    app::reduce(s, app::SetMapVelocity{static_cast<float>(nan), 1e30f}, context());
    for (int i = 0; i < 100; ++i) app::advanceAnimations(s, 1.0 / 60, context());
    CHECK(std::isfinite(s.map.view.centreLat));
    app::reduce(s, app::SetSearchQuery{std::string(100000, 'x')}, context());
    CHECK(s.search.query.size() <= 200);
}

TEST_CASE("inertia decays to a stop") {
    app::ViewState s = app::homeState(realCatalog());
    app::reduce(s, app::SetTimelineRange{{1960, 1970}}, context());
    app::reduce(s, app::SetTimelineVelocity{5}, context());
    int frames = 0;
    while (app::advanceAnimations(s, 1.0 / 60, context()) && frames < 2000) ++frames;
    CHECK(frames < 600);
    CHECK(s.timeline.range.from > 1960);
}

TEST_CASE("a text-size change keeps the reader's place as a fraction of the text") {
    app::ViewState s = app::homeState(realCatalog());
    s.reader.scroll = 300;
    REQUIRE(app::reduce(s, app::SetTextSize{2, 0.25f}, context()));
    CHECK(s.reader.textSize == 2);
    CHECK(s.reader.keepScrollFraction == Approx(0.25f));
    app::reduce(s, app::SetReaderScroll{500}, context());
    CHECK(s.reader.keepScrollFraction < 0);
    CHECK_FALSE(app::reduce(s, app::SetTextSize{2, 0.1f}, context()));  // no change, nothing to keep
}

TEST_CASE("search queries are cut at 200 bytes on a character boundary and re-run only when they change") {
    app::ViewState s = app::homeState(realCatalog());
    const int generation = s.search.generation;
    std::string long_;
    for (int i = 0; i < 150; ++i) long_ += "\xC3\xBC";  // 300 bytes of ü
    REQUIRE(app::reduce(s, app::SetSearchQuery{long_}, context()));
    CHECK(s.search.query.size() == 200);
    CHECK(s.search.generation == generation + 1);
    CHECK(s.reader.page == app::ReaderPage::Search);
    CHECK_FALSE(app::reduce(s, app::SetSearchQuery{long_}, context()));
    CHECK(s.search.generation == generation + 1);
}

TEST_CASE("start over returns everything home but keeps the visitor's text size") {
    app::ViewState s = app::homeState(realCatalog());
    app::reduce(s, app::SelectEvent{3}, context());
    app::reduce(s, app::ToggleTheme{0}, context());
    app::reduce(s, app::SetTextSize{2, 0}, context());
    app::reduce(s, app::OpenSearch{}, context());
    app::reduce(s, app::SetSearchQuery{"gas"}, context());
    app::reduce(s, app::StartOver{}, context());
    CHECK(s.selectedEvent == model::kNone);
    CHECK(s.timeline.themeFilter == ~0u);
    CHECK(s.search.query.empty());
    CHECK_FALSE(s.search.keyboardOpen);
    CHECK(s.reader.page == app::ReaderPage::Event);
    CHECK(s.reader.textSize == 2);
    settle(s);
    CHECK(s.map.view.zoom == Approx(model::homeView().zoom));
}

TEST_CASE("an article opened from search results goes back to the results, where they were") {
    const auto& c = realCatalog();
    app::ViewState s = app::homeState(c);
    app::reduce(s, app::OpenSearch{}, context());
    app::reduce(s, app::SetSearchQuery{"tashkent"}, context());
    app::reduce(s, app::SetReaderScroll{120}, context());
    app::reduce(s, app::OpenArticle{0, 0, 0}, context());
    app::reduce(s, app::CloseSearch{}, context());
    CHECK(s.reader.page == app::ReaderPage::Article);
    CHECK(s.reader.articleFromSearch);
    app::reduce(s, app::BackToResults{}, context());
    CHECK(s.reader.page == app::ReaderPage::Search);
    CHECK(s.reader.scroll == 120);
    CHECK(s.search.query == "tashkent");
    CHECK_FALSE(s.reader.articleFromSearch);
    // From an event's excerpt, the article goes back to the event.
    app::reduce(s, app::SelectEvent{0}, context());
    app::reduce(s, app::OpenArticle{0, 0, 0}, context());
    CHECK_FALSE(s.reader.articleFromSearch);
}

TEST_CASE("a query with a typo carries the nearest word as a suggestion") {
    model::Catalog c = realCatalog();
    c.vocabulary.words = {{"bhutto", 10}, {"tashkent", 5}};
    const app::ReduceContext ctx{c, {0, 0, 1200, 600}, {}};
    app::ViewState s = app::homeState(c);
    app::reduce(s, app::SetSearchQuery{"bhuto"}, ctx);
    CHECK(s.search.suggestion == "bhutto");
    app::reduce(s, app::SetSearchQuery{s.search.suggestion}, ctx);
    CHECK(s.search.suggestion.empty());
    CHECK(s.search.query == "bhutto");
}

TEST_CASE("the visitor's language stays through Start over and goes back to the staff's default with the next visitor") {
    const auto& c = realCatalog();
    app::ViewState s = app::homeState(c);
    CHECK(s.language == "en");
    CHECK(app::reduce(s, app::SetLanguage{"ur"}, context()));
    CHECK(s.language == "ur");
    // A code the program does not know changes nothing (a script or a stale config cannot blank the interface).
    CHECK_FALSE(app::reduce(s, app::SetLanguage{"xx"}, context()));
    CHECK(s.language == "ur");
    app::reduce(s, app::StartOver{}, context());
    CHECK(s.language == "ur");
    app::reduce(s, app::ResetVisitor{1, false, app::Mode::Active, "ru"}, context());
    CHECK(s.language == "ru");
    app::reduce(s, app::ResetVisitor{1, false, app::Mode::Active, "xx"}, context());
    CHECK(s.language == "en");
}
