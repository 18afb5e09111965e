// exhibit_frame.cpp: the frame's composition (header and three panes), pane windows, and the unavailable screen.
#include "ui/ui_context.hpp"
#include "model/language.hpp"
#include "model/phrase_book.hpp"
#include "ui/text_draw.hpp"

namespace kiosk::ui {

using model::tr;
using model::trf;
using model::trn;

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
    if (overlay) {
        // Whatever this overlay covers can no longer be touched: forget those targets.
        if (auto* registry = static_cast<ButtonRegistry*>(ImGui::GetIO().UserData))
            std::erase_if(registry->entries, [&](const ButtonRegistry::Entry& e) {
                return e.x + e.w / 2 > r.x && e.x - e.w / 2 < r.right() && e.y + e.h / 2 > r.y && e.y - e.h / 2 < r.bottom();
            });
    }
    return open;
}

void endPane() { ImGui::End(); }

bool readsRightToLeft(const FrameContext& ctx) {
    const model::LanguageInfo* language = model::findLanguage(ctx.state.language);
    return language && language->rightToLeft;
}

bool timelineMirrored(const FrameContext& ctx) { return ctx.timelineFollowsReading && readsRightToLeft(ctx); }

float inReadingDirection(const FrameContext& ctx, float x, float width, float boxWidth) {
    return readsRightToLeft(ctx) ? boxWidth - x - width : x;
}

void drawExhibit(const FrameContext& ctx, PaneScratch& scratch, app::Actions& out) {
    // The page background behind the panes is the colour the frame is cleared to (the palette's background, opaque),
    // not a rectangle: on a software rasteriser a screen-sized rectangle costs as much to draw as the map.
    drawHeader(ctx, out);
    drawMapPane(ctx, scratch, out);
    // The search keyboard covers the timeline: nothing of it could be touched, so it is not drawn at all.
    if (!(ctx.state.search.keyboardOpen && ctx.state.mode == app::Mode::Active)) drawTimelinePane(ctx, scratch, out);
    drawReaderPane(ctx, scratch, out);
    scratch.keyboard = {};
    if (ctx.state.search.keyboardOpen && ctx.state.mode == app::Mode::Active) drawSearchKeyboard(ctx, scratch, out);
    if (ctx.state.displayOptionsOpen && ctx.state.mode == app::Mode::Active) drawDisplayOptions(ctx, out);
    if (ctx.state.fade > 0) {
        // Reduced motion: the new view appears through a short cross-fade from the background colour.
        const model::Rect& r = ctx.layout.header;
        ImGui::GetForegroundDrawList()->AddRectFilled({0, r.bottom()}, ImGui::GetIO().DisplaySize,
                                                      withAlpha(ctx.palette.background, std::min(1.0f, ctx.state.fade / 0.6f) * 0.85f));
    }
    drawPreviewPanel(ctx);
    drawOverlays(ctx, out);
}

void drawUnavailable(const Metrics& m, const FontSet& fonts, const Palette& p, float width, float height, const std::string& detail) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    dl->AddRectFilled({0, 0}, {width, height}, p.background);
    const char* headline = tr("This exhibit is temporarily unavailable");
    const char* sub = tr("Our staff have been told. Please come back a little later.");
    ImFont* big = fonts.title ? fonts.title : ImGui::GetFont();
    ImFont* ui = fonts.ui ? fonts.ui : ImGui::GetFont();
    ImFont* small = fonts.small ? fonts.small : ImGui::GetFont();
    const ImVec2 h = textSize(big, big->FontSize, headline);
    const ImVec2 s = textSize(ui, ui->FontSize, sub);
    const float y = height * 0.42f;
    drawText(dl, big, big->FontSize, {(width - h.x) / 2, y - h.y}, p.text, headline);
    drawText(dl, ui, ui->FontSize, {(width - s.x) / 2, y + m.px(16)}, p.textMuted, sub);
    const std::string staff = "For staff: " + detail;
    drawWrappedText(dl, small, small->FontSize, {m.px(32), height - m.px(32) - small->FontSize}, p.textMuted, width - m.px(64), staff);
}

}  // namespace kiosk::ui
