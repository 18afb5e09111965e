// text_layout.hpp: shaped text broken into lines and placed glyph by glyph, in
// visual order, ready to draw: the one place that measures, wraps, fits with an
// ellipsis and maps a highlighted byte range to rectangles. Everything is in
// pixels relative to the block's top-left corner; nothing here draws.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "text/shaped_paragraph.hpp"

namespace kiosk::text {

struct TextStyle {
    FontSet fonts;
    float pixelSize = 16;
    BaseDirection direction = BaseDirection::Auto;
    std::string language = "en";
    float lineGap = 0;  // pixels added after every line, beyond the fonts' own line height (the reader's spacing)
};

struct PlacedGlyph {
    const FontFace* face = nullptr;
    uint32_t glyph = 0;
    float pen = 0;      // the pen position, from the line's left edge
    float x = 0;        // the pen position plus the glyph's own offset: where its
                        // outline is drawn
    float rise = 0;     // the glyph's offset above the baseline
    uint32_t byte = 0;  // where the characters it draws start in the source UTF-8
};

struct TextLine {
    uint32_t startByte = 0,
             endByte = 0;  // the source range this line shows (trailing spaces excluded)
    float width = 0;
    float top = 0;                     // from the block's top
    float baseline = 0;                // from the block's top
    std::vector<PlacedGlyph> glyphs;   // left to right on screen
    std::vector<float> glyphAdvances;  // same order as glyphs: each glyph's
                                       // advance, for highlight boxes
};

struct TextBlock {
    std::vector<TextLine> lines;
    float pixelSize = 16;  // the size it was shaped at: glyphs are rasterised at it
    float lineHeight = 0;
    float width = 0;           // the widest line
    float height = 0;          // lines x line height
    bool rightToLeft = false;  // the first paragraph's resolved direction: right-align its lines
    bool truncated = false;    // an ellipsis replaced part of the text

    // Where a line starts on screen in a box of `boxWidth`: flush left for
    // left-to-right text, flush right for right-to-left text.
    float lineX(const TextLine& line, float boxWidth) const { return rightToLeft ? boxWidth - line.width : 0.0f; }
};

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
};

// Lays out text, wrapping at `maxWidth` (<= 0: never wrap) by the line-breaking
// rules of the scripts used: break after spaces, hard break at '\n', and inside
// a word only when the word alone is wider than the line.
TextBlock layoutText(const std::string& utf8, const TextStyle& style, float maxWidth);

// One line that fits `maxWidth`, cut at a word (or, failing that, a character)
// boundary with an ellipsis at the text's logical end, which is on the left in
// right-to-left text.
TextBlock fitLine(const std::string& utf8, const TextStyle& style, float maxWidth);

// The rectangles (relative to the block, in a box of `boxWidth`) covering the
// glyphs that draw the source bytes [startByte, endByte): a search highlight
// follows the text even where bidi reordering splits it.
std::vector<Rect> highlightRects(const TextBlock& block, float boxWidth, uint32_t startByte, uint32_t endByte);

}  // namespace kiosk::text
