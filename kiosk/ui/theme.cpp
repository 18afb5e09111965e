// theme.cpp: colours chosen for contrast on a dark warm-grey ground (museum galleries are usually dim); the
// test in tests/ui/theme_test.cpp checks every text and graphic pairing against WCAG AA.
#include "ui/theme.hpp"

#include <cmath>
#include <numbers>

namespace kiosk::ui {
namespace {

Palette standard() {
    Palette p;
    p.kind = PaletteKind::Standard;
    p.background = IM_COL32(0x1B, 0x1D, 0x22, 0xFF);
    p.panel = IM_COL32(0x25, 0x28, 0x2F, 0xFF);
    p.panelRaised = IM_COL32(0x31, 0x35, 0x3E, 0xFF);
    p.text = IM_COL32(0xF2, 0xEE, 0xE6, 0xFF);
    p.textMuted = IM_COL32(0xB9, 0xB4, 0xAA, 0xFF);
    p.accent = IM_COL32(0xE0, 0xA8, 0x3C, 0xFF);
    p.accentText = IM_COL32(0x1B, 0x1D, 0x22, 0xFF);
    p.sea = IM_COL32(0x1E, 0x2E, 0x3D, 0xFF);
    p.land = IM_COL32(0x4A, 0x4F, 0x47, 0xFF);
    p.landActive = IM_COL32(0x86, 0x64, 0x38, 0xFF);  // place names on it still 4.5:1
    p.border = IM_COL32(0x6B, 0x70, 0x68, 0xFF);
    p.highlight = IM_COL32(0x5C, 0x47, 0x1E, 0xFF);
    p.cooperation = IM_COL32(0x5F, 0xB8, 0x8F, 0xFF);
    p.tension = IM_COL32(0xE0, 0x6C, 0x5A, 0xFF);
    p.neutral = IM_COL32(0x9A, 0x9E, 0xA8, 0xFF);
    p.marker = IM_COL32(0xF2, 0xEE, 0xE6, 0xFF);
    p.markerSelected = IM_COL32(0xE0, 0xA8, 0x3C, 0xFF);
    p.quoteBar = IM_COL32(0xE0, 0xA8, 0x3C, 0xFF);
    p.differ = IM_COL32(0x3B, 0x2F, 0x45, 0xFF);
    p.mapName = IM_COL32(0xD8, 0xD4, 0xCC, 0xFF);
    p.bandAlternate = IM_COL32(0x4B, 0x50, 0x4E, 0xFF);
    p.themes = {IM_COL32(0x6C, 0xB8, 0xF0, 0xFF), IM_COL32(0xF0, 0x8A, 0x5C, 0xFF), IM_COL32(0x5F, 0xD0, 0xA8, 0xFF),
                IM_COL32(0xF0, 0xD2, 0x5A, 0xFF), IM_COL32(0xD8, 0x8C, 0xC8, 0xFF), IM_COL32(0xA8, 0xB8, 0xF8, 0xFF),
                IM_COL32(0xE8, 0xA8, 0x78, 0xFF), IM_COL32(0xB8, 0xD8, 0x78, 0xFF)};
    return p;
}

Palette highContrast() {
    // Pure black ground, white text, yellow accent: for visitors with low vision.
    Palette p = standard();
    p.kind = PaletteKind::HighContrast;
    p.background = IM_COL32(0x00, 0x00, 0x00, 0xFF);
    p.panel = IM_COL32(0x00, 0x00, 0x00, 0xFF);
    p.panelRaised = IM_COL32(0x24, 0x24, 0x24, 0xFF);
    p.text = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
    p.textMuted = IM_COL32(0xE6, 0xE6, 0xE6, 0xFF);
    p.accent = IM_COL32(0xFF, 0xD8, 0x00, 0xFF);
    p.accentText = IM_COL32(0x00, 0x00, 0x00, 0xFF);
    // Land and the highlighted country are dark enough for white names at 7:1 (AAA), the sea darker still.
    p.sea = IM_COL32(0x00, 0x06, 0x0F, 0xFF);
    p.land = IM_COL32(0x32, 0x32, 0x32, 0xFF);
    p.landActive = IM_COL32(0x60, 0x4C, 0x00, 0xFF);
    p.border = IM_COL32(0xC8, 0xC8, 0xC8, 0xFF);
    p.highlight = IM_COL32(0x66, 0x55, 0x00, 0xFF);
    p.marker = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
    p.markerSelected = IM_COL32(0xFF, 0xD8, 0x00, 0xFF);
    p.quoteBar = IM_COL32(0xFF, 0xD8, 0x00, 0xFF);
    p.differ = IM_COL32(0x30, 0x18, 0x40, 0xFF);
    p.tension = IM_COL32(0xFF, 0x8A, 0x78, 0xFF);  // also a word ("cooler") on the timeline: 7:1 on black
    p.mapName = p.text;  // no grey on grey: every name on the map is white
    p.bandAlternate = IM_COL32(0x3A, 0x3A, 0x3A, 0xFF);
    p.themes = {IM_COL32(0x7F, 0xC8, 0xFF, 0xFF), IM_COL32(0xFF, 0x9A, 0x6A, 0xFF), IM_COL32(0x6A, 0xF0, 0xB8, 0xFF),
                IM_COL32(0xFF, 0xE6, 0x6A, 0xFF), IM_COL32(0xF0, 0x9A, 0xE0, 0xFF), IM_COL32(0xC0, 0xCC, 0xFF, 0xFF),
                IM_COL32(0xFF, 0xC0, 0x90, 0xFF), IM_COL32(0xCC, 0xF0, 0x8A, 0xFF)};
    return p;
}

Palette colourBlindSafe() {
    // Okabe-Ito hues, spread in lightness as well, so that themes differ for every kind of colour vision; the
    // marker shapes carry the distinction too.
    Palette p = standard();
    p.kind = PaletteKind::ColourBlindSafe;
    p.cooperation = IM_COL32(0x56, 0xB4, 0xE9, 0xFF);  // sky blue
    p.tension = IM_COL32(0xE6, 0x9F, 0x00, 0xFF);      // orange
    p.themes = {IM_COL32(0x56, 0xB4, 0xE9, 0xFF), IM_COL32(0xE6, 0x9F, 0x00, 0xFF), IM_COL32(0x00, 0x9E, 0x73, 0xFF),
                IM_COL32(0xF0, 0xE4, 0x42, 0xFF), IM_COL32(0xCC, 0x79, 0xA7, 0xFF), IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),
                IM_COL32(0xD5, 0x5E, 0x00, 0xFF), IM_COL32(0x99, 0x99, 0x99, 0xFF)};
    return p;
}

}  // namespace

