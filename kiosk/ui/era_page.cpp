// era_page.cpp: the era page: an era's name, its years and the curators' summary of it, shown after a tap on its
// band on the timeline.
#include <string>

#include "model/phrase_book.hpp"
#include "ui/reader_pages.hpp"
#include "ui/rich_text.hpp"
#include "ui/text_draw.hpp"

namespace kiosk::ui {

std::string eraYears(const model::Era& era) {
    return era.startYear == era.endYear ? std::to_string(era.startYear) : std::to_string(era.startYear) + "\u2013" + std::to_string(era.endYear);
}

ReaderPageResult drawEraPage(const FrameContext& ctx, float width, app::Actions&) {
    const model::Index index = ctx.state.reader.era;
    if (index < 0 || static_cast<size_t>(index) >= ctx.catalog.eras.size()) return {};
    const model::Era& era = ctx.catalog.eras[static_cast<size_t>(index)];
    const int size = ctx.state.reader.textSize;
    // The years first, small and in the accent colour, as an event's date is: how museum labels read.
    ImGui::PushFont(ctx.fonts.uiBold);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.accent));
    textLine(eraYears(era));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::PushFont(ctx.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.palette.textMuted));
    textLine(model::tr("(an era of the relationship)"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImFont* title = ctx.fonts.eventTitle[size];
    drawParagraph(title, era.name, width, ctx.palette.text, {}, 0, title->FontSize * 0.45f);
    ImFont* body = ctx.fonts.body[size];
    drawParagraph(body, era.summary, width, ctx.palette.text, {}, 0, body->FontSize * 0.45f);
    return {};
}

}  // namespace kiosk::ui
