// event_page.cpp: the selected event: title, date and its precision, themes, summary, where and who, the
// "sources differ" callouts, and the verbatim excerpts with their attribution. Also the welcome page.
#include <algorithm>

#include "model/quote_edges.hpp"
#include "model/related_events.hpp"
#include "ui/reader_pages.hpp"
#include "ui/rich_text.hpp"
#include "model/phrase_book.hpp"
#include "ui/text_draw.hpp"

namespace kiosk::ui {

using model::tr;
using model::trf;
using model::trn;
namespace {

float lineSpacing(const FrameContext&, ImFont* f) { return paragraphLineGap(f); }

void text(ImFont* f, const std::string& s, float width, ImU32 colour, const FrameContext& ctx) {
    drawParagraph(f, s, width, colour, {}, 0, lineSpacing(ctx, f));
}

// A pull quote: accent bar on the left, italic text, attribution below, and a way into the article.
void pullQuote(const FrameContext& ctx, const model::Quote& q, float width, app::Actions& out, const char* id) {
    const Metrics& m = ctx.metrics;
    const int size = ctx.state.reader.textSize;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    // The bar stands where the visitor's lines start: at the left, or at the right in a right-to-left language,
    // where the quotation is inset from the right instead (its lines are flush right in their box).
    const bool mirrored = readsRightToLeft(ctx);
    const float inset = m.px(22);
    if (!mirrored) ImGui::Indent(inset);
    const FlushRightLines quoteLines(mirrored, FlushRightLines::marginInside(top.x + width, inset));
    const model::Article& a = ctx.catalog.articles[static_cast<size_t>(q.article)];
    // A quote that starts or stops inside a sentence says so, as a printed quotation would.
    const std::string shown = model::withEllipses(q.text, model::quoteEdges(a.body, q.offset, q.text.size()));
    text(ctx.fonts.quote[size], model::quotedForDisplay(shown), width - m.px(22), ctx.palette.text, ctx);
    if (!q.translation.empty()) {
        // The exhibit's translation goes beside the verbatim English, labelled as the exhibit's, never in its place.
        ImGui::PushFont(ctx.fonts.small);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.textMuted));
        textLine(tr("The exhibit\u2019s translation:"));
        ImGui::PopStyleColor();
        ImGui::PopFont();
        text(ctx.fonts.body[size], q.translation, width - m.px(22), ctx.palette.text, ctx);
    }
    ImGui::PushFont(ctx.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.textMuted));
    if (mirrored) {
        // The dash where the lines start, at the right (a right-to-left mark leads), the English title after it.
        text(ctx.fonts.small, "\u200F\u2014 " + attribution(a), width - m.px(22), ctx.palette.textMuted, ctx);
    } else {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - m.px(22));
        textWrapped("\u2014 " + attribution(a));
        ImGui::PopTextWrapPos();
    }
    ImGui::PopStyleColor();
    ImGui::PushID(id);
    const std::string readArticle = withId(tr("Read the full article  \u203A"), "read-article");
    alignForReading(captionButtonWidth(readArticle));
    if (tapButton(readArticle.c_str(), {0, m.touch()}))
        out.push_back(app::OpenArticle{q.article, q.offset, static_cast<uint32_t>(q.text.size())});
    ImGui::PopID();
    ImGui::PopFont();
    if (!mirrored) ImGui::Unindent(inset);
    const float bottom = ImGui::GetCursorScreenPos().y - m.px(6);
    const float barX = mirrored ? top.x + width - m.px(5) : top.x;
    dl->AddRectFilled({barX, top.y}, {barX + m.px(5), bottom}, ctx.palette.quoteBar, m.px(2));
    ImGui::Dummy({1, m.px(10)});
}

