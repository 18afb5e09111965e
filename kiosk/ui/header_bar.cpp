// header_bar.cpp: the exhibit's title, and the controls every visitor can always reach: search, start over,
// text size and contrast, about. In portrait and in the low-reach layout they sit in a bar at the bottom of the screen.
#include "ui/ui_context.hpp"

namespace kiosk::ui {
namespace {

void drawControls(const FrameContext& ctx, const model::Rect& r, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    ImGui::PushFont(ctx.fonts.uiBold);
    const float h = m.primaryTouch();
    const float y = (r.h - h) / 2;
    struct Control { const char* label; bool selected; app::Action action; };
    const Control controls[] = {
        {"Search##search", ctx.state.reader.page == app::ReaderPage::Search, app::OpenSearch{}},
        {"Start over##home", false, app::StartOver{}},
        {"Text & contrast##display", ctx.state.displayOptionsOpen, app::ToggleDisplayOptions{}},
        {"About##about", ctx.state.aboutOpen, ctx.state.aboutOpen ? app::Action{app::CloseAbout{}} : app::Action{app::OpenAbout{}}},
    };
    float widths[4];
    float total = 0;
    for (int i = 0; i < 4; ++i) {
        widths[i] = std::max(m.touch() * 1.8f, ImGui::CalcTextSize(controls[i].label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x);
        total += widths[i] + m.gap();
    }
    float x = ctx.layout.controlsInBar ? (r.w - total) / 2 : r.w - total - m.px(12);
    for (int i = 0; i < 4; ++i) {
        ImGui::SetCursorPos({x, y});
        if (tapButton(controls[i].label, {widths[i], h}, controls[i].selected)) out.push_back(controls[i].action);
        x += widths[i] + m.gap();
    }
    ImGui::PopFont();
}

}  // namespace

// The visitor's reading options: three text sizes and high contrast, in a small panel beside its button.
void drawDisplayOptions(const FrameContext& ctx, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const float w = std::min(m.px(560), ImGui::GetIO().DisplaySize.x - 2 * m.gap());
    const float h = ctx.fonts.heading->FontSize + 2 * m.primaryTouch() + 2 * ImGui::GetStyle().ItemSpacing.y + 2 * ImGui::GetStyle().WindowPadding.y;
    const model::Rect& c = ctx.layout.controls;
    const float x = ImGui::GetIO().DisplaySize.x - w - m.gap();
    const float y = ctx.layout.controlsInBar ? c.y - h - m.gap() : c.bottom() + m.gap();
    if (beginPane("##display-options", {x, y, w, h}, ctx.palette.panelRaised, false, true)) {
        ImGui::PushFont(ctx.fonts.heading);
        ImGui::TextUnformatted("Text size");
        ImGui::PopFont();
        ImGui::PushFont(ctx.fonts.uiBold);
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(ctx.palette.background));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(ctx.palette.background));
        const float third = (ImGui::GetContentRegionAvail().x - 2 * m.gap()) / 3;
        const char* sizes[] = {"Small##size0", "Normal##size1", "Large##size2"};
        for (int i = 0; i < 3; ++i) {
            if (i) ImGui::SameLine(0, m.gap());
            if (tapButton(sizes[i], {third, m.primaryTouch()}, ctx.state.reader.textSize == i)) out.push_back(app::SetTextSize{i});
        }
        const float half = (ImGui::GetContentRegionAvail().x - m.gap()) / 2;
        if (tapButton(ctx.state.highContrast ? "High contrast: on##contrast" : "High contrast: off##contrast", {half, m.primaryTouch()},
                      ctx.state.highContrast))
            out.push_back(app::SetHighContrast{!ctx.state.highContrast});
        ImGui::SameLine(0, m.gap());
        if (tapButton("Done##display-done", {half, m.primaryTouch()})) out.push_back(app::ToggleDisplayOptions{});
        ImGui::PopStyleColor(2);
        ImGui::PopFont();
    }
    endPane();
}

void drawHeader(const FrameContext& ctx, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const model::Rect& r = ctx.layout.header;
    if (beginPane("##header", r, ctx.palette.background)) {
        ImGui::SetCursorPos({m.px(24), m.px(10)});
        ImGui::PushFont(ctx.fonts.title);
        ImGui::TextUnformatted(ctx.catalog.exhibit.title.c_str());
        ImGui::PopFont();
        ImGui::SetCursorPos({m.px(26), m.px(10) + ctx.fonts.title->FontSize + m.px(2)});
        ImGui::PushFont(ctx.fonts.small);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.textMuted));
        ImGui::TextUnformatted(ctx.catalog.exhibit.subtitle.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        if (!ctx.layout.controlsInBar) drawControls(ctx, r, out);
    }
    endPane();
    if (ctx.layout.controlsInBar) {
        if (beginPane("##controls", ctx.layout.controls, ctx.palette.background)) drawControls(ctx, ctx.layout.controls, out);
        endPane();
    }
}

}  // namespace kiosk::ui
