// overlays.cpp: what sits above the panes: the attract-mode invitation, the "Still there?" question, and the
// staff's PIN keypad and panel. Each is a top-level window drawn after the panes, so it takes the pointer.
#include <cmath>
#include <cstdio>

#include "ui/ui_context.hpp"
#include "model/phrase_book.hpp"
#include "ui/text_draw.hpp"

namespace kiosk::ui {

using model::tr;
using model::trf;
using model::trn;
namespace {

constexpr ImGuiWindowFlags kModal = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoScrollWithMouse;

// A centred dialog over a dimmed screen. The window is full-screen and draws the veil and the dialog's panel
// itself, so the dimming is always directly under the dialog and above the panes, and it takes every touch.
bool beginCentred(const char* name, const FrameContext& ctx, float w, float h, float veilAlpha) {
    const ImVec2 d = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize(d);
    ImGui::SetNextWindowFocus();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
    const bool open = ImGui::Begin(name, nullptr, kModal | ImGuiWindowFlags_NoBackground);
    ImGui::PopStyleVar();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a{(d.x - w) / 2, (d.y - h) / 2};
    dl->AddRectFilled({0, 0}, d, withAlpha(ctx.palette.background, veilAlpha));
    dl->AddRectFilled(a, {a.x + w, a.y + h}, ctx.palette.panelRaised, ctx.metrics.rounding());
    const ImVec2 pad = ImGui::GetStyle().WindowPadding;
    ImGui::SetCursorScreenPos({a.x + pad.x, a.y + pad.y});
    ImGui::BeginGroup();
    // Buttons sit darker than the dialog so that every key reads as a key.
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(ctx.palette.background));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(ctx.palette.background));
    ImGui::PushItemWidth(w - 2 * pad.x);
    ImGui::PushTextWrapPos(a.x + w - pad.x);
    return open;
}

void endCentred() {
    ImGui::PopTextWrapPos();
    ImGui::PopItemWidth();
    ImGui::PopStyleColor(2);
    ImGui::EndGroup();
    ImGui::End();
}

void centredText(ImFont* font, const char* text, ImU32 colour) {
    ImGui::PushFont(font);
    const float w = textSize(text).x;
    const float left = ImGui::GetCursorScreenPos().x, width = ImGui::CalcItemWidth();
    ImGui::SetCursorScreenPos({left + (width - w) / 2, ImGui::GetCursorScreenPos().y});
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
    textLine(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void drawAttract(const FrameContext& ctx) {
    const Metrics& m = ctx.metrics;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    // A band over the header: clearly an invitation laid over the exhibit, not part of it, and never over what
    // the tour shows (model::attractBand). Its glow breathes once every four seconds, far below anything that
    // could be called flashing. Twelve levels are plenty for a slow glow, and let identical frames be skipped.
    // It steps at kInvitationStepSeconds (0.5 s): between flights the loop sleeps from one step to the next.
    const double glowClock = std::floor(ctx.state.attractClock / kInvitationStepSeconds) * kInvitationStepSeconds;
    const float breathe = std::round(12.0f * (0.5f + 0.5f * static_cast<float>(std::sin(glowClock * 2 * 3.14159265 / 4.0)))) / 12.0f;
    const model::Rect band = model::attractBand(ctx.layout);
    const float edge = m.px(4);
    dl->AddRectFilled({band.x, band.y}, {band.right(), band.bottom()}, ctx.palette.background);
    dl->AddRectFilled({band.x, band.bottom() - edge}, {band.right(), band.bottom()}, withAlpha(ctx.palette.accent, 0.55f + 0.35f * breathe));
    ImFont* big = ctx.fonts.title;
    ImFont* small = ctx.fonts.ui;
    const char* invite = tr("Touch anywhere to explore");
    const std::string& caption = ctx.catalog.exhibit.tourCaption;
    const char* sub = caption.empty() ? tr("A short tour of the exhibit is playing. Touch to stop it and look around yourself.") : caption.c_str();
    // The two lines fill the band's height; the invitation shrinks (never below the title's size) to fit it.
    const float room = band.h - edge - m.px(12);
    float subSize = small->FontSize;
    float bigSize = std::max(big->FontSize, std::min(big->FontSize * 1.2f, room - subSize - m.px(4)));
    ImVec2 is = textSize(big, bigSize, invite);
    ImVec2 ss = textSize(small, subSize, sub);
    // Scripts with tall lines (Urdu's Naskh needs half as much height again as Latin) shrink both lines together,
    // a little, to stay inside the band; where even that is not enough, the invitation is shown alone: nothing is
    // ever drawn over the exhibit below the band.
    const float gap = m.px(2);
    if (is.y + gap + ss.y > room) {
        const float k = std::max(0.8f, room / (is.y + gap + ss.y));
        bigSize *= k;
        subSize *= k;
        is = textSize(big, bigSize, invite);
        ss = textSize(small, subSize, sub);
    }
    const bool subFits = ss.x <= band.w - m.px(24) && is.y + gap + ss.y <= room + 0.5f;
    const float shownHeight = subFits ? is.y + gap + ss.y : is.y;
    const float top = band.y + std::max(0.0f, (band.h - edge - shownHeight) / 2);
    drawText(dl, big, bigSize, {(band.w - is.x) / 2, top}, ctx.palette.text, invite);
    if (subFits) drawText(dl, small, subSize, {(band.w - ss.x) / 2, top + is.y + gap}, ctx.palette.textMuted, sub);
}

void drawStillThere(const FrameContext& ctx, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const float w = std::min(m.px(760), ImGui::GetIO().DisplaySize.x - m.px(40));
    if (beginCentred("##still-there", ctx, w, m.px(330), 0.65f)) {
        ImGui::Dummy({1, m.px(10)});
        centredText(ctx.fonts.title, tr("Still there?"), ctx.palette.text);
        const std::string line = trn("The exhibit will start over in {n} second.", "The exhibit will start over in {n} seconds.",
                                     static_cast<long>(std::ceil(ctx.state.warningRemaining)));
        centredText(ctx.fonts.ui, line.c_str(), ctx.palette.textMuted);
        ImGui::Dummy({1, m.px(16)});
        ImGui::PushFont(ctx.fonts.uiBold);
        const float bw = m.px(420);
        ImGui::SetCursorScreenPos({ImGui::GetCursorScreenPos().x + (ImGui::CalcItemWidth() - bw) / 2, ImGui::GetCursorScreenPos().y});
        if (tapButton(withId(tr("Yes, keep exploring"), "keep").c_str(), {bw, m.primaryTouch()}, true)) out.push_back(app::KeepExploring{});
        ImGui::PopFont();
    }
    endCentred();
}

// No valid staff PIN is configured: no digits could open the panel, so the keypad says why and how to fix it.
void drawNoPin(const FrameContext& ctx, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const float w = std::min(m.px(900), ImGui::GetIO().DisplaySize.x - m.px(40));
    if (beginCentred("##keypad", ctx, w, m.px(360), 0.85f)) {
        centredText(ctx.fonts.heading, "Staff PIN", ctx.palette.text);
        ImGui::Dummy({1, m.px(10)});
        ImGui::PushFont(ctx.fonts.ui);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.tension));
        textWrapped(ctx.state.admin.message);
        ImGui::PopStyleColor();
        ImGui::TextWrapped("The staff keypad stays locked until it is set (then restart the kiosk).");
        ImGui::PopFont();
        ImGui::Dummy({1, m.px(16)});
        ImGui::PushFont(ctx.fonts.uiBold);
        if (tapButton("Close##pin-cancel", {ImGui::CalcItemWidth(), m.primaryTouch()}, true)) out.push_back(app::AdminClose{});
        ImGui::PopFont();
    }
    endCentred();
}

