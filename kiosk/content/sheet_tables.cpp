// sheet_tables.cpp: the spreadsheet layout of the content sources, as data.
#include "content/sheet_tables.hpp"

#include <algorithm>
#include <functional>

namespace kiosk::content {
namespace {

using K = CellKind;

// A curator's note, as [event.note], [figure.note], [disagreement.note] and [era.note] all have it.
SheetLevel noteLevel() {
    return {"note", true, "notes", {{"text"}, {"article_says"}},
            {{"source", false, "note_sources", {{"publisher"}, {"title"}, {"url"}}, {}}}};
}

std::vector<SheetSource> makeSources() {
    return {
        {"articles.toml",
         {"article", false, "articles",
          {{"id"}, {"original"}, {"cleaned"}, {"title"}, {"title_is_descriptive", K::Flag}, {"outlet"}, {"author"}, {"author_role"}, {"note"}},
          {}}},
        {"themes.toml", {"theme", false, "themes", {{"id"}, {"short"}, {"name"}, {"description"}}, {}}},
        {"eras.toml", {"era", false, "eras", {{"id"}, {"name"}, {"short"}, {"start", K::Year}, {"end", K::Year}, {"summary"}}, {noteLevel()}}},
        {"places.toml",
         {"place", false, "places",
          {{"id"}, {"name"}, {"lat", K::Number}, {"lon", K::Number}, {"country"}, {"since", K::Year}},
          {{"former", false, "place_former_names", {{"until", K::Year}, {"name"}, {"country"}}, {}}}}},
        {"people.toml", {"person", false, "people", {{"id"}, {"name"}, {"role"}}, {}}},
        {"events.toml",
         {"event", false, "events",
          {{"id"}, {"title"}, {"short"}, {"start", K::Date}, {"end", K::Date}, {"precision"}, {"outside_range_ok", K::Flag}, {"tone"},
           {"themes", K::List, true}, {"places", K::List, true}, {"people", K::List, true}, {"in_short"}, {"summary"}},
          {{"excerpt", false, "event_excerpts", {{"article"}, {"quote", K::Quote}}, {}}, noteLevel()}}},
        {"disagreements.toml",
         {"disagreement", false, "disagreements", {{"id"}, {"event"}, {"topic"}},
          {{"claim", false, "disagreement_claims", {{"article"}, {"says"}, {"quote", K::Quote}}, {}}, noteLevel()}}},
        {"figures.toml",
         {"figure", false, "figures",
          {{"id"}, {"label"}, {"value", K::Number}, {"unit"}, {"date", K::Date}, {"precision"}, {"article"}, {"quote", K::Quote}, {"event"}},
          {noteLevel()}}},
    };
}

void visit(const SheetLevel& level, const std::function<void(const SheetLevel&)>& f) {
    f(level);
    for (const SheetLevel& child : level.children) visit(child, f);
}

}  // namespace

const std::vector<SheetSource>& sheetSources() {
    static const std::vector<SheetSource> sources = makeSources();
    return sources;
}

std::vector<std::string> columnsOf(const SheetField& field) {
    switch (field.kind) {
        case CellKind::Date: return {field.key + "_year", field.key + "_month", field.key + "_day"};
        case CellKind::Year: return {field.key + "_year"};
        default: return {field.key};
    }
}

std::vector<std::string> ownersOf(const std::string& sheet) {
    std::vector<std::string> owners;
    for (const SheetSource& source : sheetSources())
        for (const SheetLevel& child : source.top.children)
            visit(child, [&](const SheetLevel& level) {
                if (level.sheet == sheet && std::find(owners.begin(), owners.end(), source.top.key) == owners.end())
                    owners.push_back(source.top.key);
            });
    return owners;
}

std::vector<std::string> linkColumnsOf(const std::string& sheet) {
    const std::vector<std::string> owners = ownersOf(sheet);
    if (owners.size() == 1) return {owners.front()};
    return {"on", "id"};
}

std::vector<std::string> headerOf(const SheetLevel& level, bool topLevel) {
    std::vector<std::string> header = topLevel ? std::vector<std::string>{} : linkColumnsOf(level.sheet);
    for (const SheetField& field : level.fields)
        for (std::string& column : columnsOf(field)) header.push_back(std::move(column));
    if (topLevel) header.emplace_back(kCommentColumn);
    return header;
}

std::string formatSheetProblem(const SheetProblem& p) {
    std::string out = p.sheet + ".csv";
    if (p.row > 0) out += ", row " + std::to_string(p.row);
    if (!p.column.empty()) out += ", column '" + p.column + "'";
    return out + (p.warning ? ": warning: " : ": ") + p.message + "\n";
}

std::vector<std::string> sheetNames() {
    std::vector<std::string> names;
    for (const SheetSource& source : sheetSources())
        visit(source.top, [&](const SheetLevel& level) {
            if (std::find(names.begin(), names.end(), level.sheet) == names.end()) names.push_back(level.sheet);
        });
    return names;
}

}  // namespace kiosk::content
