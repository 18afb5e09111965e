// rich_text.cpp: line breaking with ImGui's word wrap, drawing line by line so highlights can sit behind words.
#include "ui/rich_text.hpp"

#include <algorithm>

#include "model/search_query.hpp"
#include "ui/text_engine.hpp"

namespace kiosk::ui {

std::string stripMarks(std::string_view marked, std::vector<ByteRange>& ranges) {
    std::string clean;
    clean.reserve(marked.size());
    size_t start = std::string::npos;
    for (char c : marked) {
        if (c == model::kMarkStart) start = clean.size();
        else if (c == model::kMarkEnd) {
            if (start != std::string::npos) ranges.emplace_back(start, clean.size());
            start = std::string::npos;
        } else {
            clean += c;
        }
    }
    return clean;
}

namespace {

// The text layer's path, for text ImGui cannot draw right: shaped, reordered and wrapped by kiosk/text.
float drawShapedParagraph(TextEngine& engine, ImFont* font, std::string_view text, float width, ImU32 colour,
                          const std::vector<ByteRange>& highlights, ImU32 highlightColour, float lineSpacing) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    width = std::max(width, font->FontSize * 4);
    // The layer's line height is the font's own; the reader's generous spacing goes after each line, in the
    // cached layout itself (never a per-frame copy of it).
    const text::TextBlock& spaced = engine.wrapped(font, text, width, lineSpacing);
    float firstHighlight = -1;
    for (const ByteRange& h : highlights) {
        for (const text::Rect& r : text::highlightRects(spaced, width, static_cast<uint32_t>(h.first), static_cast<uint32_t>(h.second))) {
            if (firstHighlight < 0 || r.y < firstHighlight) firstHighlight = r.y;
            dl->AddRectFilled({origin.x + r.x - 2, origin.y + r.y}, {origin.x + r.x + r.w + 2, origin.y + r.y + r.h}, highlightColour, 3);
        }
    }
    engine.draw(dl, spaced, origin, width, colour);
    ImGui::Dummy({width, spaced.height});
    return firstHighlight;
}

}  // namespace

float drawParagraph(ImFont* font, std::string_view text, float width, ImU32 colour, const std::vector<ByteRange>& highlights,
                    ImU32 highlightColour, float lineSpacing) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    TextEngine* engine = currentTextEngine();
    if (engine && engine->usable() && TextEngine::needsShaping(text))
        return drawShapedParagraph(*engine, font, text, width, colour, highlights, highlightColour, lineSpacing);
    const float size = font->FontSize;
    const float lineH = size + lineSpacing;
    const char* begin = text.data();
    const char* end = begin + text.size();
    const char* line = begin;
    float y = 0;
    float firstHighlight = -1;
    width = std::max(width, size * 4);
    const ImVec4 clip = dl->_ClipRectStack.back();
    while (line < end) {
        const char* wrap = font->CalcWordWrapPositionA(1.0f, line, end, width);
        if (wrap == line) wrap = line + 1;  // a single glyph wider than the line still advances
        const char* lineEnd = wrap;
        // Skip drawing lines outside the clip rectangle (long articles), but keep measuring.
        const float top = origin.y + y;
        const bool onScreen = top + lineH >= clip.y && top <= clip.w;
        for (const ByteRange& h : highlights) {
            const size_t a = std::max(h.first, static_cast<size_t>(line - begin));
            const size_t b = std::min(h.second, static_cast<size_t>(lineEnd - begin));
            if (a >= b) continue;
            if (firstHighlight < 0) firstHighlight = y;
            if (!onScreen) continue;
            const float x0 = font->CalcTextSizeA(size, 1e9f, 0, line, begin + a).x;
            const float x1 = font->CalcTextSizeA(size, 1e9f, 0, line, begin + b).x;
            dl->AddRectFilled({origin.x + x0 - 2, top - lineSpacing * 0.25f}, {origin.x + x1 + 2, top + size + lineSpacing * 0.25f},
                              highlightColour, 3);
        }
        if (onScreen) {
            const char* drawEnd = lineEnd;
            while (drawEnd > line && (drawEnd[-1] == ' ' || drawEnd[-1] == '\n')) --drawEnd;
            dl->AddText(font, size, {origin.x, top}, colour, line, drawEnd);
        }
        y += lineH;
        line = wrap;
        while (line < end && (*line == ' ' || *line == '\n')) ++line;
    }
    ImGui::Dummy({width, y});
    return firstHighlight;
}

}  // namespace kiosk::ui
