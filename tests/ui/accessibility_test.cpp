// accessibility_test.cpp: read aloud appears only where sound can play; options switch and survive "start over"
// but not the next visitor; the reduced-motion setting turns movement into a cross-fade.
#include <catch2/catch.hpp>

#include "headless.hpp"
#include "model/read_aloud.hpp"
#include "model/text_utils.hpp"

using namespace kiosk;
using test::HeadlessKiosk;

TEST_CASE("read aloud is offered only when there is an audio output") {
    HeadlessKiosk k(1920, 1080);
    k.apply(app::SelectEvent{3});
    k.frame();
    CHECK_FALSE(k.hasButton("Read aloud"));
    k.setSpeechAvailable(true);
    k.frame();
    CHECK(k.hasButton("Read aloud"));
    k.apply(app::ReadAloud{true});
    k.frame();
    CHECK(k.hasButton("Stop reading"));
    k.apply(app::SelectEvent{4});  // another event stops the reading
    CHECK_FALSE(k.state().readingAloud);
}

TEST_CASE("the spoken text is the label and its sources, in reading order") {
    const auto& c = test::realCatalog();
    const std::string text = model::readAloudText(c, 0);
    const auto& e = c.events[0];
    REQUIRE_FALSE(text.empty());
    CHECK(text.rfind(e.title, 0) == 0);
    CHECK(text.find(e.summary) != std::string::npos);
    CHECK(text.find(e.excerpts[0].text) != std::string::npos);
    CHECK(text.find(e.summary) < text.find(e.excerpts[0].text));
    CHECK(model::readAloudText(c, -1).empty());
}

TEST_CASE("the spoken text says the in-short line after the date and before the summary") {
    const auto& c = test::realCatalog();
    for (model::Index i = 0; i < static_cast<model::Index>(c.events.size()); ++i) {
        const auto& e = c.events[static_cast<size_t>(i)];
        INFO("event " << e.id);
        REQUIRE_FALSE(e.inShort.empty());
        const std::string text = model::readAloudText(c, i);
        const size_t line = text.find(e.inShort);
        REQUIRE(line != std::string::npos);
        CHECK(line > text.find(model::describeSpan(e.date)));
        CHECK(line < text.find(e.summary));
    }
}

TEST_CASE("the reading length of an event counts its in-short line, its summary and its excerpts") {
    model::Event e;
    e.inShort = "One two three four five.";
    e.summary = "Six seven eight.";
    e.excerpts.push_back({0, "nine ten", 0});
    CHECK(model::eventReadingWords(e) == 10);
    e.inShort.clear();
    CHECK(model::eventReadingWords(e) == 5);
    // On the real content every event's in-short line adds its own words to the time its page is given.
    const auto& c = test::realCatalog();
    for (const auto& real : c.events) {
        model::Event without = real;
        without.inShort.clear();
        CHECK(model::eventReadingWords(real) == model::eventReadingWords(without) + model::countWords(real.inShort));
        CHECK(model::countWords(real.inShort) > 0);
    }
}

TEST_CASE("visitor options switch from the panel and are kept through start over") {
    HeadlessKiosk k(1920, 1080);
    k.apply(app::ToggleDisplayOptions{});
    k.frame();
    CHECK(k.hasButton("Large"));
    CHECK(k.hasButton("High contrast: off"));
    k.apply(app::SetHighContrast{true});
    k.apply(app::SetTextSize{2, 0});
    k.frame();
    CHECK(k.hasButton("High contrast: on"));
    k.apply(app::StartOver{});
    CHECK(k.state().highContrast);
    CHECK(k.state().reader.textSize == 2);
}

TEST_CASE("reduced motion replaces the fly-to and the glide with a cross-fade") {
    HeadlessKiosk k(1920, 1080);
    k.state().reducedMotion = true;
    const auto before = k.state().map.view;
    k.apply(app::SelectEvent{20});
    CHECK_FALSE(k.state().map.flyTo.has_value());
    CHECK_FALSE(k.state().timeline.target.has_value());
    CHECK(k.state().fade > 0);
    CHECK((k.state().map.view.centreLon != before.centreLon || k.state().map.view.zoom != before.zoom));
    for (int i = 0; i < 60; ++i) k.frame();
    CHECK(k.state().fade == 0);
}
