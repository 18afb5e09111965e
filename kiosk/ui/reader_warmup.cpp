// reader_warmup.cpp: the widths and line gaps must be those drawEventPage and pullQuote pass to drawParagraph, or
// the cache's keys differ and the work is wasted (tests/ui/reader_warmup_test checks that a warmed page shapes
// nothing when it opens).
#include "ui/reader_warmup.hpp"

#include <algorithm>
#include <cmath>

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
    text::TextStyle style = engine->styleFor(body);
    style.lineGap = paragraphLineGap(body);
    const float quoteWidth = textWidth - ctx.metrics.px(22);
    const auto columnWidth = [&](float width) { return std::max(width, body->FontSize * 4); };  // as drawParagraph
    std::vector<TextEngine::WarmItem> items;
    const auto n = static_cast<long>(ctx.catalog.events.size());
    const long from = std::clamp(static_cast<long>(ctx.state.selectedEvent), 0L, n - 1);
    for (long step = 0; step < 2 * n; ++step) {
        const long i = from + (step % 2 ? (step + 1) / 2 : -step / 2);
        if (i < 0 || i >= n) continue;
        const model::Event& e = ctx.catalog.events[static_cast<size_t>(i)];
        if (TextEngine::needsShaping(e.summary)) items.push_back({e.summary, style, columnWidth(textWidth)});
        for (const model::Quote& q : e.excerpts)
            if (!q.translation.empty() && TextEngine::needsShaping(q.translation)) items.push_back({q.translation, style, columnWidth(quoteWidth)});
    }
    engine->planWarmup(key, std::move(items));
}

}  // namespace kiosk::ui