// While a finger holds the staff corner: a ring fills around it over the five seconds, so staff can tell the
// gesture is working. Drawn above everything, wider than a fingertip so the finger does not hide it.
void drawHoldRing(const FrameContext& ctx) {
    const Metrics& m = ctx.metrics;
    const float p = ctx.state.admin.holdProgress;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    // Centred just inside the corner so the whole ring is on screen and shows around a fingertip held there.
    const ImVec2 c{m.px(76), m.px(76)};
    const float r = m.px(62), thick = m.px(10);
    dl->AddCircle(c, r, withAlpha(ctx.palette.text, 0.35f), 64, thick);
    constexpr float kTop = -3.14159265f / 2;
    dl->PathArcTo(c, r, kTop, kTop + p * 2 * 3.14159265f, 64);
    dl->PathStroke(ctx.palette.accent, ImDrawFlags_None, thick);
}

void drawKeypad(const FrameContext& ctx, app::Actions& out) {
    if (ctx.state.admin.noPin) {
        drawNoPin(ctx, out);
        return;
    }
    const Metrics& m = ctx.metrics;
    const float key = m.primaryTouch() * 1.2f;
    const float w = key * 3 + m.gap() * 2 + 2 * ImGui::GetStyle().WindowPadding.x;
    if (beginCentred("##keypad", ctx, w, key * 5 + m.gap() * 5 + m.px(150), 0.85f)) {
        centredText(ctx.fonts.heading, "Staff PIN", ctx.palette.text);
        std::string dots;
        for (int i = 0; i < ctx.state.admin.digitsEntered; ++i) dots += "\u2022 ";
        centredText(ctx.fonts.title, dots.empty() ? " " : dots.c_str(), ctx.palette.accent);
        centredText(ctx.fonts.small, ctx.state.admin.message.empty() ? " " : ctx.state.admin.message.c_str(), ctx.palette.tension);
        ImGui::PushFont(ctx.fonts.title);
        static constexpr const char* kKeys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "<"};
        for (int i = 0; i < 12; ++i) {
            if (i % 3) ImGui::SameLine(0, m.gap());
            ImGui::PushID(i);
            if (tapButton(kKeys[i], {key, key})) out.push_back(app::AdminKey{kKeys[i][0]});
            ImGui::PopID();
        }
        ImGui::PopFont();
        ImGui::PushFont(ctx.fonts.uiBold);
        const float half = (ImGui::CalcItemWidth() - m.gap()) / 2;
        if (tapButton("Cancel##pin-cancel", {half, m.primaryTouch()})) out.push_back(app::AdminClose{});
        ImGui::SameLine(0, m.gap());
        if (tapButton("Enter##pin-enter", {half, m.primaryTouch()}, true)) out.push_back(app::AdminKey{'='});
        ImGui::PopFont();
    }
    endCentred();
}

