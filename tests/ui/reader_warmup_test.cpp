// reader_warmup_test: in Urdu the reader's Nastaliq is shaped between frames, ahead of the visitor, so the frame
// that opens an event finds its summary and its quotations' translations already laid out.
#include <catch2/catch.hpp>

#include "headless.hpp"
#include "model/translation.hpp"
#include "ui/text_engine.hpp"

using namespace kiosk;

TEST_CASE("in Urdu, opening an event shapes neither its summary nor its translations once the pages were shaped ahead", "[ui][text]") {
    static const model::Catalog urdu = [] {
        model::Catalog c = test::realCatalog();
        model::showLanguage(c, "ur", model::currentFields(c));
        return c;
    }();
    // An event with translated quotations, in the middle of the exhibit (not next to the first one shown).
    model::Index chosen = model::kNone;
    size_t translations = 0;
    for (size_t i = urdu.events.size() / 2; i < urdu.events.size() && chosen == model::kNone; ++i) {
        size_t n = 0;
        for (const model::Quote& q : urdu.events[i].excerpts) n += ui::TextEngine::needsShaping(q.translation);
        if (n > 0 && ui::TextEngine::needsShaping(urdu.events[i].summary)) chosen = static_cast<model::Index>(i), translations = n;
    }
    REQUIRE(chosen != model::kNone);
    INFO(urdu.events[static_cast<size_t>(chosen)].id);

    // The layouts the frame that opens the event computes, with or without the pages shaped ahead.
    const auto shapedWhenOpened = [&](bool ahead) {
        test::HeadlessKiosk kiosk(1920, 1080);
        kiosk.useCatalog(urdu);
        kiosk.state().language = "ur";
        ui::TextEngine engine(KIOSK_FONTS_DIR);
        engine.registerFonts(kiosk.fonts().files);
        ui::setCurrentTextEngine(&engine);
        kiosk.frame();  // the welcome page: the reader plans its pages
        CHECK(engine.warming());
        if (ahead)
            while (engine.warming()) engine.warmSome(1.0);
        const uint64_t before = engine.shapedCount();
        kiosk.apply(app::SelectEvent{chosen});
        kiosk.frame();
        const uint64_t shaped = engine.shapedCount() - before;
        ui::setCurrentTextEngine(nullptr);
        return shaped;
    };
    const uint64_t cold = shapedWhenOpened(false), warm = shapedWhenOpened(true);
    // Exactly the summary and each translation: the widths and line gaps planned are the ones the page draws with.
    CHECK(cold - warm == 1 + translations);
}

TEST_CASE("in English nothing is planned: its text takes ImGui's own path and needs no shaping", "[ui][text]") {
    test::HeadlessKiosk kiosk(1920, 1080);
    ui::TextEngine engine(KIOSK_FONTS_DIR);
    engine.registerFonts(kiosk.fonts().files);
    ui::setCurrentTextEngine(&engine);
    kiosk.frame();
    CHECK_FALSE(engine.warming());
    ui::setCurrentTextEngine(nullptr);
}
