// about_page.cpp: "About this exhibit": the exhibit's own account of how it was made and its credits
// (exhibit.toml's [about]), with the source articles listed where a section asks for them.
#include "ui/reader_pages.hpp"
#include "ui/rich_text.hpp"
#include "model/phrase_book.hpp"
#include "ui/text_draw.hpp"

namespace kiosk::ui {

using model::tr;
using model::trf;
using model::trn;
namespace {

void heading(const FrameContext& ctx, const char* s) {
    ImGui::Dummy({1, ctx.metrics.px(6)});
    ImGui::PushFont(ctx.fonts.heading);
    textLine(s);
    ImGui::PopFont();
}

void para(const FrameContext& ctx, const std::string& s, float width, ImFont* font = nullptr) {
    ImFont* f = font ? font : ctx.fonts.body[ctx.state.reader.textSize];
    drawParagraph(f, s, width, ctx.palette.text, {}, 0, f->FontSize * 0.45f);
}

}  // namespace

ReaderPageResult drawAboutPage(const FrameContext& ctx, float width, app::Actions&) {
    const int size = ctx.state.reader.textSize;
    const model::Exhibit& exhibit = ctx.catalog.exhibit;
    para(ctx, tr("About this exhibit"), width, ctx.fonts.eventTitle[size]);
    for (const std::string& p : model::paragraphs(exhibit.aboutIntro)) para(ctx, p, width);
    for (const model::AboutSection& section : exhibit.about) {
        ImFont* font = section.small ? ctx.fonts.small : nullptr;
        heading(ctx, section.heading.c_str());
        if (section.listArticles)
            for (const model::Article& a : ctx.catalog.articles) {
                std::string line = "\u2022 " + attribution(a);
                if (!a.note.empty()) line += ". " + a.note;
                para(ctx, line, width, ctx.fonts.small);
            }
        for (const std::string& p : model::paragraphs(section.text)) para(ctx, p, width, font);
    }
    if (!ctx.catalog.info.contentVersion.empty())
        para(ctx, trf("Content version {version}, built {built}.", {{"version", ctx.catalog.info.contentVersion}, {"built", ctx.catalog.info.builtAt}}), width, ctx.fonts.small);
    return {};
}

}  // namespace kiosk::ui