// A curator's note: its own framed panel with a heading, apart from the summary and the quotations, so that the
// museum's comment is never read as the articles' words. Sources are named in full, to be looked up.
void curatorNote(const FrameContext& ctx, const model::CuratorNote& note, float width, ReaderPageResult& result) {
    if (note.empty()) return;
    // Content-relative, as the article page's highlight: the page starts at cursor y = -scroll.
    result.noteYs.push_back(ImGui::GetCursorPosY() + ctx.state.reader.scroll);
    const Metrics& m = ctx.metrics;
    const int size = ctx.state.reader.textSize;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float inner = width - m.px(36);
    ImGui::Indent(m.px(18));
    ImGui::Dummy({1, m.px(6)});
    ImGui::PushFont(ctx.fonts.uiBold);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.accent));
    textLine(tr("Curator\u2019s note"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    text(ctx.fonts.body[size], note.text, inner, ctx.palette.text, ctx);
    for (const model::NoteSource& s : note.sources)
        text(ctx.fonts.small, trf("Source: {publisher}, {title}, {url}", {{"publisher", s.publisher}, {"title", model::quotedForDisplay(s.title)}, {"url", s.url}}), inner, ctx.palette.textMuted, ctx);
    ImGui::Dummy({1, m.px(2)});
    ImGui::Unindent(m.px(18));
    const ImVec2 bottom = ImGui::GetCursorScreenPos();
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled({top.x, top.y}, {top.x + width, bottom.y}, ctx.palette.panelRaised, m.rounding());
    dl->AddRect({top.x, top.y}, {top.x + width, bottom.y}, ctx.palette.accent, m.rounding(), 0, m.px(2));
    dl->ChannelsMerge();
    ImGui::Dummy({1, m.px(12)});
}

// A boxed block of the reader with an accent heading ("In short", "Sources differ"): its ground goes on a channel
// under the text, drawn once the text's height is known. Channels do not nest: nothing between opening one (the
// constructor) and close() may open another. In a right-to-left language the lines inside stay `endInset` clear of
// the box's right edge, as they stay `indent` clear of its left edge in English.
class Callout {
  public:
    Callout(const FrameContext& ctx, const char* heading, float width, float indent, float endInset)
        : ctx_(ctx), drawList_(ImGui::GetWindowDrawList()), top_(ImGui::GetCursorScreenPos()), width_(width), indent_(indent),
          lines_(readsRightToLeft(ctx), FlushRightLines::marginInside(top_.x + width, endInset)) {
        drawList_->ChannelsSplit(2);
        drawList_->ChannelsSetCurrent(1);
        ImGui::Indent(indent);
        ImGui::Dummy({1, ctx.metrics.px(4)});
        ImGui::PushFont(ctx.fonts.uiBold);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.accent));
        textLine(heading);
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    Callout(const Callout&) = delete;
    Callout& operator=(const Callout&) = delete;

    // Draws the ground (and, if asked, an accent edge where the lines start) under what was drawn since the box
    // opened; returns the box's bottom.
    float close(ImU32 ground, bool accentEdge) {
        const Metrics& m = ctx_.metrics;
        lines_.release();
        ImGui::Unindent(indent_);
        const float bottom = ImGui::GetCursorScreenPos().y;
        drawList_->ChannelsSetCurrent(0);
        drawList_->AddRectFilled(top_, {top_.x + width_, bottom}, ground, m.rounding());
        if (accentEdge && readsRightToLeft(ctx_))
            drawList_->AddRectFilled({top_.x + width_ - m.px(6), top_.y}, {top_.x + width_, bottom}, ctx_.palette.accent, m.rounding(),
                                     ImDrawFlags_RoundCornersRight);
        else if (accentEdge)
            drawList_->AddRectFilled(top_, {top_.x + m.px(6), bottom}, ctx_.palette.accent, m.rounding(), ImDrawFlags_RoundCornersLeft);
        drawList_->ChannelsMerge();
        return bottom;
    }
    ImVec2 top() const { return top_; }

  private:
    const FrameContext& ctx_;
    ImDrawList* drawList_;
    ImVec2 top_;
    float width_, indent_;
    FlushRightLines lines_;
};

// The event's plain-language line, for young readers and anyone in a hurry: a tinted band with an accent edge and
// its own heading, in a plain sans face a little larger than the summary under it, so it reads as a different voice
// from the museum label. Where it stands on screen goes to the result, for the state JSON.
void inShortLine(const FrameContext& ctx, const std::string& line, float width, ReaderPageResult& result) {
    if (line.empty()) return;
    const Metrics& m = ctx.metrics;
    const int size = ctx.state.reader.textSize;
    Callout box(ctx, tr("In short"), width, m.px(20), m.px(14));
    text(ctx.fonts.plain[size], line, width - m.px(34), ctx.palette.text, ctx);
    const float bottom = box.close(ctx.palette.panelRaised, true);
    result.inShort = {box.top().x, box.top().y, width, bottom - box.top().y};
    ImGui::Dummy({1, m.px(8)});
}

