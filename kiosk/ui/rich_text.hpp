// rich_text.hpp: wrapped paragraphs with highlighted byte ranges and generous line spacing, for the reader.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <imgui.h>

namespace kiosk::ui {

using ByteRange = std::pair<size_t, size_t>;  // [first, last) bytes of the text

// Removes the search highlight markers from a snippet, returning the clean text and the marked ranges.
std::string stripMarks(std::string_view marked, std::vector<ByteRange>& ranges);

// Draws `text` wrapped to `width` at the cursor, with `highlights` on a coloured ground, and advances the cursor.
// Returns the y offset (from the top of the drawn block) of the first highlight, or -1.
float drawParagraph(ImFont* font, std::string_view text, float width, ImU32 colour, const std::vector<ByteRange>& highlights,
                    ImU32 highlightColour, float lineSpacing);

// The reader's spacing after each line of a paragraph in `font` (the event page's summary and quotations).
inline float paragraphLineGap(const ImFont* font) { return font->FontSize * 0.45f; }

}  // namespace kiosk::ui
