// translation.cpp: one visitor names every translatable field, so the keys the content tool writes, the fields the
// app rewrites and the fields `stats` counts can never drift apart.
#include "model/translation.hpp"

namespace kiosk::model {

std::string fieldKey(std::string_view kind, std::string_view id, std::string_view field) {
    std::string key;
    key.reserve(kind.size() + id.size() + field.size() + 2);
    key.append(kind).append("/").append(id).append("/").append(field);
    return key;
}

namespace {

void note(const FieldVisitor& visit, std::string_view kind, const std::string& id, CuratorNote& n) {
    visit(fieldKey(kind, id, "note"), n.text, n.text);
}

void quote(const FieldVisitor& visit, const std::string& key, Quote& q) { visit(key, q.translation, q.text); }

}  // namespace

void forEachTranslatableField(Catalog& c, const FieldVisitor& visit) {
    auto same = [&](const std::string& key, std::string& text) { visit(key, text, text); };
    Exhibit& x = c.exhibit;
    same("exhibit//title", x.title);
    same("exhibit//subtitle", x.subtitle);
    same("exhibit//welcome", x.welcome);
    same("exhibit//tour_caption", x.tourCaption);
    for (size_t i = 0; i < x.searchSuggestions.size(); ++i) same("exhibit//search/" + std::to_string(i), x.searchSuggestions[i]);
    same("about//intro", x.aboutIntro);
    for (size_t i = 0; i < x.about.size(); ++i) {
        same(fieldKey("about", std::to_string(i), "heading"), x.about[i].heading);
        same(fieldKey("about", std::to_string(i), "text"), x.about[i].text);
    }
    for (Event& e : c.events) {
        same(fieldKey("event", e.id, "title"), e.title);
        same(fieldKey("event", e.id, "short"), e.shortTitle);
        same(fieldKey("event", e.id, "in_short"), e.inShort);
        same(fieldKey("event", e.id, "summary"), e.summary);
        note(visit, "event", e.id, e.note);
        for (size_t i = 0; i < e.excerpts.size(); ++i) quote(visit, fieldKey("event", e.id, "quote/" + std::to_string(i)), e.excerpts[i]);
    }
    for (Era& e : c.eras) {
        same(fieldKey("era", e.id, "name"), e.name);
        same(fieldKey("era", e.id, "short"), e.shortName);
        same(fieldKey("era", e.id, "summary"), e.summary);
        note(visit, "era", e.id, e.note);
    }
    for (Theme& t : c.themes) {
        same(fieldKey("theme", t.id, "name"), t.name);
        same(fieldKey("theme", t.id, "short"), t.shortName);
        same(fieldKey("theme", t.id, "description"), t.description);
    }
    for (Place& p : c.places) {
        same(fieldKey("place", p.id, "name"), p.name);
        same(fieldKey("place", p.id, "country"), p.country);
        for (size_t i = 0; i < p.former.size(); ++i) {
            same(fieldKey("place", p.id, "former/" + std::to_string(i) + "/name"), p.former[i].name);
            same(fieldKey("place", p.id, "former/" + std::to_string(i) + "/country"), p.former[i].country);
        }
    }
    for (Person& p : c.people) {
        same(fieldKey("person", p.id, "name"), p.name);
        same(fieldKey("person", p.id, "role"), p.role);
    }
    for (Disagreement& d : c.disagreements) {
        same(fieldKey("disagreement", d.id, "topic"), d.topic);
        note(visit, "disagreement", d.id, d.note);
        for (size_t i = 0; i < d.claims.size(); ++i) {
            same(fieldKey("disagreement", d.id, "claim/" + std::to_string(i) + "/says"), d.claims[i].says);
            quote(visit, fieldKey("disagreement", d.id, "claim/" + std::to_string(i) + "/quote"), d.claims[i].quote);
        }
    }
    for (Figure& f : c.figures) {
        same(fieldKey("figure", f.id, "label"), f.label);
        same(fieldKey("figure", f.id, "unit"), f.unit);
        quote(visit, fieldKey("figure", f.id, "quote"), f.quote);
        note(visit, "figure", f.id, f.note);
    }
    for (Article& a : c.articles) {
        same(fieldKey("article", a.id, "note"), a.note);
        // A publication's own title is a citation and stays as published; only a title the exhibit wrote is its prose.
        if (a.titleIsDescriptive) same(fieldKey("article", a.id, "title"), a.title);
    }
    for (HistoricalCountry& h : c.historicalCountries) {
        same(fieldKey("historical", h.id, "name"), h.name);
        for (size_t m = 0; m < h.members.size() && m < h.memberLabels.size(); ++m)
            if (!h.memberLabels[m].empty()) same(fieldKey("historical", h.id, "label/" + h.members[m]), h.memberLabels[m]);
    }
    // Today's countries: the shown name (the Natural Earth name stays the key the map matches members by). Both
    // scales hold the same countries; the coarse one follows the detailed one's text.
    std::unordered_map<std::string, const std::string*> shown;
    for (CountryShape& k : c.countries) {
        if (k.shownName.empty()) k.shownName = k.name;
        const std::string source = k.name;
        visit(fieldKey("country", k.name, "name"), k.shownName, source);
        shown[k.name] = &k.shownName;
    }
    for (CountryShape& k : c.countriesCoarse) {
        const auto it = shown.find(k.name);
        k.shownName = it != shown.end() ? *it->second : k.name;
    }
}

TranslatedFields currentFields(const Catalog& catalog) {
    TranslatedFields out;
    // The visitor only reads here; the cast lets one visitor serve reading and rewriting.
    forEachTranslatableField(const_cast<Catalog&>(catalog),
                             [&](const std::string& key, std::string& text, const std::string&) { out.emplace(key, text); });
    return out;
}

size_t showLanguage(Catalog& catalog, std::string_view language, const TranslatedFields& english) {
    const auto table = catalog.translations.find(language);
    const TranslatedFields* fields = table == catalog.translations.end() ? nullptr : &table->second;
    size_t fellBack = 0;
    forEachTranslatableField(catalog, [&](const std::string& key, std::string& text, const std::string&) {
        if (fields) {
            if (const auto it = fields->find(key); it != fields->end()) {
                text = it->second;
                return;
            }
        }
        const auto it = english.find(key);
        text = it != english.end() ? it->second : std::string();
        if (fields && !text.empty()) ++fellBack;
    });
    return fellBack;
}

std::vector<std::string> missingTranslations(const Catalog& catalog, std::string_view language) {
    std::vector<std::string> out;
    const auto table = catalog.translations.find(language);
    forEachTranslatableField(const_cast<Catalog&>(catalog), [&](const std::string& key, std::string&, const std::string& source) {
        if (source.empty()) return;
        if (table == catalog.translations.end() || !table->second.count(key)) out.push_back(key);
    });
    return out;
}

}  // namespace kiosk::model
