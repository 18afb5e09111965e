// bidi_test.cpp: mixed Urdu, English and numbers come out in the order a reader
// of each expects.
#include <catch2/catch.hpp>

#include <string>

#include "text/bidi_paragraph.hpp"
#include "text/text_layout.hpp"
#include "text_fixtures.hpp"

using namespace kiosk::text;

namespace {

std::string runText(const std::string& utf8, const UnicodeText& text, const BidiRun& run) {
    return utf8.substr(text.byteOffsets[run.start], text.byteOffsets[run.end] - text.byteOffsets[run.start]);
}

}  // namespace

TEST_CASE(
    "an Urdu sentence holding a year and an English name shows the name "
    "left of the year, the Urdu rightmost") {
    const std::string utf8 = "پاکستان 1947 Moscow";
    const UnicodeText text = decodeUtf8(utf8);
    const BidiParagraph paragraph = resolveBidi(text, BaseDirection::Auto);
    REQUIRE(paragraph.rightToLeft);  // the first strong character is Arabic script
    const auto runs = visualRuns(text, paragraph, 0, static_cast<uint32_t>(text.size()));
    // Visually "Moscow 1947 پاکستان": the space between the year and the name
    // takes the paragraph's direction.
    REQUIRE(runs.size() == 4);
    CHECK(runText(utf8, text, runs[0]) == "Moscow");
    CHECK(runText(utf8, text, runs[1]) == " ");
    CHECK(runText(utf8, text, runs[2]) == "1947");
    CHECK_FALSE(runs[2].rightToLeft());  // digits keep their own order: 1947, not 7491
    CHECK(runText(utf8, text, runs[3]) == "پاکستان ");
    CHECK(runs[3].rightToLeft());
}

TEST_CASE(
    "an English sentence holding a two-word Urdu name keeps the name's "
    "words right to left") {
    const std::string utf8 = "The capital is اسلام آباد since 1967";
    const UnicodeText text = decodeUtf8(utf8);
    const BidiParagraph paragraph = resolveBidi(text, BaseDirection::Auto);
    REQUIRE_FALSE(paragraph.rightToLeft);
    const auto runs = visualRuns(text, paragraph, 0, static_cast<uint32_t>(text.size()));
    REQUIRE(runs.size() == 3);
    CHECK(runText(utf8, text, runs[0]) == "The capital is ");
    CHECK(runText(utf8, text, runs[1]) == "اسلام آباد");
    CHECK(runs[1].rightToLeft());
    CHECK(runText(utf8, text, runs[2]) == " since 1967");

    // Laid out, the first word of the name (اسلام) is drawn to the right of the
    // second (آباد).
    const TextBlock block = layoutText(utf8, {testing::interfaceFonts(), 24}, 0);
    REQUIRE(block.lines.size() == 1);
    const auto first = static_cast<uint32_t>(utf8.find("اسلام"));
    const auto second = static_cast<uint32_t>(utf8.find("آباد"));
    float firstX = -1, secondX = -1;
    for (const PlacedGlyph& glyph : block.lines[0].glyphs) {
        if (glyph.byte == first) firstX = glyph.pen;
        if (glyph.byte == second) secondX = glyph.pen;
    }
    REQUIRE(firstX >= 0);
    REQUIRE(secondX >= 0);
    CHECK(firstX > secondX);
}

TEST_CASE(
    "a forced right-to-left paragraph of Russian still reads left to "
    "right inside the words") {
    const std::string utf8 = "Москва и Карачи";
    const UnicodeText text = decodeUtf8(utf8);
    const BidiParagraph paragraph = resolveBidi(text, BaseDirection::RightToLeft);
    CHECK(paragraph.rightToLeft);
    const auto runs = visualRuns(text, paragraph, 0, static_cast<uint32_t>(text.size()));
    REQUIRE(runs.size() == 1);  // one left-to-right run at level 2, inside a right-to-left paragraph
    CHECK_FALSE(runs[0].rightToLeft());
}

TEST_CASE("spaces at a line's end take the paragraph's direction") {
    const std::string utf8 = "پاکستان Moscow   ";
    const UnicodeText text = decodeUtf8(utf8);
    const BidiParagraph paragraph = resolveBidi(text, BaseDirection::Auto);
    const auto runs = visualRuns(text, paragraph, 0, static_cast<uint32_t>(text.size()));
    // The trailing spaces are at the paragraph's level (1): in visual order they
    // come first, on the left.
    REQUIRE_FALSE(runs.empty());
    CHECK(runText(utf8, text, runs.front()) == "   ");
    CHECK(runs.front().rightToLeft());
}

