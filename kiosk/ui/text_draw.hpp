// text_draw.hpp: the one door every line of interface text goes through: measuring and drawing labels, headings,
// status lines and button captions. Text ImGui's own path draws right (Latin, Cyrillic) takes that path, pixel for
// pixel as before; text that must be shaped or reordered (Urdu, mixed right-to-left runs) goes through the text
// layer (ui/text_engine), so no call site needs to know which script it is showing.
#pragma once
#include <string>
#include <string_view>

#include <imgui.h>

namespace kiosk::ui {

// The size `text` takes in `font` at `size` pixels on one line.
ImVec2 textSize(const ImFont* font, float size, std::string_view text);
// The same in the current ImGui font; `hideAfterHashes` drops an ImGui id suffix ("Close##reader").
ImVec2 textSize(std::string_view text, bool hideAfterHashes = false);
// The size of `text` wrapped to `width`.
ImVec2 wrappedTextSize(const ImFont* font, float size, float width, std::string_view text);

// Draws one line of `text` with its top-left corner at `pos`.
void drawText(ImDrawList* drawList, const ImFont* font, float size, ImVec2 pos, ImU32 colour, std::string_view text);
// Draws `text` wrapped to `width` from `pos` (right-to-left lines flush right in the box).
void drawWrappedText(ImDrawList* drawList, const ImFont* font, float size, ImVec2 pos, ImU32 colour, float width,
                     std::string_view text);

// At the window's cursor, in the current font and text colour, advancing the cursor as ImGui's own text does:
// one line, or wrapped to the rest of the content region.
void textLine(std::string_view text);
void textWrapped(std::string_view text);

// While one of these lives with `on`, textLine puts its line flush with the right edge of the content region: the
// reader in a right-to-left language, whose headings and status lines start where its paragraphs do.
class FlushRightLines {
  public:
    // `rightMargin`: pixels kept clear at the right of the window's content (a pull quote's bar); marginInside
    // gives it for a box narrower than the content, such as a quotation inside a callout.
    explicit FlushRightLines(bool on, float rightMargin = 0);
    static float marginInside(float boxRight, float inset);
    ~FlushRightLines();
    // Restores the previous alignment now rather than at the end of the scope (a callout's box closes before
    // what follows it in the same block is drawn).
    void release();
    FlushRightLines(const FlushRightLines&) = delete;
    FlushRightLines& operator=(const FlushRightLines&) = delete;

  private:
    bool previous_;
    float previousMargin_;
    bool released_ = false;
};

// Where FlushRightLines is on, moves the cursor so that the next item, `itemWidth` wide, ends at the content
// region's right edge (less the margin); otherwise does nothing. For a button on a line of its own.
void alignForReading(float itemWidth);
// The width of a button that sizes itself to its caption (an ImGui id after "##" not counted).
float captionButtonWidth(std::string_view label);

// The caption of a button (an ImGui id after "##" is not shown) in the rectangle [min, max], placed as ImGui places
// a button's own caption: inside the frame padding, by the style's ButtonTextAlign (centred unless a caller moved it).
void drawButtonCaption(ImDrawList* drawList, ImVec2 min, ImVec2 max, ImU32 colour, std::string_view caption);

// A button's label: the words shown (already in the visitor's language) and an ImGui id after "##" that does not
// change with the language ("Close##reader"), so a button keeps its identity when the visitor switches language.
inline std::string withId(std::string_view shown, std::string_view id) {
    std::string label(shown);
    label += "##";
    label += id;
    return label;
}

// True when `text` goes through the text layer (it needs shaping and a usable engine is installed).
bool takesTextLayer(std::string_view text);

}  // namespace kiosk::ui
