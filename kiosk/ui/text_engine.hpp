// text_engine.hpp: the ui's door to the text layer (kiosk/text): the faces behind each baked ImGui font, the glyph
// atlas and the shaped-text cache, and the drawing of a laid-out block into an ImGui draw list. Text that ImGui's
// own path would draw wrongly (Arabic script, which must be shaped and joined; right-to-left runs; bidi controls)
// goes through here; the rest of the interface is to follow as its strings are translated (issue: three languages).
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <imgui.h>

#include "text/glyph_atlas.hpp"
#include "text/shaped_text_cache.hpp"
#include "text/text_layout.hpp"

namespace kiosk::ui {

class TextEngine {
  public:
    // Faces are opened from `fontsDir` when first needed (most exhibits' English text never needs them); missing
    // ones are listed in `problems`, and text then falls back to ImGui's path.
    explicit TextEngine(std::filesystem::path fontsDir) : fontsDir_(std::move(fontsDir)) {}

    // Remembers which face each baked ImGui font was made from (pairs of font and file name), so a paragraph in
    // that font shapes with the same face. Replaces what an earlier atlas registered.
    void registerFonts(const std::vector<std::pair<const ImFont*, std::string>>& files);

    // True when `text` needs shaping or reordering that ImGui's own text path cannot do.
    static bool needsShaping(std::string_view text);
    // True for the code points that make a text need it (Arabic and Hebrew script, bidi controls): these are drawn
    // from the text layer's faces, so ImGui's atlas need not have them.
    static bool drawnByTextLayer(char32_t codepoint);

    // Problems for --check and the log: faces that did not open, and code points of `ranges` (ImGui's pairs,
    // zero-terminated) that the text layer draws but its faces lack.
    std::vector<std::string> coverageProblems(const ImWchar* ranges);

    // The style to shape text of `font` with: its face for Latin and Cyrillic, Naskh (interface) or Nastaliq
    // (reading text in serif) for Arabic script, at the font's pixel size.
    text::TextStyle styleFor(const ImFont* font) const;

    // The wrapped layout of `utf8` in `font`, with `lineGap` pixels after each line, cached across frames.
    const text::TextBlock& wrapped(const ImFont* font, std::string_view utf8, float width, float lineGap = 0);
    // The same at `pixelSize` instead of the font's own size (labels drawn smaller or larger than their font).
    const text::TextBlock& wrappedAt(const ImFont* font, float pixelSize, std::string_view utf8, float width);

    // Draws `block` with its top-left corner at `origin` in a box `boxWidth` wide (right-to-left lines flush right).
    void draw(ImDrawList* drawList, const text::TextBlock& block, ImVec2 origin, float boxWidth, ImU32 colour);

    // Shaping ahead: texts the visitor is likely to open next (every event's reading text, in the language on
    // show), laid out between frames, in slices, so that opening one draws from the cache instead of shaping a
    // page of Nastaliq inside a frame. The plan is replaced whenever its key (language, fonts, width) changes.
    struct WarmItem {
        std::string text;
        text::TextStyle style;  // resolved when planned: the ImGui font it came from may be rebuilt meanwhile
        float width = 0;
    };
    // What a plan was made for: compared every frame, so plain fields and no allocation.
    struct WarmKey {
        std::string language;
        const void* catalog = nullptr;
        size_t events = 0;
        const ImFont* font = nullptr;
        long width = 0;
        bool operator==(const WarmKey&) const = default;
    };
    bool plannedFor(const WarmKey& key) const { return key == warmKey_; }
    void planWarmup(WarmKey key, std::vector<WarmItem> items);
    bool warming() const { return warmNext_ < warmItems_.size(); }
    // Lays out planned items until `seconds` have gone (at least one item); returns how many it shaped.
    size_t warmSome(double seconds);

    void beginFrame() { cache_.beginFrame(); }
    uint64_t shapedCount() const { return cache_.shapedCount(); }  // layouts computed since the engine was made
    text::GlyphAtlas& atlas() { return atlas_; }
    bool usable();
    const std::vector<std::string>& problems() const { return problems_; }

  private:
    void openFaces();
    std::filesystem::path fontsDir_;
    bool opened_ = false;
    std::vector<std::pair<const ImFont*, std::string>> fontFiles_;
    std::map<std::string, std::unique_ptr<text::FontFace>> faces_;  // by file name
    const text::FontFace* sans_ = nullptr;
    const text::FontFace* naskh_ = nullptr;
    const text::FontFace* nastaliq_ = nullptr;
    std::map<const ImFont*, const text::FontFace*> fontFaces_;
    text::GlyphAtlas atlas_;
    text::ShapedTextCache cache_;
    std::vector<std::string> problems_;
    WarmKey warmKey_;
    std::vector<WarmItem> warmItems_;
    size_t warmNext_ = 0;
};

// The engine the drawing code uses this frame, like ImGui's current context; null when none is installed (tests of
// single panes), and paragraphs then take ImGui's path.
void setCurrentTextEngine(TextEngine* engine);
TextEngine* currentTextEngine();

}  // namespace kiosk::ui
