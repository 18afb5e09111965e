// theme.hpp: the exhibit's one visual design: palette, theme colours, and ImGui's style derived from them.
#pragma once
#include <cstdint>
#include <imgui.h>

#include "model/catalog.hpp"
#include "ui/metrics.hpp"

namespace kiosk::ui {

struct Palette {
    ImU32 background, panel, panelRaised, text, textMuted, accent, accentText, sea, land, landActive, border, highlight,
        cooperation, tension, neutral, marker, markerSelected, quoteBar, differ;
};

const Palette& defaultPalette();
// A theme's colour on the timeline and in the legend; distinct for up to eight themes, then it repeats.
ImU32 themeColour(model::Index theme);
ImU32 withAlpha(ImU32 colour, float alpha);

// Applies the palette and the scaled sizes to ImGui's style (no window chrome, big scrollbars, no hover tint:
// a finger leaves the pointer where it lifted, so hover colours must equal the resting ones).
void applyStyle(const Palette& palette, const Metrics& metrics);

}  // namespace kiosk::ui
