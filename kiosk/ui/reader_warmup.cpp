// reader_warmup.cpp: the widths and line gaps must be those drawEventPage and pullQuote pass to drawParagraph, or
// the cache's keys differ and the work is wasted (tests/ui/reader_warmup_test checks that a warmed page shapes
// nothing when it opens).
#include "ui/reader_warmup.hpp"

#include <algorithm>
#include <cmath>

#include "model/phrase_book.hpp"
#include "model/quote_edges.hpp"
#include "ui/rich_text.hpp"
#include "ui/text_engine.hpp"

namespace kiosk::ui {

void planReaderWarmup(const FrameContext& ctx, float textWidth) {
    TextEngine* engine = currentTextEngine();
    if (!engine || ctx.catalog.events.empty()) return;
    const int size = ctx.state.reader.textSize;
    ImFont* body = ctx.fonts.body[size];
    if (!body) return;
    TextEngine::WarmKey key{ctx.state.language, &ctx.catalog, ctx.catalog.events.size(), body, std::lround(textWidth)};
    if (engine->plannedFor(key)) return;
    // Only text the text layer shapes (English and Russian take ImGui's own path); from the open event outwards.
    if (!engine->usable()) {
        engine->planWarmup(key, {});
        return;
    }
    const Metrics& m = ctx.metrics;
    std::vector<TextEngine::WarmItem> items;
    // One paragraph as drawEventPage's text() lays it out: the font's style, its paragraph line gap.
    const auto add = [&](ImFont* font, const std::string& text, float width) {
        if (!font || text.empty() || !TextEngine::needsShaping(text)) return;
        text::TextStyle style = engine->styleFor(font);
        style.lineGap = paragraphLineGap(font);
        items.push_back({text, style, std::max(width, font->FontSize * 4)});  // drawParagraph's narrowest column
    };
    const auto addQuote = [&](const model::Quote& q, float width) {
        if (!q.translation.empty()) add(body, q.translation, width - m.px(22));  // pullQuote's column
    };
    const auto addNote = [&](const model::CuratorNote& note) {  // curatorNote's inner column
        if (note.empty()) return;
        const float inner = textWidth - m.px(36);
        add(body, note.text, inner);
        for (const model::NoteSource& src : note.sources)
            add(ctx.fonts.small, model::trf("Source: {publisher}, {title}, {url}", {{"publisher", src.publisher}, {"title", model::quotedForDisplay(src.title)}, {"url", src.url}}),
                inner);
    };
    const auto n = static_cast<long>(ctx.catalog.events.size());
    const long from = std::clamp(static_cast<long>(ctx.state.selectedEvent), 0L, n - 1);
    for (long step = 0; step < 2 * n; ++step) {
        const long i = from + (step % 2 ? (step + 1) / 2 : -step / 2);
        if (i < 0 || i >= n) continue;
        const model::Event& e = ctx.catalog.events[static_cast<size_t>(i)];
        // In the order the page reads, so the top of the nearest pages is ready first.
        add(ctx.fonts.eventTitle[size], e.title, textWidth);
        add(ctx.fonts.plain[size], e.inShort, textWidth - m.px(34));
        add(body, e.summary, textWidth);
        for (model::Index di : ctx.catalog.disagreementsOfEvent[static_cast<size_t>(i)]) {
            const model::Disagreement& d = ctx.catalog.disagreements[static_cast<size_t>(di)];
            const float inside = textWidth - m.px(32);  // the "Sources differ" box's column
            add(body, d.topic, inside);
            for (const model::Claim& claim : d.claims) {
                add(ctx.fonts.uiBold, claim.says, inside);
                addQuote(claim.quote, inside);
            }
            addNote(d.note);
        }
        for (const model::Quote& q : e.excerpts) addQuote(q, textWidth);
        addNote(e.note);
    }
    engine->planWarmup(key, std::move(items));
}

}  // namespace kiosk::ui
