// bidi_paragraph.cpp: FriBidi resolves the levels; line reordering is done here
// at run granularity, because the shaper needs runs (a glyph sequence per run),
// not a character permutation.
#include "text/bidi_paragraph.hpp"

#include <fribidi.h>

#include <algorithm>

namespace kiosk::text {

namespace {

bool isLineEndWhitespace(char32_t cp) {
    // UAX #9 L1: segment separators, paragraph separators and whitespace (bidi
    // class WS) before the line's end.
    const FriBidiCharType type = fribidi_get_bidi_type(static_cast<FriBidiChar>(cp));
    return type == FRIBIDI_TYPE_WS || type == FRIBIDI_TYPE_SS || type == FRIBIDI_TYPE_BS || cp == U'\t';
}

bool isRangeDash(char32_t cp) { return cp == U'-' || cp == U'\u2010' || cp == U'\u2012' || cp == U'\u2013' || cp == U'\u2014' || cp == U'\u2212'; }

// A range of numbers ("1947–2022", "1947 – 1991") reads from its first number to its last, left to right, in a
// right-to-left paragraph too. UAX #9 keeps "1947-2022" so only for a lone hyphen (W4: one European separator
// between European numbers); an en dash, or spaces round the dash, are neutrals that take the paragraph's direction,
// and the range would show as "2022–1947". Urdu is mostly typed with the hyphen, so its readers know ranges in the
// first form: the dash, and the spaces round it, are given the numbers' own type, for every kind of dash.
void keepNumberRangesInOrder(const std::vector<FriBidiChar>& chars, std::vector<FriBidiCharType>& types) {
    const size_t n = chars.size();
    for (size_t i = 0; i < n; ++i) {
        if (types[i] != FRIBIDI_TYPE_EN) continue;
        size_t j = i + 1;  // after a run of digits
        if (j >= n || types[j] == FRIBIDI_TYPE_EN) continue;
        size_t k = j;
        while (k < n && chars[k] == U' ') ++k;
        if (k >= n || !isRangeDash(static_cast<char32_t>(chars[k]))) continue;
        ++k;
        while (k < n && chars[k] == U' ') ++k;
        if (k >= n || types[k] != FRIBIDI_TYPE_EN) continue;
        for (size_t m = j; m < k; ++m) types[m] = FRIBIDI_TYPE_EN;
        i = k - 1;
    }
}

}  // namespace

BidiParagraph resolveBidi(const UnicodeText& text, BaseDirection base) {
    BidiParagraph out;
    const auto length = static_cast<FriBidiStrIndex>(text.size());
    out.levels.assign(text.size(), 0);
    if (length == 0) {
        out.rightToLeft = base == BaseDirection::RightToLeft;
        return out;
    }
    std::vector<FriBidiChar> chars(text.codepoints.begin(), text.codepoints.end());
    std::vector<FriBidiCharType> types(chars.size());
    std::vector<FriBidiBracketType> brackets(chars.size());
    fribidi_get_bidi_types(chars.data(), length, types.data());
    keepNumberRangesInOrder(chars, types);
    fribidi_get_bracket_types(chars.data(), length, types.data(), brackets.data());
    FriBidiParType direction = base == BaseDirection::LeftToRight   ? FRIBIDI_PAR_LTR
                               : base == BaseDirection::RightToLeft ? FRIBIDI_PAR_RTL
                                                                    : FRIBIDI_PAR_ON;
    std::vector<FriBidiLevel> levels(chars.size());
    const FriBidiLevel maxLevel =
        fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), length, &direction, levels.data());
    if (maxLevel == 0) {
        out.rightToLeft = base == BaseDirection::RightToLeft;
        std::fill(out.levels.begin(), out.levels.end(), out.rightToLeft ? 1 : 0);
        return out;
    }
    out.rightToLeft = FRIBIDI_IS_RTL(direction);
    for (size_t i = 0; i < levels.size(); ++i) out.levels[i] = static_cast<uint8_t>(levels[i]);
    return out;
}

std::vector<BidiRun> visualRuns(const UnicodeText& text, const BidiParagraph& paragraph, uint32_t lineStart,
                                uint32_t lineEnd) {
    lineEnd = std::min<uint32_t>(lineEnd, static_cast<uint32_t>(paragraph.levels.size()));
    std::vector<BidiRun> runs;
    if (lineStart >= lineEnd) return runs;
    std::vector<uint8_t> levels(paragraph.levels.begin() + lineStart, paragraph.levels.begin() + lineEnd);
    const auto baseLevel = static_cast<uint8_t>(paragraph.rightToLeft ? 1 : 0);
    for (size_t i = levels.size(); i-- > 0;) {
        if (!isLineEndWhitespace(text.codepoints[lineStart + i])) break;
        levels[i] = baseLevel;
    }
    for (uint32_t i = 0; i < levels.size();) {
        uint32_t j = i + 1;
        while (j < levels.size() && levels[j] == levels[i]) ++j;
        runs.push_back({lineStart + i, lineStart + j, levels[i]});
        i = j;
    }
    uint8_t highest = 0, lowestOdd = 255;
    for (const BidiRun& run : runs) {
        highest = std::max(highest, run.level);
        if (run.rightToLeft()) lowestOdd = std::min(lowestOdd, run.level);
    }
    // L2: from the highest level down to the lowest odd level, reverse every
    // maximal sequence at or above it.
    for (int level = highest; level >= lowestOdd && level > 0; --level) {
        for (size_t i = 0; i < runs.size();) {
            if (runs[i].level < level) {
                ++i;
                continue;
            }
            size_t j = i;
            while (j < runs.size() && runs[j].level >= level) ++j;
            std::reverse(runs.begin() + static_cast<std::ptrdiff_t>(i), runs.begin() + static_cast<std::ptrdiff_t>(j));
            i = j;
        }
    }
    return runs;
}

}  // namespace kiosk::text
