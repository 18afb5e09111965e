// text_engine.cpp: glyph quads go into the draw list under the atlas's own texture; ImGui merges consecutive quads
// of one texture into one draw command, so a paragraph costs one command, not one per glyph.
#include "ui/text_engine.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "text/unicode_text.hpp"

namespace kiosk::ui {

namespace {

TextEngine* gCurrent = nullptr;

bool isRightToLeftOrJoining(char32_t cp) {
    return (cp >= 0x0590 && cp <= 0x08FF) ||  // Hebrew, Arabic, Syriac, Thaana, N'Ko, Arabic supplements
           (cp >= 0xFB1D && cp <= 0xFDFF) ||  // Hebrew and Arabic presentation forms A
           (cp >= 0xFE70 && cp <= 0xFEFF) ||  // Arabic presentation forms B
           cp == 0x200E || cp == 0x200F ||    // left-to-right and right-to-left marks
           (cp >= 0x202A && cp <= 0x202E) ||  // embeddings and overrides
           (cp >= 0x2066 && cp <= 0x2069);    // isolates
}

}  // namespace

void TextEngine::openFaces() {
    if (opened_) return;
    opened_ = true;
    const std::filesystem::path& fontsDir = fontsDir_;
    for (const char* file : {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSerif-Regular.ttf",
                             "NotoSerif-Italic.ttf", "NotoNaskhArabic-Regular.ttf", "NotoNastaliqUrdu-Regular.ttf"}) {
        std::string error;
        std::unique_ptr<text::FontFace> face = text::FontFace::open((fontsDir / file).string(), &error);
        if (!face) {
            problems_.push_back(error);
            continue;
        }
        faces_[file] = std::move(face);
    }
    auto find = [&](const char* file) -> const text::FontFace* {
        auto it = faces_.find(file);
        return it == faces_.end() ? nullptr : it->second.get();
    };
    sans_ = find("NotoSans-Regular.ttf");
    naskh_ = find("NotoNaskhArabic-Regular.ttf");
    nastaliq_ = find("NotoNastaliqUrdu-Regular.ttf");
    if (!nastaliq_) nastaliq_ = naskh_;
    registerFonts(fontFiles_);
}

void TextEngine::registerFonts(const std::vector<std::pair<const ImFont*, std::string>>& files) {
    fontFiles_ = files;
    fontFaces_.clear();
    for (const auto& [font, fileName] : files) {
        auto it = faces_.find(fileName);
        if (font && it != faces_.end()) fontFaces_[font] = it->second.get();
    }
}

bool TextEngine::usable() {
    openFaces();
    return sans_ != nullptr;
}

bool TextEngine::drawnByTextLayer(char32_t codepoint) {
    return isRightToLeftOrJoining(codepoint);
}

std::vector<std::string> TextEngine::coverageProblems(const ImWchar* ranges) {
    openFaces();
    std::vector<std::string> out = problems_;
    int missing = 0;
    for (const ImWchar* r = ranges; r && r[0]; r += 2)
        for (unsigned c = r[0]; c <= r[1]; ++c) {
            if (!isRightToLeftOrJoining(c) || (c >= 0x200E && c <= 0x206F)) continue;  // controls draw nothing
            const bool covered = (naskh_ && naskh_->covers(c)) || (nastaliq_ && nastaliq_->covers(c));
            if (covered) continue;
            if (++missing <= 5) {
                char buffer[80];
                std::snprintf(buffer, sizeof buffer, "the Arabic-script fonts lack U+%04X", c);
                out.emplace_back(buffer);
            }
        }
    if (missing > 5) out.push_back(std::to_string(missing) + " Arabic-script characters in all lack a glyph");
    return out;
}

bool TextEngine::needsShaping(std::string_view text) {
    // Most text is ASCII: look no further than the first byte above it.
    size_t first = 0;
    while (first < text.size() && static_cast<unsigned char>(text[first]) < 0x80) ++first;
    if (first == text.size()) return false;
    const text::UnicodeText decoded = text::decodeUtf8(text.substr(first));
    for (char32_t cp : decoded.codepoints)
        if (isRightToLeftOrJoining(cp)) return true;
    return false;
}

text::TextStyle TextEngine::styleFor(const ImFont* font) const {
    text::TextStyle style;
    auto it = fontFaces_.find(font);
    const text::FontFace* face = it != fontFaces_.end() ? it->second : sans_;
    const bool reading = face && face->path().find("Serif") != std::string::npos;
    style.fonts = {face ? face : sans_, reading ? nastaliq_ : naskh_};
    style.pixelSize = font ? font->FontSize : 16.0f;
    return style;
}

const text::TextBlock& TextEngine::wrapped(const ImFont* font, std::string_view utf8, float width, float lineGap) {
    text::TextStyle style = styleFor(font);
    style.lineGap = lineGap;
    return cache_.wrapped(std::string(utf8), style, width);
}

const text::TextBlock& TextEngine::wrappedAt(const ImFont* font, float pixelSize, std::string_view utf8, float width) {
    text::TextStyle style = styleFor(font);
    style.pixelSize = pixelSize;
    return cache_.wrapped(std::string(utf8), style, width);
}

void TextEngine::planWarmup(WarmKey key, std::vector<WarmItem> items) {
    warmKey_ = std::move(key);
    warmItems_ = std::move(items);
    warmNext_ = 0;
}

size_t TextEngine::warmSome(double seconds) {
    const auto start = std::chrono::steady_clock::now();
    size_t shaped = 0;
    while (warmNext_ < warmItems_.size()) {
        const WarmItem& item = warmItems_[warmNext_++];
        cache_.wrapped(item.text, item.style, item.width);
        ++shaped;
        if (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() >= seconds) break;
    }
    if (warmNext_ >= warmItems_.size()) {
        warmItems_.clear();
        warmNext_ = 0;
    }
    return shaped;
}

void TextEngine::draw(ImDrawList* drawList, const text::TextBlock& block, ImVec2 origin, float boxWidth, ImU32 colour) {
    if (block.lines.empty()) return;
    drawList->PushTextureID(atlas_.textureId());
    const ImVec4 clip = drawList->_ClipRectStack.back();
    // A right-to-left line's first letter may reach past the line's start: Nastaliq's word-initial kaf and gaf
    // carry their stroke some 0.4 em to the right of their advance. Cut at a clip edge there, "کو" reads as "لو".
    // The stroke hangs into the margin as a typesetter would let it, by at most half an em.
    bool hung = false;
    if (block.rightToLeft) {
        float inkRight = clip.z;
        for (const text::TextLine& line : block.lines) {
            const float top = origin.y + line.top;
            if (line.glyphs.empty() || top > clip.w || top + block.lineHeight < clip.y) continue;  // as the drawing skips
            const text::PlacedGlyph& first = line.glyphs.back();  // glyphs run left to right: the line starts at the right
            const text::AtlasGlyph& glyph = atlas_.glyph(*first.face, first.glyph, block.pixelSize);
            inkRight = std::max(inkRight, origin.x + block.lineX(line, boxWidth) + first.x + glyph.left + glyph.width);
        }
        inkRight = std::min(inkRight, clip.z + 0.5f * block.pixelSize);
        if (inkRight > clip.z) {
            drawList->PushClipRect({clip.x, clip.y}, {inkRight, clip.w}, false);
            hung = true;
        }
    }
    for (const text::TextLine& line : block.lines) {
        const float top = origin.y + line.top;
        if (top > clip.w || top + block.lineHeight < clip.y) continue;  // long texts: draw only what shows
        const float left = origin.x + block.lineX(line, boxWidth);
        const float baseline = origin.y + line.baseline;
        for (const text::PlacedGlyph& placed : line.glyphs) {
            const text::AtlasGlyph& glyph = atlas_.glyph(*placed.face, placed.glyph, block.pixelSize);
            if (glyph.width <= 0) continue;
            const ImVec2 a{left + placed.x + glyph.left, baseline - placed.rise - glyph.top};
            const ImVec2 b{a.x + glyph.width, a.y + glyph.height};
            drawList->PrimReserve(6, 4);
            drawList->PrimRectUV(a, b, {glyph.u0, glyph.v0}, {glyph.u1, glyph.v1}, colour);
        }
    }
    if (hung) drawList->PopClipRect();
    drawList->PopTextureID();
}

void setCurrentTextEngine(TextEngine* engine) {
    gCurrent = engine;
}
TextEngine* currentTextEngine() {
    return gCurrent;
}

}  // namespace kiosk::ui
