// exhibit_reader.cpp: exhibit.toml, checked key by key.
#include "content/exhibit_reader.hpp"

#include "content/toml_record.hpp"

namespace kiosk::content {
namespace {

// A whole year: exhibit years are written first_year = 1947 (a number) or "1947" (text).
int readYear(const TomlRecord& r, const char* key) {
    const std::string text = r.text(key);
    if (text.empty()) return 0;
    if (text.size() > 4 || text.find_first_not_of("0123456789") != std::string::npos || text.size() < 3) {
        r.error(r.lineOf(key), std::string("'") + key + "' should be a year such as 1947, not \"" + text + "\"");
        return 0;
    }
    return std::stoi(text);
}

model::MapRegion readRegion(const TomlRecord& top, Diagnostics& diag) {
    const toml::table* t = top.table("map_home", "table [map_home] with west, east, south and north");
    if (!t) {
        if (!top.has("map_home")) top.error(top.line(), "missing [map_home]: the region the map shows first (west, east, south, north in degrees)");
        return {};
    }
    const TomlRecord r(*t, top.file(), diag);
    r.allowOnly({"west", "east", "south", "north"});
    const auto west = r.number("west"), east = r.number("east"), south = r.number("south"), north = r.number("north");
    if (!west || !east || !south || !north) return {};
    model::MapRegion region{*west, *east, *south, *north};
    if (*west < -180 || *east > 180 || *south < -90 || *north > 90)
        r.error(r.line(), "[map_home] lies off the globe: longitudes run from -180 to 180, latitudes from -90 to 90");
    else if (!(*west < *east))
        r.error(r.lineOf("east"), "[map_home] 'east' must be greater than 'west' (the region runs from west to east)");
    else if (!(*south < *north))
        r.error(r.lineOf("north"), "[map_home] 'north' must be greater than 'south' (the region runs from south to north)");
    else
        return region;
    return {};
}

}  // namespace

model::Exhibit readExhibit(const toml::table& root, const std::string& file, Diagnostics& diag) {
    const TomlRecord top(root, file, diag);
    top.allowOnly({"title", "subtitle", "first_year", "last_year", "welcome", "search_suggestions", "tour", "tour_caption", "map_home", "about"});
    model::Exhibit e;
    e.title = top.text("title");
    e.subtitle = top.text("subtitle", false);
    e.firstYear = readYear(top, "first_year");
    e.lastYear = readYear(top, "last_year");
    if (e.firstYear && e.lastYear && e.lastYear < e.firstYear) {
        top.error(top.lineOf("last_year"), "'last_year' (" + std::to_string(e.lastYear) + ") is before 'first_year' (" +
                                              std::to_string(e.firstYear) + ")");
        e.firstYear = e.lastYear = 0;
    }
    e.welcome = top.text("welcome");
    e.searchSuggestions = top.textList("search_suggestions");
    e.tour = top.textList("tour");
    e.tourCaption = top.text("tour_caption", false);
    e.home = readRegion(top, diag);
    if (const toml::table* about = top.table("about", "table [about] with intro and [[about.section]]")) {
        const TomlRecord a(*about, file, diag);
        a.allowOnly({"intro", "section"});
        e.aboutIntro = a.text("intro");
        for (const toml::table* t : a.tables("section")) {
            const TomlRecord s(*t, file, diag);
            s.allowOnly({"heading", "text", "small", "list_articles"});
            e.about.push_back({s.text("heading"), s.text("text", !s.flag("list_articles")), s.flag("small"), s.flag("list_articles")});
        }
    } else if (!top.has("about")) {
        top.error(top.line(), "missing [about]: the About page's opening paragraph (intro) and its [[about.section]]s");
    }
    return e;
}

}  // namespace kiosk::content
