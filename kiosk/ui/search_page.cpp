// search_page.cpp: search results in the reader: each a large button with its title and a snippet in which the
// matched words are highlighted; an empty result says so and suggests something to try.
#include <algorithm>

#include "model/on_screen_keyboard.hpp"
#include "ui/reader_pages.hpp"
#include "ui/rich_text.hpp"
#include "model/phrase_book.hpp"
#include "ui/text_draw.hpp"

namespace kiosk::ui {

using model::tr;
using model::trf;
using model::trn;
namespace {

// The suggested words as chips, in rows that start where the visitor reads from (the right, in Urdu).
void suggestions(const FrameContext& ctx, float width, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    ImGui::PushFont(ctx.fonts.ui);
    const float left = ImGui::GetCursorPosX();
    float y = ImGui::GetCursorPosY();
    float x = 0;
    for (const std::string& suggestion : ctx.catalog.exhibit.searchSuggestions) {
        const char* word = suggestion.c_str();
        const float w = std::min(width, std::max(m.touch(), textSize(word).x + 2 * ImGui::GetStyle().FramePadding.x));
        if (x > 0 && x + w > width) {
            x = 0;
            y += m.touch() + m.gap();
        }
        ImGui::SetCursorPos({left + inReadingDirection(ctx, x, w, width), y});
        ImGui::PushID(word);
        if (tapButton(word, {w, m.touch()})) out.push_back(app::SetSearchQuery{model::applyKey("", {model::KeyboardKey::Kind::Character, word, word, 1}, 60)});
        ImGui::PopID();
        x += w + m.gap();
    }
    // Where the rows end, for what follows (and for the page's scroll extent).
    ImGui::SetCursorPos({left, y});
    ImGui::Dummy({width, m.touch()});
    ImGui::PopFont();
}

}  // namespace

ReaderPageResult drawSearchPage(const FrameContext& ctx, float width, app::Actions& out) {
    const Metrics& m = ctx.metrics;
    const int size = ctx.state.reader.textSize;
    const std::string& query = ctx.state.search.query;
    ImGui::PushFont(ctx.fonts.eventTitle[size]);
    textLine(tr("Search"));
    ImGui::PopFont();
    ImFont* body = ctx.fonts.body[size];
    if (query.empty()) {
        drawParagraph(body, tr("Type a name, a place, a year or a subject. Or try one of these:"), width, ctx.palette.text, {}, 0, body->FontSize * 0.45f);
        suggestions(ctx, width, out);
        return {};
    }
    // The messages that quote the query change with every keystroke, so each is shaped anew: in Urdu they are set
    // in the interface's Naskh (as the in-short line is), which shapes about thirty times faster than Nastaliq.
    ImFont* message = readsRightToLeft(ctx) ? ctx.fonts.plain[size] : body;
    const auto& results = ctx.searchResults;
    if (results.empty() && !ctx.state.search.suggestion.empty()) {
        // A typo: offer the nearest words of the exhibit, one tap away.
        drawParagraph(message, trf("Nothing in the exhibit matches \u201C{query}\u201D.", {{"query", query}}), width, ctx.palette.text, {}, 0,
                      message->FontSize * 0.45f);
        const std::string& fix = ctx.state.search.suggestion;
        ImGui::PushFont(ctx.fonts.uiBold);
        const std::string label = withId(trf("Did you mean: {word}?", {{"word", fix}}), "did-you-mean");
        const float w = std::min(width, textSize(label, true).x + 2 * m.px(22));
        alignForReading(w);
        if (tapButton(label.c_str(), {w, m.primaryTouch()}, true)) out.push_back(app::SetSearchQuery{fix});
        ImGui::PopFont();
        ImGui::Dummy({1, m.gap()});
        drawParagraph(body, tr("Or try one of these:"), width, ctx.palette.text, {}, 0, body->FontSize * 0.45f);
        suggestions(ctx, width, out);
        return {};
    }
    if (results.empty()) {
        drawParagraph(message,
                      trf("Nothing in the exhibit matches \u201C{query}\u201D. Check the spelling, use fewer words, or try one of these:", {{"query", query}}), width,
                      ctx.palette.text, {}, 0, message->FontSize * 0.45f);
        suggestions(ctx, width, out);
        return {};
    }
    ImGui::PushFont(ctx.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.textMuted));
    textLine(trn("{n} result for \u201C{query}\u201D", "{n} results for \u201C{query}\u201D", static_cast<long>(results.size()), {{"query", query}}));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImFont* titleFont = ctx.fonts.uiBold;
    ImFont* snippetFont = ctx.fonts.small;
    const float pad = m.px(14);
    for (size_t i = 0; i < results.size(); ++i) {
        const model::SearchResult& hit = results[i];
        const bool isEvent = hit.kind == model::SearchResult::Kind::Event;
        if (hit.ref < 0 || (isEvent ? static_cast<size_t>(hit.ref) >= ctx.catalog.events.size()
                                    : static_cast<size_t>(hit.ref) >= ctx.catalog.articles.size()))
            continue;
        std::string title;
        if (isEvent) {
            const model::Event& e = ctx.catalog.events[static_cast<size_t>(hit.ref)];
            title = model::describeSpan(e.date) + "  \u00B7  " + e.title;
        } else {
            title = trf("Article: {title}", {{"title", ctx.catalog.articles[static_cast<size_t>(hit.ref)].title}});
        }
        std::vector<ByteRange> marks;
        const std::string snippet = stripMarks(hit.snippet, marks);
        const float inner = width - 2 * pad;
        const float titleH = wrappedTextSize(titleFont, titleFont->FontSize, inner, title).y;
        const float snippetH = wrappedTextSize(snippetFont, snippetFont->FontSize, inner, snippet).y * 1.35f + snippetFont->FontSize * 0.4f;
        const float h = std::max(m.touch(), titleH + snippetH + 2 * pad);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::PushID(static_cast<int>(i));
        if (tapButton("##result", {width, h})) {
            if (isEvent) {
                out.push_back(app::SelectEvent{hit.ref});
            } else {
                // Open the article at the first matched word.
                const std::string& text = ctx.catalog.articles[static_cast<size_t>(hit.ref)].body;
                size_t offset = std::string::npos, length = 0;
                if (!marks.empty()) {
                    const std::string word = snippet.substr(marks[0].first, marks[0].second - marks[0].first);
                    offset = model::findWord(text, word);
                    length = word.size();
                }
                out.push_back(app::OpenArticle{hit.ref, static_cast<uint32_t>(offset == std::string::npos ? 0 : offset),
                                               static_cast<uint32_t>(offset == std::string::npos ? 0 : length)});
            }
            out.push_back(app::CloseSearch{});
        }
        ImGui::PopID();
        const ImVec2 after = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos({at.x + pad, at.y + pad});
        ImGui::PushFont(titleFont);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
        textWrapped(title);
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        ImGui::SetCursorScreenPos({at.x + pad, ImGui::GetCursorScreenPos().y});
        drawParagraph(snippetFont, snippet, inner, ctx.palette.textMuted, marks, ctx.palette.highlight, snippetFont->FontSize * 0.35f);
        ImGui::SetCursorScreenPos(after);
    }
    return {};
}

}  // namespace kiosk::ui
