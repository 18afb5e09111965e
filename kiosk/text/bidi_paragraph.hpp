// bidi_paragraph.hpp: the Unicode bidirectional algorithm (UAX #9) for one
// paragraph, by FriBidi, and the visual order of a line's runs. Mixed text such
// as an Urdu sentence holding "1947" and "Moscow" reads right only if each run
// is drawn in this order: this file is the single place that decides it.
#pragma once
#include <cstdint>
#include <vector>

#include "text/unicode_text.hpp"

namespace kiosk::text {

enum class BaseDirection { Auto, LeftToRight, RightToLeft };

// A maximal stretch of one embedding level: even levels run left to right, odd
// ones right to left.
struct BidiRun {
    uint32_t start = 0;  // code point index, inclusive
    uint32_t end = 0;    // exclusive
    uint8_t level = 0;
    bool rightToLeft() const { return (level & 1) != 0; }
};

struct BidiParagraph {
    bool rightToLeft = false;     // the resolved paragraph direction
    std::vector<uint8_t> levels;  // one per code point
};

// Resolves the levels of a paragraph (rules P2-I1). Auto takes the direction of
// the first strong character, and left to right when there is none. Never
// fails: on an allocation failure inside FriBidi everything is left to right at
// the requested base level.
BidiParagraph resolveBidi(const UnicodeText& text, BaseDirection base);

// The runs of the line [lineStart, lineEnd) in visual order, left to right on
// screen (rules L1 part 4 and L2): whitespace at the line's end takes the
// paragraph's level, then runs are reversed from the highest level down to the
// lowest odd one.
std::vector<BidiRun> visualRuns(const UnicodeText& text, const BidiParagraph& paragraph, uint32_t lineStart,
                                uint32_t lineEnd);

}  // namespace kiosk::text
