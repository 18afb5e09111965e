// fitToWidth: the timeline's event labels and era names shortened to the room they have, by whole words.
#include <catch2/catch.hpp>

#include "headless.hpp"
#include "ui/text_draw.hpp"

using namespace kiosk;

TEST_CASE("fitToWidth keeps text that fits and cuts the rest at a word with an ellipsis", "[ui][fonts]") {
    kiosk::test::HeadlessKiosk kiosk(1920, 1080);
    const ImFont& font = *kiosk.fonts().small;
    const std::string name = "Thaw and Tashkent";
    float full = 0;
    CHECK(ui::fitToWidth(font, name, 10000, &full) == name);
    CHECK(full > 0);

    float width = 0;
    // "Thaw and…" would lead into a phrase that is not there: the conjunction goes with what was cut.
    const std::string cut = ui::fitToWidth(font, name, full - 1, &width);
    CHECK(cut == "Thaw\u2026");
    CHECK(width <= full - 1);
    CHECK(width == Approx(font.CalcTextSizeA(font.FontSize, 1e9f, 0, "Thaw\u2026").x));
    // So do a preposition or an article, in English and in Russian; a text keeps its first word whatever it is.
    const auto roomFor = [&](const char* s) { return ui::textSize(&font, font.FontSize, s).x; };
    CHECK(ui::fitToWidth(font, "Soviet invasion of Afghanistan", roomFor("Soviet invasion of\u2026")) == "Soviet invasion\u2026");
    CHECK(ui::fitToWidth(font, "Вторжение в Афганистан", roomFor("Вторжение в\u2026")) == "Вторжение\u2026");
    CHECK(ui::fitToWidth(font, "Помощь СССР в нефтяной отрасли", roomFor("Помощь СССР в\u2026")) == "Помощь СССР\u2026");
    CHECK(ui::fitToWidth(font, "In the shadow of the war", roomFor("In the\u2026")) == "In\u2026");
    // Urdu's postpositions follow their noun and end the phrase: "کشمیر پر…" stays.
    CHECK(ui::fitToWidth(font, "کشمیر پر پہلی جنگ", roomFor("کشمیر پر\u2026")) == "کشمیر پر\u2026");

    // Punctuation before the cut is dropped with the word: "The Cold War:" becomes "The Cold War…", not "War:…".
    const std::string title = "The Cold War: a strained relationship";
    const std::string shortTitle = ui::fitToWidth(font, title, font.CalcTextSizeA(font.FontSize, 1e9f, 0, "The Cold War\u2026").x);
    CHECK(shortTitle == "The Cold War\u2026");
    // The same for a semicolon, and for Urdu's: "Pakistan is founded;…" and "پاکستان کا قیام؛…" lose the mark.
    const std::string founded = "Pakistan is founded; first views of Moscow";
    CHECK(ui::fitToWidth(font, founded, font.CalcTextSizeA(font.FontSize, 1e9f, 0, "Pakistan is founded;\u2026").x) ==
          "Pakistan is founded\u2026");
    const std::string urdu = "پاکستان کا قیام؛ ماسکو کے ابتدائی تاثرات";
    const float urduRoom = ui::textSize(&font, font.FontSize, "پاکستان کا قیام؛\u2026").x;
    CHECK(ui::fitToWidth(font, urdu, urduRoom) == "پاکستان کا قیام\u2026");

    // Not even the first word: nothing, rather than a cut word.
    CHECK(ui::fitToWidth(font, name, 3, &width).empty());
    CHECK(width == 0);
    CHECK(ui::fitToWidth(font, "", 100).empty());
}

