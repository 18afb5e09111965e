// fonts.hpp: the exhibit's typefaces, baked once per scale into ImGui's atlas (on the CPU; platform/ uploads it).
#pragma once
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <imgui.h>

#include "model/catalog.hpp"

namespace kiosk::ui {

struct FontSet {
    // Every font but the reader's (which has its own three sizes) follows the visitor's text size: timeline and
    // map names, chips, lists, status lines and the header grow with "Large" as the reading text does.
    int textSize = 1;            // the visitor's size these were baked for: 0 small, 1 normal, 2 large
    ImFont* ui = nullptr;        // labels and buttons (sans)
    ImFont* uiBold = nullptr;
    ImFont* small = nullptr;     // map and timeline labels (never under about 19 px at 1080p)
    ImFont* heading = nullptr;   // pane headings (sans bold)
    ImFont* title = nullptr;     // the exhibit's title in the header
    // The reader's fonts are baked at the visitor's size only: a change of size bakes the whole atlas again anyway
    // (ImGui 1.86 bakes once), so the other two sizes' slots name the same fonts as textSize's.
    ImFont* body[3] = {};        // reading text at the visitor's three sizes (serif)
    ImFont* quote[3] = {};       // excerpts (serif italic)
    ImFont* eventTitle[3] = {};  // the selected event's title (sans bold)
    ImFont* plain[3] = {};       // an event's "in short" line: sans, a little larger than the reading text
    std::vector<std::pair<const ImFont*, std::string>> files;  // the file each font was baked from (text engine)
    std::vector<std::string> problems;  // missing font files, glyphs the fonts lack: for --check and the log
    int missingGlyphs = 0;
};

// Every character the content uses, plus Latin-1, general punctuation and the UI's own symbols.
std::vector<ImWchar> glyphRangesFor(const model::Catalog& catalog);

// How much larger than at "Normal" every text outside the reader is drawn at a visitor text size (0, 1, 2).
// "Small" keeps the normal sizes: they are the exhibit's minimum (about 19 px at 1080p for the smallest labels),
// and only the reader's long text, which a visitor reads from close up, may go below it.
float interfaceTextFactor(int textSize);

// Clears `atlas` and bakes the fonts from `fontsDir` at `scale`, the interface fonts enlarged for `textSize`. A missing or unreadable file falls back to
// ImGui's built-in font (and is listed in problems), so the kiosk still shows text. `ranges` must outlive the
// atlas. Builds the atlas (CPU only).
FontSet buildFonts(ImFontAtlas& atlas, const std::filesystem::path& fontsDir, float scale, const std::vector<ImWchar>& ranges,
                   const model::Catalog& catalog, int textSize = 1);

// `text` as it fits in `maxWidth` pixels of `font`: whole if it fits, else cut at a word boundary with an ellipsis
// ("Thaw and…"); empty when not even the first word fits. `width` receives the result's width.
std::string fitToWidth(const ImFont& font, const std::string& text, float maxWidth, float* width = nullptr);

// A name that must show even in a narrow place (an era's band): whole words as fitToWidth, else as many whole
// characters as fit, then an ellipsis ("Rappro…"); empty only when not one character and the ellipsis fit.
std::string fitNameToWidth(const ImFont& font, const std::string& text, float maxWidth, float* width = nullptr);

}  // namespace kiosk::ui
