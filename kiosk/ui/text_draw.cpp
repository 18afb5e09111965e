// text_draw.cpp: each function asks once whether the text needs the text layer; English and Russian never do, so
// their pixels are exactly ImGui's (the goldens hold), and only Arabic-script or bidi text pays for shaping, which
// the engine's cache does once per string and size.
#include "ui/text_draw.hpp"

#include <algorithm>
#include <string>

#include "ui/text_engine.hpp"

namespace kiosk::ui {

namespace {

TextEngine* engineFor(std::string_view text) {
    TextEngine* engine = currentTextEngine();
    if (!engine || !TextEngine::needsShaping(text) || !engine->usable()) return nullptr;
    return engine;
}

std::string_view visiblePart(std::string_view text) {
    const size_t hashes = text.find("##");
    return hashes == std::string_view::npos ? text : text.substr(0, hashes);
}

}  // namespace

bool takesTextLayer(std::string_view text) { return engineFor(text) != nullptr; }

ImVec2 textSize(const ImFont* font, float size, std::string_view text) {
    if (TextEngine* engine = engineFor(text)) {
        const text::TextBlock& block = engine->wrappedAt(font, size, text, 0);
        return {block.width, block.height};
    }
    return font->CalcTextSizeA(size, 1e9f, 0, text.data(), text.data() + text.size());
}

ImVec2 textSize(std::string_view text, bool hideAfterHashes) {
    if (hideAfterHashes) text = visiblePart(text);
    if (TextEngine* engine = engineFor(text)) {
        const text::TextBlock& block = engine->wrappedAt(ImGui::GetFont(), ImGui::GetFontSize(), text, 0);
        return {block.width, block.height};
    }
    // ImGui's own measure, which rounds the width up to a whole pixel (layouts were tuned with it).
    return ImGui::CalcTextSize(text.data(), text.data() + text.size());
}

ImVec2 wrappedTextSize(const ImFont* font, float size, float width, std::string_view text) {
    if (TextEngine* engine = engineFor(text)) {
        const text::TextBlock& block = engine->wrappedAt(font, size, text, width);
        return {block.width, block.height};
    }
    return font->CalcTextSizeA(size, 1e9f, width, text.data(), text.data() + text.size());
}

void drawText(ImDrawList* drawList, const ImFont* font, float size, ImVec2 pos, ImU32 colour, std::string_view text) {
    if (TextEngine* engine = engineFor(text)) {
        const text::TextBlock& block = engine->wrappedAt(font, size, text, 0);
        engine->draw(drawList, block, pos, block.width, colour);
        return;
    }
    drawList->AddText(font, size, pos, colour, text.data(), text.data() + text.size());
}

void drawWrappedText(ImDrawList* drawList, const ImFont* font, float size, ImVec2 pos, ImU32 colour, float width,
                     std::string_view text) {
    if (TextEngine* engine = engineFor(text)) {
        engine->draw(drawList, engine->wrappedAt(font, size, text, width), pos, width, colour);
        return;
    }
    drawList->AddText(font, size, pos, colour, text.data(), text.data() + text.size(), width);
}

namespace {
bool gFlushRight = false;  // set by FlushRightLines; the frame thread only
float gRightMargin = 0;
}  // namespace

FlushRightLines::FlushRightLines(bool on, float rightMargin) : previous_(gFlushRight), previousMargin_(gRightMargin) {
    gFlushRight = on;
    gRightMargin = on ? rightMargin : 0;
}
float FlushRightLines::marginInside(float boxRight, float inset) {
    const float contentRight = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    return std::max(0.0f, contentRight - boxRight) + inset;
}
FlushRightLines::~FlushRightLines() { release(); }
void FlushRightLines::release() {
    if (released_) return;
    released_ = true;
    gFlushRight = previous_;
    gRightMargin = previousMargin_;
}

void alignForReading(float itemWidth) {
    if (!gFlushRight) return;
    const float room = ImGui::GetContentRegionAvail().x - gRightMargin;
    if (itemWidth < room) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - itemWidth);
}

float captionButtonWidth(std::string_view label) { return textSize(label, true).x + 2 * ImGui::GetStyle().FramePadding.x; }

void textLine(std::string_view text) {
    alignForReading(textSize(ImGui::GetFont(), ImGui::GetFontSize(), text).x);
    if (TextEngine* engine = engineFor(text)) {
        const text::TextBlock& block = engine->wrappedAt(ImGui::GetFont(), ImGui::GetFontSize(), text, 0);
        engine->draw(ImGui::GetWindowDrawList(), block, ImGui::GetCursorScreenPos(), block.width, ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::Dummy({block.width, block.height});
        return;
    }
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
}

void textWrapped(std::string_view text) {
    if (TextEngine* engine = engineFor(text)) {
        const float width = ImGui::GetContentRegionAvail().x;
        const text::TextBlock& block = engine->wrappedAt(ImGui::GetFont(), ImGui::GetFontSize(), text, width);
        engine->draw(ImGui::GetWindowDrawList(), block, ImGui::GetCursorScreenPos(), width, ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::Dummy({width, block.height});
        return;
    }
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
}

void drawButtonCaption(ImDrawList* drawList, ImVec2 min, ImVec2 max, ImU32 colour, std::string_view caption) {
    caption = visiblePart(caption);
    const ImVec2 size = textSize(ImGui::GetFont(), ImGui::GetFontSize(), caption);
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 pad = style.FramePadding, align = style.ButtonTextAlign;
    // Where the room is narrower than the caption, it is centred, as ImGui's own clipped captions are.
    const float roomX = max.x - min.x - 2 * pad.x - size.x, roomY = max.y - min.y - 2 * pad.y - size.y;
    const float x = roomX > 0 ? min.x + pad.x + roomX * align.x : (min.x + max.x - size.x) / 2;
    const float y = roomY > 0 ? min.y + pad.y + roomY * align.y : (min.y + max.y - size.y) / 2;
    drawText(drawList, ImGui::GetFont(), ImGui::GetFontSize(), {x, y}, colour, caption);
}

}  // namespace kiosk::ui
