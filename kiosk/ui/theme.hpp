// theme.hpp: the exhibit's one visual design: palettes (standard, high contrast, colour-blind safe), theme colours
// and marker shapes, contrast maths, and ImGui's style derived from them.
#pragma once
#include <array>
#include <cstdint>
#include <imgui.h>

#include "model/catalog.hpp"
#include "ui/metrics.hpp"

namespace kiosk::ui {

enum class PaletteKind { Standard, HighContrast, ColourBlindSafe };

struct Palette {
    PaletteKind kind = PaletteKind::Standard;
    ImU32 background, panel, panelRaised, text, textMuted, accent, accentText, sea, land, landActive, border, highlight,
        cooperation, tension, neutral, marker, markerSelected, quoteBar, differ;
    ImU32 mapName;        // country names on the map: quieter than place names, but opaque, so its contrast is known
    ImU32 bandAlternate;  // every other era band on the timeline (the others are panelRaised), under the era's name
    std::array<ImU32, 8> themes;  // one colour per content theme (repeating after eight)
    ImU32 theme(model::Index t) const { return t < 0 ? textMuted : themes[static_cast<size_t>(t) % themes.size()]; }
};

const Palette& palette(PaletteKind kind);
const Palette& defaultPalette();
PaletteKind parsePaletteKind(std::string_view name, bool* ok = nullptr);

// Themes are told apart by shape as well as colour, so no visitor depends on hue alone.
enum class MarkerShape { Circle, Square, Diamond, TriangleUp, TriangleDown, Hexagon, Pentagon, Cross };
MarkerShape themeShape(model::Index theme);
void drawMarker(ImDrawList* dl, ImVec2 centre, float radius, MarkerShape shape, ImU32 colour);

ImU32 withAlpha(ImU32 colour, float alpha);

// WCAG 2 relative luminance and contrast ratio (1..21) of two opaque colours.
double relativeLuminance(ImU32 colour);
double contrastRatio(ImU32 a, ImU32 b);

// Applies the palette and the scaled sizes to ImGui's style (no window chrome, big scrollbars, no hover tint:
// a finger leaves the pointer where it lifted, so hover colours must equal the resting ones).
void applyStyle(const Palette& palette, const Metrics& metrics);

}  // namespace kiosk::ui