TEST_CASE(
    "invalid UTF-8 decodes to replacement characters, one per bad byte, "
    "and keeps its offsets") {
    const std::string utf8 = std::string("a\xC3") + "b\xED\xA0\x80" + "c";  // truncated sequence, a surrogate
    const UnicodeText text = decodeUtf8(utf8);
    REQUIRE(text.size() == 7);
    CHECK(text.codepoints[0] == U'a');
    CHECK(text.codepoints[1] == 0xFFFD);
    CHECK(text.codepoints[2] == U'b');
    CHECK(text.codepoints[3] == 0xFFFD);
    CHECK(text.codepoints[6] == U'c');
    CHECK(text.byteOffsets.back() == utf8.size());
}

TEST_CASE("a range of years in Urdu reads from its first year to its last, whatever the dash and its spaces") {
    for (const std::string range : {"1947–2022", "1947 – 1991", "1947-2022", "1947 — 1991"}) {
        INFO(range);
        const std::string utf8 = "پاکستان اور روس، " + range;
        const TextBlock block = layoutText(utf8, {testing::interfaceFonts(), 24}, 0);
        REQUIRE(block.lines.size() == 1);
        REQUIRE(block.rightToLeft);
        // Measured from the glyphs placed: the first year's digits left of the last year's, the Urdu to the right.
        const auto firstYear = static_cast<uint32_t>(utf8.find("1947"));
        const auto lastYear = static_cast<uint32_t>(utf8.rfind(range.substr(range.size() - 4)));
        const auto urdu = static_cast<uint32_t>(utf8.find("پاکستان"));
        float firstX = -1, lastX = -1, urduX = -1;
        for (const PlacedGlyph& glyph : block.lines[0].glyphs) {
            if (glyph.byte == firstYear) firstX = glyph.pen;
            if (glyph.byte == lastYear) lastX = glyph.pen;
            if (glyph.byte == urdu) urduX = glyph.pen;
        }
        REQUIRE(firstX >= 0);
        REQUIRE(lastX >= 0);
        CHECK(firstX < lastX);
        CHECK(urduX > lastX);
    }
    // Not a range: a year, a dash and a word keep the plain rules (the dash follows the paragraph).
    const UnicodeText text = decodeUtf8("سال 1971 – جنگ");
    const BidiParagraph paragraph = resolveBidi(text, BaseDirection::Auto);
    const auto runs = visualRuns(text, paragraph, 0, static_cast<uint32_t>(text.size()));
    CHECK(runs.size() == 3);
}

TEST_CASE(
    "a caption led by a left-to-right mark keeps its arrow at the left, outside the Urdu words isolated after it "
    "(the reader's Earlier button where the timeline runs left to right)") {
    const std::string utf8 = "\u200E\u2039  \u2068اس سے پہلے\u2069";
    const UnicodeText text = decodeUtf8(utf8);
    const BidiParagraph paragraph = resolveBidi(text, BaseDirection::Auto);
    CHECK_FALSE(paragraph.rightToLeft);  // the mark is the first strong character
    const auto runs = visualRuns(text, paragraph, 0, static_cast<uint32_t>(text.size()));
    REQUIRE(!runs.empty());
    // Leftmost: the mark and the arrow, at level 0, so the arrow is not mirrored into a "›".
    CHECK(runText(utf8, text, runs.front()).find("\u2039") != std::string::npos);
    CHECK_FALSE(runs.front().rightToLeft());
    // And laid out: the first visible glyph on the left draws the arrow.
    const TextBlock block = layoutText(utf8, {testing::interfaceFonts(), 24}, 0);
    REQUIRE(block.lines.size() == 1);
    CHECK_FALSE(block.rightToLeft);
    const auto& glyphs = block.lines[0].glyphs;
    const uint32_t arrowByte = static_cast<uint32_t>(utf8.find("\u2039"));
    float arrowX = -1, wordsX = 1e9f;
    for (const PlacedGlyph& g : glyphs) {
        if (g.byte == arrowByte) arrowX = g.x;
        if (g.byte > arrowByte + 6) wordsX = std::min(wordsX, g.x);
    }
    CHECK(arrowX >= 0);
    CHECK(arrowX < wordsX);
}
