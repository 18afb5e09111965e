// header_bar.cpp: the exhibit's title, and the controls every visitor can always reach: search, start over,
// text size and contrast, about. In portrait and in the low-reach layout they sit in a bar at the bottom of the screen.
#include <algorithm>
#include <tuple>

#include "model/language.hpp"
#include "model/phrase_book.hpp"
#include "ui/text_draw.hpp"
#include "ui/ui_context.hpp"

namespace kiosk::ui {
namespace {

using model::tr;

// The languages the visitor can choose between, as the button shows them: empty when only one is offered.
std::vector<const model::LanguageInfo*> languageChoices(const FrameContext& ctx) {
    std::vector<const model::LanguageInfo*> choices;
    for (const std::string& code : ctx.offeredLanguages)
        if (const model::LanguageInfo* language = model::findLanguage(code)) choices.push_back(language);
    if (choices.size() < 2) choices.clear();
    return choices;
}

void drawControls(const FrameContext& ctx, const model::Rect& r, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    ImGui::PushFont(ctx.fonts.uiBold);
    const float h = m.primaryTouch();
    const float y = (r.h - h) / 2;
    const float pad = 2 * ImGui::GetStyle().FramePadding.x;
    struct Control { std::string label; bool selected; app::Action action; };
    std::vector<Control> controls = {
        {withId(tr("Search"), "search"), ctx.state.reader.page == app::ReaderPage::Search, app::OpenSearch{}},
        {withId(tr("Start over"), "home"), false, app::StartOver{}},
        {withId(tr("Text & contrast"), "display"), ctx.state.displayOptionsOpen, app::ToggleDisplayOptions{}},
        {withId(tr("About"), "about"), ctx.state.aboutOpen, ctx.state.aboutOpen ? app::Action{app::CloseAbout{}} : app::Action{app::OpenAbout{}}},
    };
    const size_t fixed = controls.size();
    // The language button: one button per offered language in its own name, after a wider gap.
    for (const model::LanguageInfo* language : languageChoices(ctx))
        controls.push_back({withId(language->ownName, "lang-" + std::string(language->code)), ctx.state.language == language->code,
                            app::SetLanguage{std::string(language->code)}});
    const float groupGap = controls.size() > fixed ? m.gap() : 0;
    // Each control as wide as its words need, and at least a comfortable touch (the four visitor controls a little
    // more). When they do not fit the room (beside the title, or the bar), the minimum drops to one touch.
    auto layoutWidths = [&](float minFixed, float minLanguage) {
        std::vector<float> widths;
        float total = groupGap;
        for (size_t i = 0; i < controls.size(); ++i) {
            widths.push_back(std::max(i < fixed ? minFixed : minLanguage, textSize(controls[i].label, true).x + pad));
            total += widths.back() + m.gap();
        }
        return std::pair{widths, total};
    };
    auto [widths, total] = layoutWidths(m.touch() * 1.8f, m.touch());
    if (controls.size() > fixed) {
        float room = r.w - 2 * m.px(12);
        if (!ctx.layout.controlsInBar) {
            const float title = textSize(ctx.fonts.title, ctx.fonts.title->FontSize, ctx.catalog.exhibit.title).x;
            const float subtitle = textSize(ctx.fonts.small, ctx.fonts.small->FontSize, ctx.catalog.exhibit.subtitle).x;
            room = r.w - m.px(12) - (m.px(26) + std::max(title, subtitle) + m.gap());
        }
        if (total > room) std::tie(widths, total) = layoutWidths(m.touch(), m.touch());
    }
    float x = ctx.layout.controlsInBar ? (r.w - total) / 2 : r.w - total - m.px(12);
    for (size_t i = 0; i < controls.size(); ++i) {
        if (i == fixed) x += groupGap;
        ImGui::SetCursorPos({inReadingDirection(ctx, x, widths[i], r.w), y});  // Urdu: Search rightmost, languages at the left
        if (tapButton(controls[i].label.c_str(), {widths[i], h}, controls[i].selected)) out.push_back(controls[i].action);
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
    // Under its button: at the right, or at the left where the header mirrors.
    const float x = inReadingDirection(ctx, ImGui::GetIO().DisplaySize.x - w - m.gap(), w, ImGui::GetIO().DisplaySize.x);
    const float y = ctx.layout.controlsInBar ? c.y - h - m.gap() : c.bottom() + m.gap();
    if (beginPane("##display-options", {x, y, w, h}, ctx.palette.panelRaised, false, true)) {
        ImGui::PushFont(ctx.fonts.heading);
        textLine(tr("Text size"));
        ImGui::PopFont();
        ImGui::PushFont(ctx.fonts.uiBold);
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(ctx.palette.background));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(ctx.palette.background));
        const float third = (ImGui::GetContentRegionAvail().x - 2 * m.gap()) / 3;
        const std::string sizes[] = {withId(tr("Small"), "size0"), withId(tr("Normal"), "size1"), withId(tr("Large"), "size2")};
        for (int i = 0; i < 3; ++i) {
            if (i) ImGui::SameLine(0, m.gap());
            if (tapButton(sizes[i].c_str(), {third, m.primaryTouch()}, ctx.state.reader.textSize == i)) out.push_back(app::SetTextSize{i});
        }
        const float half = (ImGui::GetContentRegionAvail().x - m.gap()) / 2;
        if (tapButton(withId(ctx.state.highContrast ? tr("High contrast: on") : tr("High contrast: off"), "contrast").c_str(), {half, m.primaryTouch()},
                      ctx.state.highContrast))
            out.push_back(app::SetHighContrast{!ctx.state.highContrast});
        ImGui::SameLine(0, m.gap());
        if (tapButton(withId(tr("Done"), "display-done").c_str(), {half, m.primaryTouch()})) out.push_back(app::ToggleDisplayOptions{});
        ImGui::PopStyleColor(2);
        ImGui::PopFont();
    }
    endPane();
}

void drawHeader(const FrameContext& ctx, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const model::Rect& r = ctx.layout.header;
    if (beginPane("##header", r, ctx.palette.background)) {
        // The title and subtitle start where the visitor's reading starts: at the right in Urdu.
        const std::string& title = ctx.catalog.exhibit.title;
        const std::string& subtitle = ctx.catalog.exhibit.subtitle;
        ImFont* titleFont = ctx.fonts.title;
        ImFont* subtitleFont = ctx.fonts.small;
        // Each line's own height: an Urdu title's Naskh line is taller than its font size.
        const ImVec2 titleSize = textSize(titleFont, titleFont->FontSize, title);
        const ImVec2 subtitleSize = textSize(subtitleFont, subtitleFont->FontSize, subtitle);
        const float titleH = std::max(titleFont->FontSize, titleSize.y);
        const float top = m.px(10), between = m.px(2);
        // Both lines stay whole inside the header: where a script's taller lines would push the subtitle under the
        // panes (Urdu in portrait or with low reach), both are drawn a little smaller instead of moving the panes.
        const float room = r.h - top - m.px(2);
        const float fit = std::min(1.0f, room / (titleH + between + std::max(subtitleFont->FontSize, subtitleSize.y)));
        if (fit >= 1.0f) {
            ImGui::SetCursorPos({inReadingDirection(ctx, m.px(24), titleSize.x, r.w), top});
            ImGui::PushFont(titleFont);
            textLine(title);
            ImGui::PopFont();
            ImGui::SetCursorPos({inReadingDirection(ctx, m.px(26), subtitleSize.x, r.w), top + titleH + between});
            ImGui::PushFont(subtitleFont);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.textMuted));
            textLine(subtitle);
            ImGui::PopStyleColor();
            ImGui::PopFont();
        } else {
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const float titlePx = titleFont->FontSize * fit, subtitlePx = subtitleFont->FontSize * fit;
            const ImVec2 t = textSize(titleFont, titlePx, title), st = textSize(subtitleFont, subtitlePx, subtitle);
            drawText(dl, titleFont, titlePx, {r.x + inReadingDirection(ctx, m.px(24), t.x, r.w), r.y + top}, ctx.palette.text, title);
            drawText(dl, subtitleFont, subtitlePx, {r.x + inReadingDirection(ctx, m.px(26), st.x, r.w), r.y + top + std::max(titlePx, t.y) + between * fit},
                     ctx.palette.textMuted, subtitle);
        }
        if (!ctx.layout.controlsInBar) drawControls(ctx, r, out);
    }
    endPane();
    if (ctx.layout.controlsInBar) {
        if (beginPane("##controls", ctx.layout.controls, ctx.palette.background)) drawControls(ctx, ctx.layout.controls, out);
        endPane();
    }
}

}  // namespace kiosk::ui