// The event's themes as chips: a tap shows only that theme on the timeline. Laid out row by row from where the
// visitor's lines start (the right, in a right-to-left language).
void themeChips(const FrameContext& ctx, const model::Event& e, float width, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    ImGui::PushFont(ctx.fonts.small);
    float x = 0;
    const float chipsLeft = ImGui::GetCursorPosX();
    float chipsY = ImGui::GetCursorPosY();
    for (model::Index t : e.themes) {
        const model::Theme& theme = ctx.catalog.themes[static_cast<size_t>(t)];
        const float w = textSize(theme.name).x + m.px(44);
        if (x > 0 && x + w >= width) {
            x = 0;
            chipsY += m.touch() + ImGui::GetStyle().ItemSpacing.y;
        }
        ImGui::SetCursorPos({chipsLeft + inReadingDirection(ctx, x, w, width), chipsY});
        ImGui::PushID(theme.id.c_str());
        const ImVec2 at = ImGui::GetCursorScreenPos();
        // The name stands clear of the shape before it, as on the timeline's chips (centred, the two touched).
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, {readsRightToLeft(ctx) ? 0.2f : 0.8f, 0.5f});
        if (tapButton(theme.name.c_str(), {w, m.touch()})) out.push_back(app::ToggleTheme{t});
        ImGui::PopStyleVar();
        const float markerX = readsRightToLeft(ctx) ? at.x + w - m.px(15) : at.x + m.px(15);  // before the name, as it is read
        drawMarker(ImGui::GetWindowDrawList(), {markerX, at.y + m.touch() / 2}, m.px(7), themeShape(t), ctx.palette.theme(t));
        ImGui::PopID();
        x += w + m.gap();
    }
    ImGui::PopFont();
}

}  // namespace

std::string attribution(const model::Article& a) {
    std::string s = a.author.empty() ? a.title : trf("{title}, by {author}", {{"title", a.title}, {"author", a.author}});
    if (!a.outlet.empty()) s += ", " + a.outlet;
    return s;
}

ReaderPageResult drawWelcomePage(const FrameContext& ctx, float width, app::Actions& out) {
    const int size = ctx.state.reader.textSize;
    ImGui::PushFont(ctx.fonts.eventTitle[size]);
    text(ctx.fonts.eventTitle[size], tr("Welcome"), width, ctx.palette.text, ctx);
    ImGui::PopFont();
    for (const std::string& paragraph : model::paragraphs(ctx.catalog.exhibit.welcome))
        text(ctx.fonts.body[size], paragraph, width, ctx.palette.text, ctx);
    ImGui::Dummy({1, ctx.metrics.px(8)});
    ImGui::PushFont(ctx.fonts.uiBold);
    const std::string about = withId(tr("About this exhibit  \u203A"), "welcome-about");
    alignForReading(captionButtonWidth(about));
    if (tapButton(about.c_str(), {0, ctx.metrics.touch()})) out.push_back(app::OpenAbout{});
    ImGui::PopFont();
    return {};
}

