// reader_pane.cpp: the reading pane: the selected event with its sources, the full article, or the About page.
// Scrolling is the pane's own (drag with inertia, wheel), so that a finger anywhere on the text moves it.
#include <algorithm>
#include <cmath>

#include "model/event_filter.hpp"
#include "ui/reader_pages.hpp"
#include "ui/rich_text.hpp"
#include "ui/ui_context.hpp"

namespace kiosk::ui {
namespace {

const char* precisionWords(model::Precision p) {
    switch (p) {
        case model::Precision::Day: return "exact date";
        case model::Precision::Month: return "date known to the month";
        case model::Precision::Year: return "date known to the year";
        case model::Precision::Decade: return "date known to the decade";
        case model::Precision::Approximate: return "approximate date";
    }
    return "";
}

void footer(const FrameContext& ctx, float width, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const model::Index sel = ctx.state.selectedEvent;
    ImGui::PushFont(ctx.fonts.uiBold);
    const float w = (width - m.gap()) / 2;
    if (ctx.state.reader.page == app::ReaderPage::Search) {
        if (ctx.state.search.keyboardOpen) {
            if (tapButton("Close search##search-close", {width, m.primaryTouch()})) out.push_back(app::BackToEvent{});
        } else if (tapButton("Show the keyboard##search-keyboard", {w, m.primaryTouch()})) {
            out.push_back(app::OpenSearch{});
        }
        if (!ctx.state.search.keyboardOpen) {
            ImGui::SameLine(0, m.gap());
            if (tapButton("Close search##search-close", {w, m.primaryTouch()})) out.push_back(app::BackToEvent{});
        }
    } else if (ctx.state.reader.page == app::ReaderPage::Article) {
        // Back to where the visitor came from: the results the article was opened from, or the event.
        if (ctx.state.reader.articleFromSearch) {
            if (tapButton("\u2039  Back to the results##back", {w, m.primaryTouch()})) out.push_back(app::BackToResults{});
        } else if (tapButton("\u2039  Back to the event##back", {w, m.primaryTouch()})) {
            out.push_back(app::BackToEvent{});
        }
        ImGui::SameLine(0, m.gap());
        // Always in its place (a button that appears would move under a finger), usable once scrolled.
        ImGui::BeginDisabled(ctx.state.reader.scroll <= 0.5f);
        if (tapButton("To the top##to-top", {w, m.primaryTouch()})) {
            out.push_back(app::SetReaderVelocity{0});
            out.push_back(app::SetReaderScroll{0});
        }
        ImGui::EndDisabled();
    } else if (ctx.state.reader.page == app::ReaderPage::Era) {
        // Back to the event (or the welcome), and the era's own years on the timeline.
        if (tapButton(sel >= 0 ? "\u2039  Back to the event##era-back" : "\u2039  Back##era-back", {w, m.primaryTouch()})) out.push_back(app::BackToEvent{});
        ImGui::SameLine(0, m.gap());
        const model::Index era = ctx.state.reader.era;
        const bool known = era >= 0 && static_cast<size_t>(era) < ctx.catalog.eras.size();
        ImGui::BeginDisabled(!known);
        if (tapButton("Show these years  \u203A##era-years", {w, m.primaryTouch()}) && known) {
            const model::Era& e = ctx.catalog.eras[static_cast<size_t>(era)];
            out.push_back(app::AnimateTimelineTo{{static_cast<double>(e.startYear) - 0.5, static_cast<double>(e.endYear) + 1.5}});
        }
        ImGui::EndDisabled();
    } else if (ctx.state.reader.page == app::ReaderPage::About) {
        if (tapButton("Close##about-close", {width, m.primaryTouch()})) out.push_back(app::CloseAbout{});
    } else {
        // Earlier and Later walk the events the theme filter shows, as the timeline and the map do.
        const uint32_t filter = ctx.state.timeline.themeFilter;
        const model::Index prev = sel < 0 ? model::kNone : model::nextShown(ctx.catalog, sel, -1, filter);
        const model::Index next = model::nextShown(ctx.catalog, sel, +1, filter);
        ImGui::BeginDisabled(prev < 0);
        if (tapButton("\u2039  Earlier##prev", {w, m.primaryTouch()}) && prev >= 0) out.push_back(app::SelectEvent{prev});
        ImGui::EndDisabled();
        ImGui::SameLine(0, m.gap());
        ImGui::BeginDisabled(next < 0);
        // Before any selection "Later" starts the visit at the first event, named by its year.
        const std::string begin = next >= 0 ? "Begin in " + std::to_string(ctx.catalog.events[static_cast<size_t>(next)].date.start.year) + "  \u203A##next"
                                             : std::string("Begin  \u203A##next");
        if (tapButton(sel < 0 ? begin.c_str() : "Later  \u203A##next", {w, m.primaryTouch()}) && next >= 0)
            out.push_back(app::SelectEvent{next});
        ImGui::EndDisabled();
    }
    ImGui::PopFont();
}

}  // namespace

void drawReaderPane(const FrameContext& ctx, PaneScratch& scratch, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const model::Rect& r = ctx.layout.reader;
    if (beginPane("##reader", r, ctx.palette.panel)) {
        const ImGuiStyle& style = ImGui::GetStyle();
        const float footerH = m.primaryTouch() + 2 * style.WindowPadding.y;
        const float innerW = r.w - 2 * style.WindowPadding.x;
        const float textW = std::min(innerW - m.px(28), m.px(34) * 26);  // about 70 characters a line at most
        // An article keeps its title and outlet in view above its text, wherever it was opened.
        if (ctx.state.reader.page == app::ReaderPage::Article) {
            drawArticleHeader(ctx, textW);
            const ImVec2 rule = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddLine({rule.x, rule.y}, {rule.x + innerW, rule.y}, ctx.palette.border, m.px(1));
            ImGui::Dummy({1, m.px(4)});
        }
        const ImVec2 scrollOrigin = ImGui::GetCursorScreenPos();
        // A clear gap above the footer buttons.
        const float scrollH = r.bottom() - footerH - m.gap() - scrollOrigin.y;

        // Content, offset by the scroll position and clipped to its area.
        ImGui::BeginChild("##reader-content", {innerW, scrollH}, false,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground);
        ImGui::SetCursorPosY(-ctx.state.reader.scroll);
        const float startY = ImGui::GetCursorPosY();
        ReaderPageResult page;
        switch (ctx.state.reader.page) {
            case app::ReaderPage::About: page = drawAboutPage(ctx, textW, out); break;
            case app::ReaderPage::Search: page = drawSearchPage(ctx, textW, out); break;
            case app::ReaderPage::Article: page = drawArticlePage(ctx, textW, out); break;
            case app::ReaderPage::Era: page = drawEraPage(ctx, textW, out); break;
            case app::ReaderPage::Event:
                page = ctx.state.selectedEvent >= 0 ? drawEventPage(ctx, textW, precisionWords, out) : drawWelcomePage(ctx, textW, out);
                break;
        }
        const float contentH = ImGui::GetCursorPosY() - startY + m.px(24);
        ImGui::EndChild();
        scratch.readerContentHeight = contentH;
        scratch.readerNoteYs = page.noteYs;
        scratch.readerInShort = page.inShort;
        scratch.readerSummaryY = page.summaryY;

        // A visible scroll position: a slim bar on the right edge.
        const float maxScroll = std::max(0.0f, contentH - scrollH);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        if (maxScroll > 0) {
            const float trackX = scrollOrigin.x + innerW - m.px(8);
            const float thumbH = std::max(m.px(48), scrollH * scrollH / contentH);
            const float thumbY = scrollOrigin.y + (scrollH - thumbH) * std::clamp(ctx.state.reader.scroll / maxScroll, 0.0f, 1.0f);
            dl->AddRectFilled({trackX, scrollOrigin.y}, {trackX + m.px(6), scrollOrigin.y + scrollH}, withAlpha(ctx.palette.border, 0.35f), m.px(3));
            dl->AddRectFilled({trackX, thumbY}, {trackX + m.px(6), thumbY + thumbH}, ctx.palette.textMuted, m.px(3));
        }

        // Scroll to a freshly opened excerpt once its position is known; after a text-size change, keep the place.
        if (ctx.state.reader.keepScrollFraction >= 0)
            out.push_back(app::SetReaderScroll{std::clamp(ctx.state.reader.keepScrollFraction * contentH, 0.0f, maxScroll)});
        else if (ctx.state.reader.scrollToHighlight && page.highlightY >= 0)
            out.push_back(app::SetReaderScroll{std::clamp(page.highlightY - scrollH * 0.3f, 0.0f, maxScroll)});
        else if (ctx.state.reader.scroll > maxScroll + 0.5f)
            out.push_back(app::SetReaderScroll{maxScroll});

        // The whole content area scrolls under a finger, including over buttons (which then do not fire).
        const ImGuiIO& io = ImGui::GetIO();
        const bool inside = io.MousePos.x >= scrollOrigin.x && io.MousePos.x < scrollOrigin.x + innerW && io.MousePos.y >= scrollOrigin.y &&
                            io.MousePos.y < scrollOrigin.y + scrollH;
        if (io.MouseClicked[0]) scratch.readerPressInside = inside;
        const bool captured = scratch.readerPressInside && (io.MouseDown[0] || io.MouseReleased[0]);
        const Gesture g = scratch.reader.update(captured, {io.MousePos.x, io.MousePos.y, io.MouseDown[0], ctx.time, pressCancelled()});
        if (g.pressed) out.push_back(app::SetReaderVelocity{0});
        if (g.dragging && g.dy != 0) out.push_back(app::SetReaderScroll{std::clamp(ctx.state.reader.scroll - g.dy, 0.0f, maxScroll)});
        if (g.released && !g.tapped && std::fabs(g.vy) > m.px(80)) out.push_back(app::SetReaderVelocity{-g.vy});
        if (io.MouseReleased[0]) scratch.readerPressInside = false;
        if (inside && io.MouseWheel != 0)
            out.push_back(app::SetReaderScroll{std::clamp(ctx.state.reader.scroll - io.MouseWheel * m.px(90), 0.0f, maxScroll)});

        ImGui::SetCursorScreenPos({scrollOrigin.x, r.bottom() - footerH + style.WindowPadding.y * 0.5f});
        footer(ctx, innerW, out);
    }
    endPane();
}

}  // namespace kiosk::ui
