// reader_pane.cpp: the reading pane: the selected event with its sources, the full article, or the About page.
// Scrolling is the pane's own (drag with inertia, wheel), so that a finger anywhere on the text moves it.
#include <algorithm>
#include <cmath>

#include "model/event_filter.hpp"
#include "ui/reader_pages.hpp"
#include "ui/reader_warmup.hpp"
#include "ui/rich_text.hpp"
#include "model/phrase_book.hpp"
#include "ui/text_draw.hpp"
#include "ui/ui_context.hpp"

namespace kiosk::ui {

using model::tr;
using model::trf;
using model::trn;
namespace {

const char* precisionWords(model::Precision p) {
    switch (p) {
        case model::Precision::Day: return tr("exact date");
        case model::Precision::Month: return tr("date known to the month");
        case model::Precision::Year: return tr("date known to the year");
        case model::Precision::Decade: return tr("date known to the decade");
        case model::Precision::Approximate: return tr("approximate date");
    }
    return "";
}

void footer(const FrameContext& ctx, float width, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const model::Index sel = ctx.state.selectedEvent;
    ImGui::PushFont(ctx.fonts.uiBold);
    const float w = (width - m.gap()) / 2;
    // Two half-width buttons side by side: the first where the visitor's reading starts (the right, in Urdu).
    const ImVec2 start = ImGui::GetCursorPos();
    const bool rightToLeft = readsRightToLeft(ctx);
    const auto place = [&](int slot, bool mirrored) { ImGui::SetCursorPos({start.x + static_cast<float>(mirrored ? 1 - slot : slot) * (w + m.gap()), start.y}); };
    if (ctx.state.reader.page == app::ReaderPage::Search) {
        if (ctx.state.search.keyboardOpen) {
            if (tapButton(withId(tr("Close search"), "search-close").c_str(), {width, m.primaryTouch()})) out.push_back(app::BackToEvent{});
        } else {
            place(0, rightToLeft);
            if (tapButton(withId(tr("Show the keyboard"), "search-keyboard").c_str(), {w, m.primaryTouch()})) out.push_back(app::OpenSearch{});
        }
        if (!ctx.state.search.keyboardOpen) {
            place(1, rightToLeft);
            if (tapButton(withId(tr("Close search"), "search-close").c_str(), {w, m.primaryTouch()})) out.push_back(app::BackToEvent{});
        }
    } else if (ctx.state.reader.page == app::ReaderPage::Article) {
        // Back to where the visitor came from: the results the article was opened from, or the event.
        place(0, rightToLeft);
        if (ctx.state.reader.articleFromSearch) {
            if (tapButton(withId(tr("\u2039  Back to the results"), "back").c_str(), {w, m.primaryTouch()})) out.push_back(app::BackToResults{});
        } else if (tapButton(withId(tr("\u2039  Back to the event"), "back").c_str(), {w, m.primaryTouch()})) {
            out.push_back(app::BackToEvent{});
        }
        place(1, rightToLeft);
        // Always in its place (a button that appears would move under a finger), usable once scrolled.
        ImGui::BeginDisabled(ctx.state.reader.scroll <= 0.5f);
        if (tapButton(withId(tr("To the top"), "to-top").c_str(), {w, m.primaryTouch()})) {
            out.push_back(app::SetReaderVelocity{0});
            out.push_back(app::SetReaderScroll{0});
        }
        ImGui::EndDisabled();
    } else if (ctx.state.reader.page == app::ReaderPage::Era) {
        // Back to the event (or the welcome), and the era's own years on the timeline.
        place(0, rightToLeft);
        if (tapButton(withId(sel >= 0 ? tr("\u2039  Back to the event") : tr("\u2039  Back"), "era-back").c_str(), {w, m.primaryTouch()})) out.push_back(app::BackToEvent{});
        place(1, rightToLeft);
        const model::Index era = ctx.state.reader.era;
        const bool known = era >= 0 && static_cast<size_t>(era) < ctx.catalog.eras.size();
        ImGui::BeginDisabled(!known);
        if (tapButton(withId(tr("Show these years  \u203A"), "era-years").c_str(), {w, m.primaryTouch()}) && known) {
            const model::Era& e = ctx.catalog.eras[static_cast<size_t>(era)];
            out.push_back(app::AnimateTimelineTo{{static_cast<double>(e.startYear) - 0.5, static_cast<double>(e.endYear) + 1.5}});
        }
        ImGui::EndDisabled();
    } else if (ctx.state.reader.page == app::ReaderPage::About) {
        if (tapButton(withId(tr("Close"), "about-close").c_str(), {width, m.primaryTouch()})) out.push_back(app::CloseAbout{});
    } else {
        // Earlier and Later walk the events the theme filter shows, as the timeline and the map do.
        const uint32_t filter = ctx.state.timeline.themeFilter;
        const model::Index prev = sel < 0 ? model::kNone : model::nextShown(ctx.catalog, sel, -1, filter);
        const model::Index next = model::nextShown(ctx.catalog, sel, +1, filter);
        // They follow the timeline's axis, not the reading direction: Earlier on the side of the earlier dates, its
        // arrow pointing there. Where the axis runs left to right under right-to-left words, the caption becomes a
        // left-to-right line (LRM) holding the words as an isolate (FSI..PDI, so "1947 سے ..." keeps its own order)
        // and the arrow outside it, where the text layer neither moves nor mirrors it.
        const bool axisMirrored = timelineMirrored(ctx);
        const auto alongAxis = [&](const std::string& caption) {
            if (!rightToLeft || axisMirrored) return caption;
            const std::string lead = "\u2039  ", trail = "  \u203A";
            if (caption.rfind(lead, 0) == 0) return "\u200E" + lead + "\u2068" + caption.substr(lead.size()) + "\u2069";
            if (caption.size() > trail.size() && caption.compare(caption.size() - trail.size(), trail.size(), trail) == 0)
                return "\u200E\u2068" + caption.substr(0, caption.size() - trail.size()) + "\u2069" + trail;
            return caption;
        };
        place(0, axisMirrored);
        ImGui::BeginDisabled(prev < 0);
        if (tapButton(withId(alongAxis(tr("\u2039  Earlier")), "prev").c_str(), {w, m.primaryTouch()}) && prev >= 0) out.push_back(app::SelectEvent{prev});
        ImGui::EndDisabled();
        place(1, axisMirrored);
        ImGui::BeginDisabled(next < 0);
        // Before any selection "Later" starts the visit at the first event, named by its year.
        const std::string begin =
            next >= 0 ? trf("Begin in {year}  \u203A", {{"year", std::to_string(ctx.catalog.events[static_cast<size_t>(next)].date.start.year)}})
                      : std::string(tr("Begin  \u203A"));
        if (tapButton(withId(alongAxis(sel < 0 ? begin : std::string(tr("Later  \u203A"))), "next").c_str(), {w, m.primaryTouch()}) && next >= 0)
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
        // The buttons sit at the pane's foot, or (low-reach portrait) in their own strip lower down: then the text
        // runs to the foot.
        const model::Rect& strip = ctx.layout.readerControls;
        const bool ownStrip = strip.h > 0;
        const float footerH = ownStrip ? style.WindowPadding.y - m.gap() : m.primaryTouch() + 2 * style.WindowPadding.y;
        const float innerW = r.w - 2 * style.WindowPadding.x;
        const float textW = std::min(innerW - m.px(28), m.px(34) * 26);  // about 70 characters a line at most
        // In a right-to-left language the column stands at the pane's right, where its lines start, and the scroll
        // bar moves to the left edge.
        const float columnIndent = readsRightToLeft(ctx) ? innerW - textW : 0.0f;
        // An article keeps its title and outlet in view above its text, wherever it was opened.
        const FlushRightLines flushRight(readsRightToLeft(ctx));
        if (ctx.state.reader.page == app::ReaderPage::Article) {
            if (columnIndent > 0) ImGui::Indent(columnIndent);
            drawArticleHeader(ctx, textW);
            if (columnIndent > 0) ImGui::Unindent(columnIndent);
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
        if (columnIndent > 0) ImGui::Indent(columnIndent);
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
        planReaderWarmup(ctx, textW);
        const float contentH = ImGui::GetCursorPosY() - startY + m.px(24);
        if (columnIndent > 0) ImGui::Unindent(columnIndent);
        ImGui::EndChild();
        scratch.readerContentHeight = contentH;
        scratch.readerNoteYs = page.noteYs;
        scratch.readerInShort = page.inShort;
        scratch.readerSummaryY = page.summaryY;

        // A visible scroll position: a slim bar on the right edge (the left in a right-to-left language).
        const float maxScroll = std::max(0.0f, contentH - scrollH);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        if (maxScroll > 0) {
            const float trackX = readsRightToLeft(ctx) ? scrollOrigin.x + m.px(2) : scrollOrigin.x + innerW - m.px(8);
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

        if (!ownStrip) {
            ImGui::SetCursorScreenPos({scrollOrigin.x, r.bottom() - footerH + style.WindowPadding.y * 0.5f});
            footer(ctx, innerW, out);
        }
    }
    endPane();
    if (ctx.layout.readerControls.h > 0) {
        if (beginPane("##reader-controls", ctx.layout.readerControls, ctx.palette.panel)) {
            const ImGuiStyle& style = ImGui::GetStyle();
            ImGui::SetCursorPos({style.WindowPadding.x, (ctx.layout.readerControls.h - m.primaryTouch()) / 2});
            footer(ctx, ctx.layout.readerControls.w - 2 * style.WindowPadding.x, out);
        }
        endPane();
    }
}

}  // namespace kiosk::ui
