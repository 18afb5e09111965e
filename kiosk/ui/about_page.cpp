// about_page.cpp: "About this exhibit": how the content was made, and credits with licences for the articles,
// the map data, the fonts and the software.
#include "ui/reader_pages.hpp"
#include "ui/rich_text.hpp"

namespace kiosk::ui {
namespace {

void heading(const FrameContext& ctx, const char* s) {
    ImGui::Dummy({1, ctx.metrics.px(6)});
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextUnformatted(s);
    ImGui::PopFont();
}

void para(const FrameContext& ctx, const std::string& s, float width, ImFont* font = nullptr) {
    ImFont* f = font ? font : ctx.fonts.body[ctx.state.reader.textSize];
    drawParagraph(f, s, width, ctx.palette.text, {}, 0, f->FontSize * 0.45f);
}

}  // namespace

ReaderPageResult drawAboutPage(const FrameContext& ctx, float width, app::Actions&) {
    const int size = ctx.state.reader.textSize;
    para(ctx, "About this exhibit", width, ctx.fonts.eventTitle[size]);
    para(ctx,
         "This exhibit traces relations between Pakistan and the Soviet Union, and later Russia, from 1947 to 2022. "
         "It is drawn only from the five articles listed below.",
         width);
    heading(ctx, "How the content was made");
    para(ctx,
         "Curators read the five articles closely and recorded each dated event they describe. Every event carries at least one "
         "quotation copied word for word from an article; the build checks each one against the article text. "
         "Dates are given only as precisely as the articles allow, unless a curator's note says where a closer date comes from. "
         "Where the articles disagree on a fact or a judgement, the exhibit shows each account under \u201CSources differ\u201D "
         "instead of choosing one. Titles and summaries are the exhibit's own words and say no more than the articles; what only "
         "one article says is marked as such. Quotations that begin or end inside a sentence are shown with an ellipsis (\u2026); "
         "spelling and capitalisation inside quotations are the articles' own. Web clutter such as comment forms and share "
         "links was removed; nothing else was changed.",
         width);
    heading(ctx, "Curator's notes");
    para(ctx,
         "The articles are not always right. Curators checked every dated claim against public references: encyclopaedias, "
         "official and government pages, and newspapers. Where an article errs, or a date comes from outside the articles, the "
         "exhibit keeps the article's words and adds a framed \u201CCurator's note\u201D after the sources. Each note says "
         "what the public record shows, in a few sentences, and names the reference it was read in (publisher, title and web "
         "address). Notes never change a quotation, and a claim no reference could confirm is worded with the article's own "
         "hedge instead of a note.",
         width);
    heading(ctx, "Places");
    para(ctx,
         "Places are named as they were at the date of the event, with today's name beside it where it has changed. An event "
         "of the government is placed at the seat of government of its date: Karachi until 1959, Rawalpindi while Islamabad "
         "was being built, and Islamabad from 1967.",
         width);
    heading(ctx, "Source articles");
    for (const model::Article& a : ctx.catalog.articles) {
        std::string line = "\u2022 " + attribution(a);
        if (!a.note.empty()) line += ". " + a.note;
        para(ctx, line, width, ctx.fonts.small);
    }
    para(ctx, "The articles are quoted for study and comment; their copyright remains with their authors and publishers.", width,
         ctx.fonts.small);
    heading(ctx, "Map");
    para(ctx,
         "Country shapes from Natural Earth (naturalearthdata.com), public domain, in Mike Bostock's world-atlas conversion "
         "(ISC licence). The map shows the main border changes of the date shown (the Soviet Union as one country until 1991, "
         "Pakistan with its eastern wing until 1971, Yugoslavia, Czechoslovakia), drawn with today's outlines; divided "
         "Germany and the two Yemens are not shown.",
         width, ctx.fonts.small);
    heading(ctx, "Fonts");
    para(ctx, "Noto Sans and Noto Serif, \u00A9 Google, under the SIL Open Font License 1.1.", width, ctx.fonts.small);
    heading(ctx, "Software");
    para(ctx,
         "Dear ImGui (MIT licence), GLFW (zlib licence), SQLite (public domain), stb (public domain / MIT), toml++ (MIT), "
         "nlohmann/json (MIT), CLI11 (BSD 3-clause), spdlog and fmt (MIT). Licence texts are installed with the kiosk.",
         width, ctx.fonts.small);
    if (!ctx.catalog.info.contentVersion.empty())
        para(ctx, "Content version " + ctx.catalog.info.contentVersion + ", built " + ctx.catalog.info.builtAt + ".", width, ctx.fonts.small);
    return {};
}

}  // namespace kiosk::ui
