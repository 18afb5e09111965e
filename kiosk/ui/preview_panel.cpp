// preview_panel.cpp: what `kiosk --preview` tells the curator: a status line at the foot of the header, and, when
// the last save has errors, a panel over the map that lists each with its file and line. The rest of the screen
// keeps the last content that built without errors, so the curator sees both what is wrong and what was right.
#include "ui/ui_context.hpp"

namespace kiosk::ui {

void drawPreviewPanel(const FrameContext& ctx) {
    if (!ctx.preview) return;
    const PreviewInfo& p = *ctx.preview;
    const Metrics& m = ctx.metrics;
    ImDrawList* fg = ImGui::GetForegroundDrawList();

    // The status line: which folder, and whether what is on screen is what is saved.
    std::string status = "Preview of " + p.folder + ": ";
    if (p.building) status += "rebuilding\u2026";
    else if (p.errors > 0) status += std::to_string(p.errors) + (p.errors == 1 ? " error" : " errors") + "; showing the last good content";
    else status += "up to date, " + p.lastBuild;
    if (!p.building && p.errors == 0 && p.warnings > 0) status += " (" + std::to_string(p.warnings) + (p.warnings == 1 ? " warning" : " warnings") + ": see kiosk-content check)";
    ImFont* small = ctx.fonts.small;
    const ImVec2 ss = small->CalcTextSizeA(small->FontSize, 1e9f, 0, status.c_str());
    const model::Rect& h = ctx.layout.header;
    const ImVec2 at{h.x + h.w / 2 - ss.x / 2, h.bottom() - ss.y - m.px(4)};
    const ImU32 tone = p.errors > 0 ? ctx.palette.tension : ctx.palette.cooperation;
    fg->AddRectFilled({at.x - m.px(10), at.y - m.px(3)}, {at.x + ss.x + m.px(10), at.y + ss.y + m.px(3)}, ctx.palette.panelRaised, m.rounding());
    fg->AddRect({at.x - m.px(10), at.y - m.px(3)}, {at.x + ss.x + m.px(10), at.y + ss.y + m.px(3)}, tone, m.rounding(), 0, m.px(2));
    fg->AddText(small, small->FontSize, at, ctx.palette.text, status.c_str());
    if (p.errors == 0) return;

    // The errors, over the map: the pane whose loss costs the curator least while reading them.
    const model::Rect& r = ctx.layout.map;
    ImGui::SetNextWindowPos({r.x, r.y});
    ImGui::SetNextWindowSize({r.w, r.h});
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(withAlpha(ctx.palette.panelRaised, 0.97f)));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(ctx.palette.tension));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, m.px(3));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {m.px(20), m.px(16)});
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoFocusOnAppearing;
    if (ImGui::Begin("##preview-errors", nullptr, flags)) {
        ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX());
        ImGui::PushFont(ctx.fonts.heading);
        ImGui::TextUnformatted(p.errors == 1 ? "The last save has 1 error" : ("The last save has " + std::to_string(p.errors) + " errors").c_str());
        ImGui::PopFont();
        ImGui::PushFont(ctx.fonts.small);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.textMuted));
        ImGui::TextUnformatted("The exhibit shows the content as it was last saved without errors. Fix these and save again.");
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::Dummy({1, m.px(6)});
        for (const PreviewInfo::Problem& problem : p.problems) {
            if (problem.warning) continue;
            ImGui::PushFont(ctx.fonts.uiBold);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.accent));
            ImGui::TextUnformatted(problem.where.c_str());
            ImGui::PopStyleColor();
            ImGui::PopFont();
            ImGui::PushFont(ctx.fonts.ui);
            ImGui::TextUnformatted(problem.message.c_str());
            ImGui::PopFont();
            if (!problem.sourceLine.empty()) {
                ImGui::PushFont(ctx.fonts.small);
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.textMuted));
                ImGui::TextUnformatted(("    " + problem.sourceLine).c_str());
                ImGui::PopStyleColor();
                ImGui::PopFont();
            }
            ImGui::Dummy({1, m.px(8)});
        }
        if (!p.note.empty()) {
            ImGui::PushFont(ctx.fonts.small);
            ImGui::TextUnformatted(p.note.c_str());
            ImGui::PopFont();
        }
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

}  // namespace kiosk::ui