const Palette& palette(PaletteKind kind) {
    static const Palette kStandard = standard(), kHigh = highContrast(), kSafe = colourBlindSafe();
    switch (kind) {
        case PaletteKind::HighContrast: return kHigh;
        case PaletteKind::ColourBlindSafe: return kSafe;
        case PaletteKind::Standard: break;
    }
    return kStandard;
}

const Palette& defaultPalette() { return palette(PaletteKind::Standard); }

PaletteKind parsePaletteKind(std::string_view name, bool* ok) {
    if (ok) *ok = true;
    if (name == "standard") return PaletteKind::Standard;
    if (name == "high-contrast") return PaletteKind::HighContrast;
    if (name == "colour-blind-safe" || name == "color-blind-safe") return PaletteKind::ColourBlindSafe;
    if (ok) *ok = false;
    return PaletteKind::Standard;
}

MarkerShape themeShape(model::Index theme) {
    if (theme < 0) return MarkerShape::Circle;
    return static_cast<MarkerShape>(theme % 8);
}

void drawMarker(ImDrawList* dl, ImVec2 c, float r, MarkerShape shape, ImU32 colour) {
    auto polygon = [&](int sides, float rotation, float scale) {
        ImVec2 points[8];
        for (int i = 0; i < sides; ++i) {
            const float a = rotation + 2 * std::numbers::pi_v<float> * static_cast<float>(i) / static_cast<float>(sides);
            points[i] = {c.x + std::cos(a) * r * scale, c.y + std::sin(a) * r * scale};
        }
        dl->AddConvexPolyFilled(points, sides, colour);
    };
    const float pi = std::numbers::pi_v<float>;
    switch (shape) {
        case MarkerShape::Circle: dl->AddCircleFilled(c, r, colour, 24); break;
        case MarkerShape::Square: dl->AddRectFilled({c.x - r * 0.86f, c.y - r * 0.86f}, {c.x + r * 0.86f, c.y + r * 0.86f}, colour); break;
        case MarkerShape::Diamond: polygon(4, 0, 1.15f); break;
        case MarkerShape::TriangleUp: polygon(3, -pi / 2, 1.25f); break;
        case MarkerShape::TriangleDown: polygon(3, pi / 2, 1.25f); break;
        case MarkerShape::Hexagon: polygon(6, 0, 1.05f); break;
        case MarkerShape::Pentagon: polygon(5, -pi / 2, 1.1f); break;
        case MarkerShape::Cross:
            dl->AddRectFilled({c.x - r, c.y - r * 0.38f}, {c.x + r, c.y + r * 0.38f}, colour);
            dl->AddRectFilled({c.x - r * 0.38f, c.y - r}, {c.x + r * 0.38f, c.y + r}, colour);
            break;
    }
}

