// shaped_paragraph.hpp: a paragraph cut into items (one bidi level, one script,
// one face) and each item shaped by HarfBuzz. Glyph advances are in pixels at
// the paragraph's size; clusters are code point indices into the paragraph, so
// every glyph can be traced back to the characters it draws (for wrapping and
// highlights).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "text/bidi_paragraph.hpp"
#include "text/font_face.hpp"
#include "text/unicode_text.hpp"

namespace kiosk::text {

struct ShapedGlyph {
    uint32_t glyph = 0;    // glyph index in `face` (0 = the font has no glyph for it)
    uint32_t cluster = 0;  // first code point of the characters this glyph draws
    float advance = 0, offsetX = 0,
          offsetY = 0;  // pixels; offsetY up is positive, as in HarfBuzz
};

struct ShapedItem {
    uint32_t start = 0, end = 0;  // code points, [start, end)
    uint8_t level = 0;
    const FontFace* face = nullptr;
    std::vector<ShapedGlyph> glyphs;  // HarfBuzz's output order: left to right on
                                      // screen within the item
};

struct ShapedParagraph {
    UnicodeText text;
    BidiParagraph bidi;
    float pixelSize = 16;
    std::vector<ShapedItem> items;  // logical order
    // The pen advance of code point i (the whole cluster's advance sits on its
    // first code point), for measuring any logical range without reshaping.
    std::vector<float> advances;

    float width(uint32_t start, uint32_t end) const;
};

// Shapes one paragraph (no line breaks inside; callers split on '\n').
// `language` is a BCP 47 tag ("ur", "ru", "en"): HarfBuzz picks
// language-specific forms with it, such as Urdu's digits and letter forms.
ShapedParagraph shapeParagraph(const std::string& utf8, const FontSet& fonts, float pixelSize, BaseDirection base,
                               const std::string& language);

}  // namespace kiosk::text