void drawAdminPanel(const FrameContext& ctx, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const ImVec2 d = ImGui::GetIO().DisplaySize;
    if (beginCentred("##admin", ctx, std::min(d.x - m.px(80), m.px(1200)), std::min(d.y - m.px(80), m.px(900)), 0.9f)) {
        ImGui::PushFont(ctx.fonts.heading);
        textLine("Staff panel");
        ImGui::PopFont();
        ImGui::PushFont(ctx.fonts.small);
        if (const AdminInfo* a = ctx.admin) {
            ImGui::Text("Kiosk %s  \u00B7  content %s (built %s)", a->version.c_str(), a->contentVersion.c_str(), a->contentBuilt.c_str());
            ImGui::Text("Up %.0f min  \u00B7  frame CPU p50 %.2f ms, p99 %.2f ms, max %.2f ms", a->uptimeSeconds / 60, a->frameP50Ms, a->frameP99Ms,
                        a->frameMaxMs);
            ImGui::TextWrapped("Graphics: %s", a->renderer.c_str());
            ImGui::TextWrapped("Usage: %s", a->usage.c_str());
            if (!a->schedule.empty()) {
                std::string hours;
                for (const std::string& line : a->schedule) hours += (hours.empty() ? "" : "  \u00B7  ") + line;
                ImGui::TextWrapped("Opening hours: %s  \u2014  %s", hours.c_str(), a->scheduleNow.c_str());
            }
            if (!ctx.state.admin.message.empty()) {
                // The outcome of the last command ("Content reloaded", or why a reload failed).
                ImGui::PushFont(ctx.fonts.uiBold);
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.accent));
                textWrapped(ctx.state.admin.message);
                ImGui::PopStyleColor();
                ImGui::PopFont();
            }
            ImGui::Separator();
            textLine("Recent log");
            const float logH = (d.y + std::min(d.y - m.px(80), m.px(900))) / 2 - ImGui::GetCursorScreenPos().y - m.primaryTouch() - m.px(40);
            ImGui::BeginChild("##log", {ImGui::CalcItemWidth(), std::max(m.px(60), logH)}, true);
            for (const std::string& line : a->logLines) textWrapped(line);
            ImGui::EndChild();
        }
        ImGui::PopFont();
        ImGui::PushFont(ctx.fonts.uiBold);
        const bool scheduled = ctx.admin && !ctx.admin->schedule.empty();
        const float buttons = scheduled ? 5.0f : 4.0f;
        const float w = (ImGui::CalcItemWidth() - (buttons - 1) * m.gap()) / buttons;
        if (tapButton("Reload content##admin-reload", {w, m.primaryTouch()})) out.push_back(app::AdminCommand{app::AdminCommand::Kind::ReloadContent});
        ImGui::SameLine(0, m.gap());
        if (scheduled) {
            if (tapButton("Wake until closing##admin-wake", {w, m.primaryTouch()}))
                out.push_back(app::AdminCommand{app::AdminCommand::Kind::WakeUntilClosing});
            ImGui::SameLine(0, m.gap());
        }
        if (tapButton("Restart##admin-restart", {w, m.primaryTouch()})) out.push_back(app::AdminCommand{app::AdminCommand::Kind::Restart});
        ImGui::SameLine(0, m.gap());
        if (tapButton("Exit the kiosk##admin-exit", {w, m.primaryTouch()})) out.push_back(app::AdminCommand{app::AdminCommand::Kind::Exit});
        ImGui::SameLine(0, m.gap());
        if (tapButton("Close##admin-close", {w, m.primaryTouch()}, true)) out.push_back(app::AdminClose{});
        ImGui::PopFont();
    }
    endCentred();
}

}  // namespace

void drawOverlays(const FrameContext& ctx, app::Actions& out) {
    // Under a dialog nothing else can be touched: only the dialog's buttons count as targets.
    const bool modal = ctx.state.admin.panelOpen || ctx.state.admin.keypadOpen || ctx.state.mode == app::Mode::StillThere;
    if (auto* registry = static_cast<ButtonRegistry*>(ImGui::GetIO().UserData); registry && modal) registry->entries.clear();
    if (ctx.state.admin.holdProgress > 0) drawHoldRing(ctx);
    if (ctx.state.admin.panelOpen) {
        drawAdminPanel(ctx, out);
        return;
    }
    if (ctx.state.admin.keypadOpen) {
        drawKeypad(ctx, out);
        return;
    }
    if (ctx.state.mode == app::Mode::Attract) drawAttract(ctx);
    if (ctx.state.mode == app::Mode::StillThere) drawStillThere(ctx, out);
}

}  // namespace kiosk::ui
