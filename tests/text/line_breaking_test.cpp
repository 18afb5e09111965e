// line_breaking_test.cpp: wrapping at spaces in every script, cutting only
// words too long for a line, fitting with an ellipsis at the text's logical
// end, and highlights that follow the glyphs.
#include <catch2/catch.hpp>

#include <string>

#include "text/shaped_text_cache.hpp"
#include "text/text_layout.hpp"
#include "text_fixtures.hpp"

using namespace kiosk::text;

namespace {

TextStyle style(float size = 20, const std::string& language = "en") {
    return {testing::interfaceFonts(), size, BaseDirection::Auto, language};
}

// Every line fits, starts and ends at a word, and the lines together hold every
// word in order.
void checkWrapped(const std::string& utf8, const TextBlock& block, float maxWidth) {
    REQUIRE(block.lines.size() > 1);
    std::string joined;
    for (const TextLine& line : block.lines) {
        CHECK(line.width <= maxWidth + 0.01f);
        const std::string part = utf8.substr(line.startByte, line.endByte - line.startByte);
        CHECK(part.front() != ' ');
        CHECK(part.back() != ' ');
        if (!joined.empty()) joined += ' ';
        joined += part;
    }
    CHECK(joined == utf8);
}

}  // namespace

TEST_CASE("an English paragraph wraps at spaces and every line fits") {
    const std::string utf8 =
        "In 1965 the Soviet Union hosted talks at Tashkent between India and "
        "Pakistan after their war over Kashmir.";
    const TextBlock block = layoutText(utf8, style(), 220);
    checkWrapped(utf8, block, 220);
    CHECK(block.height == Approx(block.lineHeight * static_cast<float>(block.lines.size())));
}

TEST_CASE("an Urdu paragraph wraps at spaces, right-aligned, every line fitting") {
    const std::string utf8 =
        "پاکستان اور سوویت یونین کے تعلقات انیس سو سینتالیس "
        "سے شروع ہوئے اور کئی دہائیوں تک بدلتے رہے";
    const TextBlock block = layoutText(utf8, style(24, "ur"), 260);
    checkWrapped(utf8, block, 260);
    REQUIRE(block.rightToLeft);
    for (const TextLine& line : block.lines) CHECK(block.lineX(line, 260) == Approx(260 - line.width));
}

TEST_CASE("a word wider than the line is cut between letters, and nothing is lost") {
    const std::string utf8 = "Supercalifragilisticexpialidocious";
    const TextBlock block = layoutText(utf8, style(24), 120);
    REQUIRE(block.lines.size() > 1);
    std::string joined;
    for (const TextLine& line : block.lines) {
        CHECK(line.width <= 120.01f);
        joined += utf8.substr(line.startByte, line.endByte - line.startByte);
    }
    CHECK(joined == utf8);
}

TEST_CASE("hard line breaks start new lines") {
    const TextBlock block = layoutText("First line\nSecond line", style(), 0);
    REQUIRE(block.lines.size() == 2);
    CHECK(block.lines[1].startByte == 11);
    CHECK(block.lines[1].top > block.lines[0].top);
}

TEST_CASE("a long English title fits its room with an ellipsis after a whole word") {
    const std::string utf8 = "Pakistan and the Soviet Union sign a trade agreement";
    const TextBlock block = fitLine(utf8, style(), 200);
    REQUIRE(block.lines.size() == 1);
    CHECK(block.truncated);
    CHECK(block.width <= 200.01f);
    const TextLine& line = block.lines[0];
    // The last glyph on screen (rightmost) is the ellipsis, after the last byte
    // of the original text.
    CHECK(line.glyphs.back().byte >= line.endByte - 3);
    const std::string kept = utf8.substr(0, line.glyphs.back().byte);
    CHECK(utf8.compare(0, kept.size(), kept) == 0);
    CHECK((kept.back() != ' '));
    CHECK(utf8[kept.size()] == ' ');  // cut at a word boundary
}

TEST_CASE(
    "an Urdu title fits with its ellipsis on the left, at the text's "
    "logical end") {
    const std::string utf8 = "پاکستان اور سوویت یونین کے درمیان تجارتی معاہدہ";
    const TextBlock block = fitLine(utf8, style(24, "ur"), 180);
    REQUIRE(block.truncated);
    REQUIRE(block.lines.size() == 1);
    const TextLine& line = block.lines[0];
    CHECK(line.width <= 180.01f);
    uint32_t lastByte = 0;
    for (const PlacedGlyph& glyph : line.glyphs) lastByte = std::max(lastByte, glyph.byte);
    CHECK(line.glyphs.front().byte == lastByte);  // the leftmost glyph draws the last characters: the ellipsis
}

TEST_CASE("text that fits is not cut") {
    const TextBlock block = fitLine("Tashkent", style(), 400);
    CHECK_FALSE(block.truncated);
    CHECK(block.lines.size() == 1);
}

TEST_CASE("a highlight covers exactly the glyphs of the matched word") {
    const std::string utf8 = "Kissinger visits Beijing";
    const TextBlock block = layoutText(utf8, style(), 0);
    const auto start = static_cast<uint32_t>(utf8.find("visits"));
    const auto rects = highlightRects(block, block.width, start, start + 6);
    REQUIRE(rects.size() == 1);
    CHECK(rects[0].x > layoutText("Kissinger", style(), 0).width);
    CHECK(rects[0].x + rects[0].w < block.width - layoutText("Beijing", style(), 0).width + 0.5f);
    CHECK(rects[0].w == Approx(layoutText("visits", style(), 0).width).margin(1.0));
}

TEST_CASE("a highlighted Urdu word inside English is boxed where the word is drawn") {
    const std::string utf8 = "Visit to پاکستان in 1947";
    const TextBlock block = layoutText(utf8, style(24), 0);
    const auto start = static_cast<uint32_t>(utf8.find("پاکستان"));
    const auto rects =
        highlightRects(block, block.width, start, start + static_cast<uint32_t>(std::string("پاکستان").size()));
    REQUIRE(rects.size() == 1);
    const ShapedParagraph before = shapeParagraph("Visit to ", style(24).fonts, 24, BaseDirection::Auto, "en");
    CHECK(rects[0].x == Approx(before.width(0, static_cast<uint32_t>(before.text.size()))).margin(1.0));
    CHECK(rects[0].w == Approx(layoutText("پاکستان", style(24, "ur"), 0).width).margin(1.0));
}

TEST_CASE("the cache shapes a text once however many frames ask for it") {
    ShapedTextCache cache(16, 2);
    for (int frame = 0; frame < 10; ++frame) {
        cache.beginFrame();
        cache.wrapped("Treaty of Tashkent", style(), 300);
        cache.fitted("Treaty of Tashkent", style(), 80);
    }
    CHECK(cache.shapedCount() == 2);
    // Over capacity, entries unused for longer than keepFrames go.
    for (int i = 0; i < 40; ++i) cache.wrapped("label " + std::to_string(i), style(), 300);
    for (int frame = 0; frame < 4; ++frame) cache.beginFrame();
    CHECK(cache.size() < 16);
}