ReaderPageResult drawEventPage(const FrameContext& ctx, float width, PrecisionWords words, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const int size = ctx.state.reader.textSize;
    const model::Index index = ctx.state.selectedEvent;
    const model::Event& e = ctx.catalog.events[static_cast<size_t>(index)];
    ReaderPageResult result;

    // Date first, small and in the accent colour, then the title: how museum labels read.
    // In a right-to-left language the pair reads from the right: the date at the right edge, its precision left of it.
    {
        const std::string date = model::describeSpan(e.date);
        const std::string precision = trf("({precision})", {{"precision", words(e.date.precision)}});
        // Measured as an ImGui item is (textSize of the font in use), so English stands where it always has.
        const auto measured = [](ImFont* face, const std::string& caption) {
            ImGui::PushFont(face);
            const ImVec2 extent = textSize(caption);
            ImGui::PopFont();
            return extent;
        };
        const ImVec2 dateSize = measured(ctx.fonts.uiBold, date), precisionSize = measured(ctx.fonts.small, precision);
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const bool mirrored = readsRightToLeft(ctx);
        const float rowWidth = dateSize.x + spacing + precisionSize.x;
        const float left = mirrored ? at.x + std::max(0.0f, width - rowWidth) : at.x;
        const float dateX = mirrored ? left + precisionSize.x + spacing : left;
        const float precisionX = mirrored ? left : left + dateSize.x + spacing;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float rowHeight = std::max(dateSize.y, precisionSize.y);
        drawText(dl, ctx.fonts.uiBold, ctx.fonts.uiBold->FontSize, {dateX, at.y}, ctx.palette.accent, date);
        drawText(dl, ctx.fonts.small, ctx.fonts.small->FontSize, {precisionX, at.y}, ctx.palette.textMuted, precision);
        ImGui::Dummy({std::min(rowWidth, width), rowHeight});
    }
    text(ctx.fonts.eventTitle[size], e.title, width, ctx.palette.text, ctx);
    if (ctx.speechAvailable) {
        ImGui::PushFont(ctx.fonts.uiBold);
        const std::string readAloud = withId(ctx.state.readingAloud ? tr("Stop reading") : tr("Read aloud"), "read-aloud");
        alignForReading(captionButtonWidth(readAloud));
        if (tapButton(readAloud.c_str(), {0, m.touch()}, ctx.state.readingAloud))
            out.push_back(app::ReadAloud{!ctx.state.readingAloud});
        ImGui::PopFont();
    }

    // In landscape the themes follow the title, as a label's tags; in portrait, where the reader has a third of the
    // height, they wait under the summary, so that the first screen holds the summary's words instead of tags.
    const bool portrait = ctx.layout.orientation == model::Orientation::Portrait;
    if (!portrait) themeChips(ctx, e, width, out);
    ImGui::Dummy({1, m.px(4)});
    // The plain line first: a twelve-year-old reads it before (or instead of) the summary.
    inShortLine(ctx, e.inShort, width, result);
    result.summaryY = ImGui::GetCursorScreenPos().y;
    text(ctx.fonts.body[size], e.summary, width, ctx.palette.text, ctx);
    if (portrait) themeChips(ctx, e, width, out);

    // Where and who.
    ImGui::PushFont(ctx.fonts.small);
    if (!e.places.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.textMuted));
        textLine(tr("Where"));
        ImGui::PopStyleColor();
        // One line from where the visitor's lines start, as the places are read.
        const float placesLeft = ImGui::GetCursorPosX(), placesY = ImGui::GetCursorPosY();
        float placeX = 0;
        for (size_t i = 0; i < e.places.size(); ++i) {
            const model::Place& p = ctx.catalog.places[static_cast<size_t>(e.places[i])];
            // Named as at the event's date, with today's name beside it where it has changed.
            const std::string name = model::placeLabelAt(p, e.date.start.year);
            const float w = captionButtonWidth(name);
            ImGui::SetCursorPos({placesLeft + inReadingDirection(ctx, placeX, w, width), placesY});
            placeX += w + m.gap();
            ImGui::PushID(p.id.c_str());
            if (tapButton(name.c_str(), {0, m.touch()}))
                out.push_back(app::FlyMapTo{model::viewCentredOn({p.lon, p.lat}, std::max(2.0, ctx.state.map.view.zoom))});
            ImGui::PopID();
        }
    }
    if (!e.people.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.textMuted));
        textLine(tr("Who"));
        ImGui::PopStyleColor();
        // Each person is a button that finds every mention of them in the exhibit.
        for (model::Index pi : e.people) {
            const model::Person& p = ctx.catalog.people[static_cast<size_t>(pi)];
            const std::string label = (p.role.empty() ? p.name : p.name + " \u2014 " + p.role) + "##" + p.id;
            ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, {0, 0.5f});
            const float w = std::min(width, textSize(label, true).x + m.px(32));
            alignForReading(w);
            if (tapButton(label.c_str(), {w, m.touch()})) out.push_back(app::SetSearchQuery{p.name});
            ImGui::PopStyleVar();
        }
    }
    ImGui::PopFont();
    ImGui::Dummy({1, m.px(6)});

    // Where the sources disagree, say so and quote each side.
    for (model::Index di : ctx.catalog.disagreementsOfEvent[static_cast<size_t>(index)]) {
        const model::Disagreement& d = ctx.catalog.disagreements[static_cast<size_t>(di)];
        Callout box(ctx, tr("Sources differ"), width, m.px(16), m.px(16));
        text(ctx.fonts.body[size], d.topic, width - m.px(32), ctx.palette.text, ctx);
        for (size_t c = 0; c < d.claims.size(); ++c) {
            const model::Claim& claim = d.claims[c];
            // The claim in the museum's words, then the article's own, attributed under the quotation (once).
            if (c) ImGui::Dummy({1, m.px(6)});
            text(ctx.fonts.uiBold, claim.says, width - m.px(32), ctx.palette.text, ctx);
            const std::string id = d.id + "-" + std::to_string(c);
            pullQuote(ctx, claim.quote, width - m.px(32), out, id.c_str());
        }
        box.close(ctx.palette.differ, false);
        ImGui::Dummy({1, m.px(12)});
        // Right under its box (channels do not nest): which side the public record supports, where it settles one.
        curatorNote(ctx, d.note, width, result);
    }

    ImGui::PushFont(ctx.fonts.heading);
    textLine(e.excerpts.size() == 1 ? tr("From the source") : tr("From the sources"));
    ImGui::PopFont();
    for (size_t i = 0; i < e.excerpts.size(); ++i) {
        const std::string id = "excerpt-" + std::to_string(i);
        pullQuote(ctx, e.excerpts[i], width, out, id.c_str());
    }
    // After the sources, never inside the summary: where the record corrects or completes them.
    curatorNote(ctx, e.note, width, result);

    // A few related events, to carry on from here.
    const auto related = model::relatedEvents(ctx.catalog, index, 3);
    if (!related.empty()) {
        ImGui::PushFont(ctx.fonts.heading);
        textLine(tr("Related"));
        ImGui::PopFont();
        ImGui::PushFont(ctx.fonts.small);
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, {0, 0.5f});
        for (model::Index r : related) {
            const model::Event& other = ctx.catalog.events[static_cast<size_t>(r)];
            const std::string label = model::describeSpan(other.date) + "  \u00B7  " + other.title + "##related-" + other.id;
            if (tapButton(label.c_str(), {width, m.touch()})) out.push_back(app::SelectEvent{r});
        }
        ImGui::PopStyleVar();
        ImGui::PopFont();
    }
    return result;
}

