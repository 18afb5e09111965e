// exhibit_frame.cpp: the frame's composition (header and three panes), pane windows, and the unavailable screen.
#include "ui/ui_context.hpp"

namespace kiosk::ui {

bool beginPane(const char* name, const model::Rect& r, ImU32 background, bool scrollable, bool overlay) {
    ImGui::SetNextWindowPos({r.x, r.y});
    ImGui::SetNextWindowSize({r.w, r.h});
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(background));
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
    // Panes never come to the front when touched (ImGui also creates such windows at the bottom of the stack);
    // overlays are created on top and stay there.
    if (!overlay) flags |= ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (!scrollable) flags |= ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar;
    const bool open = ImGui::Begin(name, nullptr, flags);
    ImGui::PopStyleColor();
    return open;
}

void endPane() { ImGui::End(); }

void drawExhibit(const FrameContext& ctx, PaneScratch& scratch, app::Actions& out) {
    // The page background behind the panes.
    ImGui::GetBackgroundDrawList()->AddRectFilled({0, 0}, ImGui::GetIO().DisplaySize, ctx.palette.background);
    drawHeader(ctx, out);
    drawMapPane(ctx, scratch, out);
    drawTimelinePane(ctx, scratch, out);
    drawReaderPane(ctx, scratch, out);
    if (ctx.state.search.keyboardOpen && ctx.state.mode == app::Mode::Active) drawSearchKeyboard(ctx, out);
    drawOverlays(ctx, out);
}

void drawUnavailable(const Metrics& m, const FontSet& fonts, const Palette& p, float width, float height, const std::string& detail) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    dl->AddRectFilled({0, 0}, {width, height}, p.background);
    const char* headline = "This exhibit is temporarily unavailable";
    const char* sub = "Our staff have been told. Please come back a little later.";
    ImFont* big = fonts.title ? fonts.title : ImGui::GetFont();
    ImFont* ui = fonts.ui ? fonts.ui : ImGui::GetFont();
    ImFont* small = fonts.small ? fonts.small : ImGui::GetFont();
    const ImVec2 h = big->CalcTextSizeA(big->FontSize, 1e9f, 0, headline);
    const ImVec2 s = ui->CalcTextSizeA(ui->FontSize, 1e9f, 0, sub);
    const float y = height * 0.42f;
    dl->AddText(big, big->FontSize, {(width - h.x) / 2, y - h.y}, p.text, headline);
    dl->AddText(ui, ui->FontSize, {(width - s.x) / 2, y + m.px(16)}, p.textMuted, sub);
    const std::string staff = "For staff: " + detail;
    dl->AddText(small, small->FontSize, {m.px(32), height - m.px(32) - small->FontSize}, p.textMuted, staff.c_str(), nullptr, width - m.px(64));
}

}  // namespace kiosk::ui
