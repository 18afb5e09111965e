// theme.cpp: colours chosen for contrast on a dark warm-grey ground (museum galleries are usually dim).
#include "ui/theme.hpp"

#include <array>

namespace kiosk::ui {

const Palette& defaultPalette() {
    static const Palette p{
        IM_COL32(0x1B, 0x1D, 0x22, 0xFF),  // background
        IM_COL32(0x25, 0x28, 0x2F, 0xFF),  // panel
        IM_COL32(0x31, 0x35, 0x3E, 0xFF),  // panelRaised
        IM_COL32(0xF2, 0xEE, 0xE6, 0xFF),  // text
        IM_COL32(0xB9, 0xB4, 0xAA, 0xFF),  // textMuted
        IM_COL32(0xE0, 0xA8, 0x3C, 0xFF),  // accent (amber)
        IM_COL32(0x1B, 0x1D, 0x22, 0xFF),  // accentText
        IM_COL32(0x1E, 0x2E, 0x3D, 0xFF),  // sea
        IM_COL32(0x4A, 0x4F, 0x47, 0xFF),  // land
        IM_COL32(0x8C, 0x6D, 0x3A, 0xFF),  // landActive
        IM_COL32(0x6B, 0x70, 0x68, 0xFF),  // border
        IM_COL32(0x5C, 0x47, 0x1E, 0xFF),  // highlight (behind text)
        IM_COL32(0x5F, 0xB8, 0x8F, 0xFF),  // cooperation
        IM_COL32(0xE0, 0x6C, 0x5A, 0xFF),  // tension
        IM_COL32(0x9A, 0x9E, 0xA8, 0xFF),  // neutral
        IM_COL32(0xF2, 0xEE, 0xE6, 0xFF),  // marker
        IM_COL32(0xE0, 0xA8, 0x3C, 0xFF),  // markerSelected
        IM_COL32(0xE0, 0xA8, 0x3C, 0xFF),  // quoteBar
        IM_COL32(0x3B, 0x2F, 0x45, 0xFF),  // differ (callout ground)
    };
    return p;
}

ImU32 themeColour(model::Index theme) {
    // Okabe-Ito inspired hues, lightened for a dark ground.
    static constexpr std::array<ImU32, 8> kColours = {
        IM_COL32(0x6C, 0xB8, 0xF0, 0xFF), IM_COL32(0xF0, 0x8A, 0x5C, 0xFF), IM_COL32(0x5F, 0xD0, 0xA8, 0xFF),
        IM_COL32(0xF0, 0xD2, 0x5A, 0xFF), IM_COL32(0xD8, 0x8C, 0xC8, 0xFF), IM_COL32(0xA8, 0xB8, 0xF8, 0xFF),
        IM_COL32(0xE8, 0xA8, 0x78, 0xFF), IM_COL32(0xB8, 0xD8, 0x78, 0xFF)};
    if (theme < 0) return IM_COL32(0xB9, 0xB4, 0xAA, 0xFF);
    return kColours[static_cast<size_t>(theme) % kColours.size()];
}

ImU32 withAlpha(ImU32 colour, float alpha) {
    const ImU32 a = static_cast<ImU32>(static_cast<float>((colour >> IM_COL32_A_SHIFT) & 0xFF) * alpha);
    return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

void applyStyle(const Palette& p, const Metrics& m) {
    ImGuiStyle style;
    ImGui::StyleColorsDark(&style);
    style.WindowPadding = {m.px(20), m.px(16)};
    style.FramePadding = {m.px(16), m.px(12)};
    style.ItemSpacing = {m.px(12), m.px(12)};
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
    style.FrameBorderSize = 0;
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
    c[ImGuiCol_ButtonActive] = colour(p.accent);
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
