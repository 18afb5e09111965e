// header_bar.cpp: the exhibit's title, and the controls every visitor can always reach: start over, text size, about.
#include "ui/ui_context.hpp"

namespace kiosk::ui {

void drawHeader(const FrameContext& ctx, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const model::Rect& r = ctx.layout.header;
    if (beginPane("##header", r, ctx.palette.background)) {
        const bool portrait = ctx.layout.orientation == model::Orientation::Portrait;
        ImGui::SetCursorPos({m.px(24), m.px(10)});
        ImGui::PushFont(ctx.fonts.title);
        ImGui::TextUnformatted("Pakistan and the Soviet Union / Russia, 1947\u20132022");
        ImGui::PopFont();
        ImGui::SetCursorPos({m.px(26), m.px(10) + ctx.fonts.title->FontSize + m.px(2)});
        ImGui::PushFont(ctx.fonts.small);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.textMuted));
        ImGui::TextUnformatted("Seventy-five years of a relationship, told from five published articles");
        ImGui::PopStyleColor();
        ImGui::PopFont();

        // Right-aligned controls.
        ImGui::PushFont(ctx.fonts.uiBold);
        const float h = m.touch();
        const float y = portrait ? r.h - h - m.px(8) : (r.h - h) / 2;
        const char* labels[] = {"Start over", "A\u2013", "A+", "About", "Search"};
        float widths[5];
        float total = 0;
        for (int i = 0; i < 5; ++i) {
            widths[i] = std::max(m.touch() * (i == 1 || i == 2 ? 1.0f : 1.6f),
                                 ImGui::CalcTextSize(labels[i]).x + 2 * ImGui::GetStyle().FramePadding.x);
            total += widths[i] + m.gap();
        }
        widths[4] += m.px(40);  // the primary way in for a visitor with a question
        total += m.px(40);
        float x = r.w - total - m.px(12);
        auto place = [&](int i) {
            ImGui::SetCursorPos({x, y});
            x += widths[i] + m.gap();
        };
        place(4);
        if (tapButton("Search##search", {widths[4], h}, ctx.state.reader.page == app::ReaderPage::Search)) out.push_back(app::OpenSearch{});
        place(0);
        if (tapButton("Start over##home", {widths[0], h})) {
            out.push_back(app::StartOver{});
        }
        place(1);
        if (tapButton("A\u2013##smaller", {widths[1], h}) && ctx.state.reader.textSize > 0)
            out.push_back(app::SetTextSize{ctx.state.reader.textSize - 1});
        place(2);
        if (tapButton("A+##larger", {widths[2], h}) && ctx.state.reader.textSize < 2)
            out.push_back(app::SetTextSize{ctx.state.reader.textSize + 1});
        place(3);
        if (tapButton("About##about", {widths[3], h}, ctx.state.aboutOpen))
            out.push_back(ctx.state.aboutOpen ? app::Action{app::CloseAbout{}} : app::Action{app::OpenAbout{}});
        ImGui::PopFont();
    }
    endPane();
}

}  // namespace kiosk::ui
