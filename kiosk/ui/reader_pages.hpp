// reader_pages.hpp: the pages the reading pane can show. Each draws at the cursor within `width`.
#pragma once
#include "ui/ui_context.hpp"

namespace kiosk::ui {

struct ReaderPageResult {
    float highlightY = -1;  // content-relative y of the highlighted excerpt (article page), or -1
    std::vector<float> noteYs;  // content-relative y of each curator's note drawn (event page)
    ScreenRect inShort;         // where the event's "in short" band was drawn on screen (w = 0: not drawn)
    float summaryY = -1;        // the screen y at which the event's summary starts, or -1
};

using PrecisionWords = const char* (*)(model::Precision);

ReaderPageResult drawWelcomePage(const FrameContext& ctx, float width, app::Actions& out);
ReaderPageResult drawEventPage(const FrameContext& ctx, float width, PrecisionWords words, app::Actions& out);
ReaderPageResult drawArticlePage(const FrameContext& ctx, float width, app::Actions& out);
// The open article's title and byline (author, outlet), drawn above the article's scrolling text.
void drawArticleHeader(const FrameContext& ctx, float width);
ReaderPageResult drawAboutPage(const FrameContext& ctx, float width, app::Actions& out);
ReaderPageResult drawSearchPage(const FrameContext& ctx, float width, app::Actions& out);
// The era in the view state's reader.era: its years, name and summary.
ReaderPageResult drawEraPage(const FrameContext& ctx, float width, app::Actions& out);
// "1971–1978": an era's years as the page and the timeline name them.
std::string eraYears(const model::Era& era);

// "Article title, Outlet" or "Article title": how an excerpt is attributed.
std::string attribution(const model::Article& article);

}  // namespace kiosk::ui