void drawArticleHeader(const FrameContext& ctx, float width) {
    const model::Index index = ctx.state.reader.article;
    if (index < 0 || static_cast<size_t>(index) >= ctx.catalog.articles.size()) return;
    const model::Article& a = ctx.catalog.articles[static_cast<size_t>(index)];
    // The heading font, smaller than the event title's: it stays in view above a long text.
    ImFont* titleFont = ctx.fonts.heading;
    drawParagraph(titleFont, a.title, width, ctx.palette.text, {}, 0, titleFont->FontSize * 0.25f);
    ImGui::PushFont(ctx.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.textMuted));
    std::string by;
    if (!a.author.empty())
        by = a.authorRole.empty() ? trf("By {author}", {{"author", a.author}}) : trf("By {author}, {role}", {{"author", a.author}, {"role", a.authorRole}});
    if (!a.outlet.empty()) by += (by.empty() ? "" : " \u00B7 ") + a.outlet;
    if (by.empty()) by = a.note;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    textWrapped(by);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

ReaderPageResult drawArticlePage(const FrameContext& ctx, float width, app::Actions&) {
    ReaderPageResult result;
    const int size = ctx.state.reader.textSize;
    const model::Index index = ctx.state.reader.article;
    if (index < 0 || static_cast<size_t>(index) >= ctx.catalog.articles.size()) return result;
    const model::Article& a = ctx.catalog.articles[static_cast<size_t>(index)];
    // The title and byline stand above the scrolling text (drawArticleHeader), always in view.
    ImGui::Dummy({1, ctx.metrics.px(4)});
    // Paragraph by paragraph, so that offsets into the body map to highlights.
    const std::string& body = a.body;
    const size_t hFrom = ctx.state.reader.highlightOffset, hTo = hFrom + ctx.state.reader.highlightLength;
    size_t start = 0;
    while (start < body.size()) {
        size_t end = body.find("\n\n", start);
        if (end == std::string::npos) end = body.size();
        std::vector<ByteRange> highlights;
        if (hTo > hFrom && hFrom < end && hTo > start)
            highlights.emplace_back(std::max(hFrom, start) - start, std::min(hTo, end) - start);
        const float paragraphY = ImGui::GetCursorPosY();
        const float first = drawParagraph(ctx.fonts.body[size], std::string_view(body).substr(start, end - start), width, ctx.palette.text,
                                          highlights, ctx.palette.highlight, ctx.fonts.body[size]->FontSize * 0.5f);
        // Content-relative: the page starts at cursor y = -scroll.
        if (first >= 0 && result.highlightY < 0) result.highlightY = paragraphY + first + ctx.state.reader.scroll;
        ImGui::Dummy({1, ctx.fonts.body[size]->FontSize * 0.6f});
        start = end + 2;
    }
    return result;
}

}  // namespace kiosk::ui
