// text_layout.cpp: greedy line breaking over shaped advances, then per line the
// bidi runs in visual order and the glyphs of each run in HarfBuzz's order.
// Trailing spaces are dropped from lines: invisible, they would only push
// right-to-left lines off their right edge.
#include "text/text_layout.hpp"

#include <algorithm>

namespace kiosk::text {

namespace {

bool isBreakSpace(char32_t cp) {
    return cp == U' ' || cp == U'\t' || cp == 0x200B || cp == 0x3000;
}

struct LineRange {
    uint32_t start, end;
};

// Greedy breaking at opportunities after spaces; a word wider than the line is
// cut at cluster starts.
std::vector<LineRange> breakLines(const ShapedParagraph& shaped, float maxWidth) {
    const auto& cps = shaped.text.codepoints;
    const auto n = static_cast<uint32_t>(cps.size());
    std::vector<LineRange> lines;
    if (n == 0) {
        lines.push_back({0, 0});
        return lines;
    }
    if (maxWidth <= 0) {
        lines.push_back({0, n});
        return lines;
    }
    uint32_t lineStart = 0;
    float lineWidth = 0;  // up to and including the spaces after the last word placed
    uint32_t i = 0;
    while (i < n) {
        uint32_t wordEnd = i;
        while (wordEnd < n && !isBreakSpace(cps[wordEnd])) ++wordEnd;
        uint32_t spaceEnd = wordEnd;
        while (spaceEnd < n && isBreakSpace(cps[spaceEnd])) ++spaceEnd;
        const float wordWidth = shaped.width(i, wordEnd);
        if (lineStart < i && lineWidth + wordWidth > maxWidth) {
            lines.push_back({lineStart, i});
            lineStart = i;
            lineWidth = 0;
        }
        if (lineStart == i && wordWidth > maxWidth) {
            // Cut the word: as many clusters as fit, at least one so that the loop
            // always advances.
            uint32_t cut = i;
            float width = 0;
            while (cut < wordEnd) {
                uint32_t next = cut + 1;
                while (next < wordEnd && shaped.advances[next] == 0.0f) ++next;  // keep a cluster together
                const float w = shaped.width(cut, next);
                if (cut > i && width + w > maxWidth) break;
                width += w;
                cut = next;
            }
            if (cut < wordEnd) {
                lines.push_back({lineStart, cut});
                lineStart = cut;
                lineWidth = 0;
                i = cut;
                continue;
            }
        }
        lineWidth += shaped.width(i, spaceEnd);
        i = spaceEnd;
    }
    lines.push_back({lineStart, n});
    return lines;
}

TextLine placeLine(const ShapedParagraph& shaped, LineRange range) {
    const auto& cps = shaped.text.codepoints;
    uint32_t visibleEnd = range.end;
    while (visibleEnd > range.start && isBreakSpace(cps[visibleEnd - 1])) --visibleEnd;
    TextLine line;
    line.startByte = shaped.text.byteOffsets[range.start];
    line.endByte = shaped.text.byteOffsets[visibleEnd];
    float pen = 0;
    for (const BidiRun& run : visualRuns(shaped.text, shaped.bidi, range.start, visibleEnd)) {
        // The items inside a run, in visual order: reversed when the run reads
        // right to left.
        std::vector<const ShapedItem*> items;
        for (const ShapedItem& item : shaped.items) {
            if (item.end > run.start && item.start < run.end) items.push_back(&item);
        }
        if (run.rightToLeft()) std::reverse(items.begin(), items.end());
        for (const ShapedItem* item : items) {
            for (const ShapedGlyph& glyph : item->glyphs) {
                if (glyph.cluster < run.start || glyph.cluster >= run.end) continue;
                line.glyphs.push_back({item->face, glyph.glyph, pen, pen + glyph.offsetX, glyph.offsetY,
                                       shaped.text.byteOffsets[glyph.cluster]});
                line.glyphAdvances.push_back(glyph.advance);
                pen += glyph.advance;
            }
        }
    }
    line.width = pen;
    return line;
}

float lineHeightOf(const ShapedParagraph& shaped, const TextStyle& style, float* ascender) {
    float height = style.fonts.primary ? style.fonts.primary->lineHeight() : 1.2f;
    float ascent = style.fonts.primary ? style.fonts.primary->ascender() : 0.9f;
    for (const ShapedItem& item : shaped.items) {
        height = std::max(height, item.face->lineHeight());
        ascent = std::max(ascent, item.face->ascender());
    }
    *ascender = ascent * style.pixelSize;
    return height * style.pixelSize;
}

std::vector<std::string> splitParagraphs(const std::string& utf8) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i <= utf8.size(); ++i) {
        if (i == utf8.size() || utf8[i] == '\n') {
            out.push_back(utf8.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

}  // namespace

TextBlock layoutText(const std::string& utf8, const TextStyle& style, float maxWidth) {
    TextBlock block;
    block.pixelSize = style.pixelSize;
    uint32_t paragraphOffset = 0;
    bool first = true;
    float top = 0;
    for (const std::string& paragraph : splitParagraphs(utf8)) {
        const ShapedParagraph shaped =
            shapeParagraph(paragraph, style.fonts, style.pixelSize, style.direction, style.language);
        if (first) block.rightToLeft = shaped.bidi.rightToLeft;
        float ascender = 0;
        const float lineHeight = lineHeightOf(shaped, style, &ascender);
        block.lineHeight = std::max(block.lineHeight, lineHeight);
        for (const LineRange& range : breakLines(shaped, maxWidth)) {
            TextLine line = placeLine(shaped, range);
            line.startByte += paragraphOffset;
            line.endByte += paragraphOffset;
            for (PlacedGlyph& glyph : line.glyphs) glyph.byte += paragraphOffset;
            line.top = top;
            line.baseline = top + ascender;
            top += lineHeight + style.lineGap;
            block.width = std::max(block.width, line.width);
            block.lines.push_back(std::move(line));
        }
        paragraphOffset += static_cast<uint32_t>(paragraph.size()) + 1;
        first = false;
    }
    block.height = top;
    return block;
}

TextBlock fitLine(const std::string& utf8, const TextStyle& style, float maxWidth) {
    TextBlock whole = layoutText(utf8, style, 0);
    if (whole.lines.size() == 1 && (maxWidth <= 0 || whole.width <= maxWidth)) return whole;
    const std::string ellipsis = "\u2026";
    const ShapedParagraph shaped =
        shapeParagraph(utf8.substr(0, utf8.find('\n')), style.fonts, style.pixelSize, style.direction, style.language);
    const float ellipsisWidth = layoutText(ellipsis, style, 0).width;
    const auto& cps = shaped.text.codepoints;
    // The longest prefix that fits, preferring to end at a word.
    uint32_t bestCluster = 0, bestWord = 0;
    float width = 0;
    for (uint32_t i = 0; i < cps.size(); ++i) {
        if (shaped.advances[i] == 0.0f && i > 0) continue;
        if (width + ellipsisWidth > maxWidth) break;
        bestCluster = i;
        if (i > 0 && isBreakSpace(cps[i - 1]) && !isBreakSpace(cps[i])) bestWord = i;
        width += shaped.advances[i];
    }
    if (width + ellipsisWidth <= maxWidth) bestCluster = static_cast<uint32_t>(cps.size());
    uint32_t cut = bestWord > bestCluster / 2 ? bestWord : bestCluster;
    while (cut > 0 && isBreakSpace(cps[cut - 1])) --cut;
    TextStyle fitted = style;
    if (fitted.direction == BaseDirection::Auto)  // the cut text must keep the whole text's direction
        fitted.direction = shaped.bidi.rightToLeft ? BaseDirection::RightToLeft : BaseDirection::LeftToRight;
    TextBlock block = layoutText(utf8.substr(0, shaped.text.byteOffsets[cut]) + ellipsis, fitted, 0);
    block.truncated = true;
    return block;
}

std::vector<Rect> highlightRects(const TextBlock& block, float boxWidth, uint32_t startByte, uint32_t endByte) {
    std::vector<Rect> rects;
    for (const TextLine& line : block.lines) {
        const float left = block.lineX(line, boxWidth);
        bool open = false;
        for (size_t g = 0; g < line.glyphs.size(); ++g) {
            const PlacedGlyph& glyph = line.glyphs[g];
            const bool inside = glyph.byte >= startByte && glyph.byte < endByte;
            if (!inside) {
                open = false;
                continue;
            }
            // The pen position, not the glyph's own offset: marks sit on their base's
            // box.
            const float penX = left + glyph.pen;
            if (open) {
                Rect& last = rects.back();
                const float right = std::max(last.x + last.w, penX + line.glyphAdvances[g]);
                last.x = std::min(last.x, penX);
                last.w = right - last.x;
            } else {
                rects.push_back({penX, line.top, line.glyphAdvances[g], block.lineHeight});
                open = true;
            }
        }
    }
    return rects;
}

}  // namespace kiosk::text