TEST_CASE("each timeline label's recorded width is the width of the text drawn", "[ui][fonts]") {
    // The selected label's accent plate is drawn from the recorded width: it must cover the whole label.
    kiosk::test::HeadlessKiosk kiosk(1920, 1080);
    const ImFont& font = *kiosk.fonts().small;
    const ui::UiData& data = kiosk.data();
    REQUIRE(data.eventLabels.size() == data.labelWidths.size());
    for (size_t i = 0; i < data.eventLabels.size(); ++i) {
        INFO(data.eventLabels[i]);
        CHECK(data.labelWidths[i] == Approx(font.CalcTextSizeA(font.FontSize, 1e9f, 0, data.eventLabels[i].c_str()).x).margin(0.5));
    }
}

TEST_CASE("a name in a sliver keeps its first letters rather than vanishing", "[ui][fonts]") {
    kiosk::test::HeadlessKiosk kiosk(1920, 1080);
    const ImFont& font = *kiosk.fonts().small;
    const std::string name = "Rapprochement and breakthroughs";
    const auto widthOf = [&](const char* s) { return font.CalcTextSizeA(font.FontSize, 1e9f, 0, s).x; };
    // Room for the first word: whole words, as fitToWidth.
    CHECK(ui::fitNameToWidth(font, name, widthOf("Rapprochement\u2026") + 1) == "Rapprochement\u2026");
    // Less than the first word: its first letters and an ellipsis, within the room.
    float width = 0;
    const std::string cut = ui::fitNameToWidth(font, name, widthOf("Rappro\u2026") + 1, &width);
    CHECK(cut == "Rappro\u2026");
    CHECK(width <= widthOf("Rappro\u2026") + 1);
    // Whole characters only, never half of one: "Ōkubo" cut after its first letter keeps the two bytes of "Ō".
    CHECK(ui::fitNameToWidth(font, "\u014Ckubo Toshimichi", widthOf("\u014Ck\u2026") + 0.5f) == "\u014Ck\u2026");
    // Not even one letter: nothing.
    CHECK(ui::fitNameToWidth(font, name, 2, &width).empty());
    CHECK(width == 0);
}

TEST_CASE("at the Large text size every interface font is baked larger, the reader's own sizes unchanged", "[ui][fonts]") {
    kiosk::test::HeadlessKiosk kiosk(1920, 1080);  // for the ImGui context and the glyph ranges
    const std::vector<ImWchar> ranges = ui::glyphRangesFor(kiosk::test::realCatalog());
    ImFontAtlas normalAtlas, largeAtlas;
    const ui::FontSet normal = ui::buildFonts(normalAtlas, KIOSK_FONTS_DIR, 1.0f, ranges, kiosk::test::realCatalog(), 1);
    const ui::FontSet large = ui::buildFonts(largeAtlas, KIOSK_FONTS_DIR, 1.0f, ranges, kiosk::test::realCatalog(), 2);
    CHECK(large.textSize == 2);
    for (auto font : {&ui::FontSet::ui, &ui::FontSet::uiBold, &ui::FontSet::small, &ui::FontSet::heading, &ui::FontSet::title})
        CHECK((large.*font)->FontSize >= (normal.*font)->FontSize * 1.2f);
    // The smallest labels stay at the exhibit's minimum at every size (about 19 px at 1080p).
    CHECK(normal.small->FontSize >= 19);
    // The reader's fonts are baked at the visitor's size alone, at the reader's own sizes (22, 26, 32 px at 1080p).
    CHECK(normal.body[1]->FontSize == 26);
    CHECK(large.body[2]->FontSize == 32);
    ImFontAtlas smallAtlas;
    const ui::FontSet small = ui::buildFonts(smallAtlas, KIOSK_FONTS_DIR, 1.0f, ranges, kiosk::test::realCatalog(), 0);
    CHECK(small.body[0]->FontSize == 22);
    CHECK(small.quote[0]->FontSize == 22);
    CHECK(small.eventTitle[0]->FontSize == 32);
    CHECK(small.plain[0]->FontSize == 24);
    CHECK(normalAtlas.Fonts.Size == 9);  // five interface fonts and the reader's four, never the other sizes'
}
