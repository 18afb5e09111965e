// reader_warmup_test: in Urdu the reader's Nastaliq is shaped between frames, ahead of the visitor, so the frame
// that opens an event finds its paragraphs (title, summary, notes, translations) already laid out.
#include <catch2/catch.hpp>

#include "headless.hpp"
#include "model/phrase_book.hpp"
#include "model/quote_edges.hpp"
#include "model/translation.hpp"
#include "ui/text_engine.hpp"

using namespace kiosk;

TEST_CASE("in Urdu, opening an event shapes none of its paragraphs once the pages were shaped ahead", "[ui][text]") {
    static const model::Catalog urdu = [] {
        model::Catalog c = test::realCatalog();
        model::showLanguage(c, "ur", model::currentFields(c));
        return c;
    }();
    // The paragraphs of an event's page that the text layer shapes: title, "In short", summary, the quotations'
    // translations, the curator's notes with their sources, and each "Sources differ" box.
    const auto paragraphsOf = [&](size_t i) {
        const model::Event& e = urdu.events[i];
        size_t n = 0;
        const auto count = [&](const std::string& text) { n += !text.empty() && ui::TextEngine::needsShaping(text); };
        const auto note = [&](const model::CuratorNote& c) {
            count(c.text);
            for (const model::NoteSource& src : c.sources)
                count(model::trf("Source: {publisher}, {title}, {url}", {{"publisher", src.publisher}, {"title", model::quotedForDisplay(src.title)}, {"url", src.url}}));
        };
        count(e.title);
        count(e.inShort);
        count(e.summary);
        for (const model::Quote& q : e.excerpts) count(q.translation);
        note(e.note);
        for (model::Index di : urdu.disagreementsOfEvent[i]) {
            const model::Disagreement& d = urdu.disagreements[static_cast<size_t>(di)];
            count(d.topic);
            for (const model::Claim& claim : d.claims) {
                count(claim.says);
                count(claim.quote.translation);
            }
            note(d.note);
        }
        return n;
    };
    // An event in the middle of the exhibit (not next to the first one shown) with translated quotations and a
    // curator's note beside its sources' disagreement: every kind of paragraph the page has.
    model::Index chosen = model::kNone;
    for (size_t i = urdu.events.size() / 2; i < urdu.events.size() && chosen == model::kNone; ++i) {
        size_t translations = 0;
        for (const model::Quote& q : urdu.events[i].excerpts) translations += ui::TextEngine::needsShaping(q.translation);
        if (translations > 0 && !urdu.events[i].note.empty()) chosen = static_cast<model::Index>(i);
    }
    if (chosen == model::kNone)  // no such event after the middle: any with a disagreement
        for (size_t i = 0; i < urdu.events.size() && chosen == model::kNone; ++i)
            if (!urdu.disagreementsOfEvent[i].empty()) chosen = static_cast<model::Index>(i);
    REQUIRE(chosen != model::kNone);
    INFO(urdu.events[static_cast<size_t>(chosen)].id);
    const size_t paragraphs = paragraphsOf(static_cast<size_t>(chosen));
    REQUIRE(paragraphs >= 4);

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
    // Exactly its paragraphs: the fonts, widths and line gaps planned are the ones the page draws with.
    CHECK(cold - warm == paragraphs);
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