ImU32 withAlpha(ImU32 colour, float alpha) {
    const ImU32 a = static_cast<ImU32>(static_cast<float>((colour >> IM_COL32_A_SHIFT) & 0xFF) * alpha);
    return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

double relativeLuminance(ImU32 colour) {
    auto channel = [](ImU32 v) {
        const double c = static_cast<double>(v & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour >> IM_COL32_R_SHIFT) + 0.7152 * channel(colour >> IM_COL32_G_SHIFT) +
           0.0722 * channel(colour >> IM_COL32_B_SHIFT);
}

double contrastRatio(ImU32 a, ImU32 b) {
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void applyStyle(const Palette& p, const Metrics& m) {
    ImGuiStyle style;
    ImGui::StyleColorsDark(&style);
    style.WindowPadding = {m.px(20), m.px(16)};
    style.FramePadding = {m.px(16), m.px(12)};
    style.ItemSpacing = {m.gap(), m.gap()};  // at least 2 mm between stacked targets
    style.ItemInnerSpacing = {m.px(10), m.px(8)};
    style.WindowRounding = m.rounding();
    style.ChildRounding = m.rounding();
    style.FrameRounding = m.rounding();
    style.PopupRounding = m.rounding();
    style.GrabRounding = m.rounding();
    style.ScrollbarRounding = m.rounding();
    style.ScrollbarSize = m.px(18);
    style.GrabMinSize = m.px(48);
    style.WindowBorderSize = 0;
    style.FrameBorderSize = p.kind == PaletteKind::HighContrast ? std::max(1.0f, m.px(2)) : 0;
    style.TouchExtraPadding = {m.px(4), m.px(4)};
    style.AntiAliasedFill = true;
    style.AntiAliasedLines = true;
    auto colour = [](ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); };
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = colour(p.panel);
    c[ImGuiCol_ChildBg] = colour(p.panel);
    c[ImGuiCol_PopupBg] = colour(p.panelRaised);
    c[ImGuiCol_Text] = colour(p.text);
    c[ImGuiCol_TextDisabled] = colour(p.textMuted);
    c[ImGuiCol_Button] = colour(p.panelRaised);
    c[ImGuiCol_ButtonHovered] = colour(p.panelRaised);  // no hover tint: see the header comment
    c[ImGuiCol_ButtonActive] = colour(p.accent);        // instant feedback while a finger is down
    c[ImGuiCol_FrameBg] = colour(p.panelRaised);
    c[ImGuiCol_FrameBgHovered] = colour(p.panelRaised);
    c[ImGuiCol_FrameBgActive] = colour(p.panelRaised);
    c[ImGuiCol_ScrollbarBg] = colour(p.panel);
    c[ImGuiCol_ScrollbarGrab] = colour(p.border);
    c[ImGuiCol_ScrollbarGrabHovered] = colour(p.border);
    c[ImGuiCol_ScrollbarGrabActive] = colour(p.accent);
    c[ImGuiCol_Separator] = colour(p.border);
    c[ImGuiCol_Border] = colour(p.border);
    c[ImGuiCol_TextSelectedBg] = colour(p.highlight);
    ImGui::GetStyle() = style;
}

}  // namespace kiosk::ui
