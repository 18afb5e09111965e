// shaping_test.cpp: HarfBuzz output for known words: Arabic-script letters
// join, Urdu forms are chosen, Cyrillic is covered, and the glyph ids of a
// known word stay what they were when first recorded.
#include <catch2/catch.hpp>

#include <vector>

#include "text/shaped_paragraph.hpp"
#include "text_fixtures.hpp"

using namespace kiosk::text;

namespace {

std::vector<uint32_t> glyphIds(const ShapedParagraph& shaped) {
    std::vector<uint32_t> ids;
    for (const ShapedItem& item : shaped.items)
        for (const ShapedGlyph& glyph : item.glyphs) ids.push_back(glyph.glyph);
    return ids;
}

}  // namespace

TEST_CASE(
    "a letter beh alone and the same letter starting a word are "
    "different glyphs: the letters join") {
    const FontSet fonts = testing::interfaceFonts();
    const auto alone = glyphIds(shapeParagraph("ب", fonts, 32, BaseDirection::Auto, "ur"));
    const auto joined = glyphIds(shapeParagraph("بب", fonts, 32, BaseDirection::Auto, "ur"));
    REQUIRE(alone.size() == 1);
    REQUIRE(joined.size() == 2);
    CHECK(alone[0] != 0);
    // HarfBuzz lists right-to-left glyphs in visual order: the word's first
    // letter (initial form) is the last glyph.
    CHECK(joined[1] != alone[0]);
    CHECK(joined[0] != alone[0]);
    CHECK(joined[0] != joined[1]);  // final and initial forms differ too
}

// The expectation was recorded from HarfBuzz 6.0 with the bundled
// NotoNaskhArabic-Regular.ttf: seven letters, seven glyphs, in visual order
// (the word's first letter, peh in its initial form, last). A change here means
// the font or the shaper changed: look at the Urdu screenshots again before
// updating it.
TEST_CASE(
    "Pakistan in Urdu shapes to the glyphs of Noto Naskh Arabic first "
    "recorded") {
    const ShapedParagraph shaped = shapeParagraph("پاکستان", testing::interfaceFonts(), 32, BaseDirection::Auto, "ur");
    REQUIRE(shaped.items.size() == 1);
    CHECK(shaped.items[0].face == testing::interfaceFonts().arabic);
    CHECK(glyphIds(shaped) == std::vector<uint32_t>{487, 4, 55, 249, 378, 4, 42});
}

TEST_CASE(
    "Nastaliq sets a word on a sloping baseline: glyphs rise, unlike "
    "Naskh's flat line") {
    const ShapedParagraph naskh = shapeParagraph("پاکستان", testing::interfaceFonts(), 32, BaseDirection::Auto, "ur");
    const ShapedParagraph nastaliq = shapeParagraph("پاکستان", testing::readingFonts(), 32, BaseDirection::Auto, "ur");
    auto anyRise = [](const ShapedParagraph& shaped) {
        for (const ShapedItem& item : shaped.items)
            for (const ShapedGlyph& glyph : item.glyphs)
                if (glyph.offsetY != 0.0f) return true;
        return false;
    };
    CHECK(anyRise(nastaliq));
    CHECK_FALSE(anyRise(naskh));
    // Nastaliq needs about twice the line height of Naskh for the same size.
    CHECK(testing::readingFonts().arabic->lineHeight() > 1.6f * testing::interfaceFonts().arabic->lineHeight() * 0.9f);
}

TEST_CASE("Russian is covered by the interface face: no missing glyphs") {
    const ShapedParagraph shaped =
        shapeParagraph("Советский Союз и Пакистан, ёлка", testing::interfaceFonts(), 24, BaseDirection::Auto, "ru");
    for (uint32_t id : glyphIds(shaped)) CHECK(id != 0);
    CHECK(shaped.width(0, static_cast<uint32_t>(shaped.text.size())) > 100.0f);
}

TEST_CASE(
    "an Urdu sentence picks the Arabic face for Urdu and the primary "
    "face for an English name inside it") {
    const ShapedParagraph shaped =
        shapeParagraph("ماسکو (Moscow) میں", testing::interfaceFonts(), 24, BaseDirection::Auto, "ur");
    bool sawLatin = false, sawArabic = false;
    for (const ShapedItem& item : shaped.items) {
        if (item.face == testing::interfaceFonts().primary) sawLatin = true;
        if (item.face == testing::interfaceFonts().arabic) sawArabic = true;
    }
    CHECK(sawLatin);
    CHECK(sawArabic);
}
