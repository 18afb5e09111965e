// content_stats.cpp: counts per theme, era, article, precision and tone.
#include "tools/content_stats.hpp"

#include <map>
#include <sstream>

#include "model/language.hpp"
#include "model/translation.hpp"

namespace kiosk::tools {

std::string formatContentStats(const model::Catalog& c) {
    std::ostringstream out;
    out << "content version " << c.info.contentVersion << ", built " << c.info.builtAt << "\n";
    out << c.events.size() << " events, " << c.articles.size() << " articles, " << c.places.size() << " places, " << c.people.size()
        << " people, " << c.eras.size() << " eras, " << c.themes.size() << " themes, " << c.disagreements.size() << " disagreements, "
        << c.figures.size() << " figures, " << c.countries.size() << " country shapes, "
        << c.historicalCountries.size() << " historical countries\n";
    auto section = [&](const char* title, const std::vector<std::pair<std::string, int>>& rows) {
        out << "\n" << title << "\n";
        for (const auto& [name, count] : rows) out << "  " << count << "\t" << name << "\n";
    };
    std::vector<std::pair<std::string, int>> rows;
    for (size_t t = 0; t < c.themes.size(); ++t) {
        int n = 0;
        for (const auto& e : c.events)
            for (auto x : e.themes) n += x == static_cast<model::Index>(t);
        rows.emplace_back(c.themes[t].name, n);
    }
    section("events per theme", rows);
    rows.clear();
    for (const auto& era : c.eras) {
        int n = 0;
        for (const auto& e : c.events) n += e.date.start.year >= era.startYear && e.date.start.year <= era.endYear;
        rows.emplace_back(era.name + " (" + std::to_string(era.startYear) + "-" + std::to_string(era.endYear) + ")", n);
    }
    section("events per era", rows);
    rows.clear();
    for (size_t a = 0; a < c.articles.size(); ++a) {
        int n = 0;
        for (const auto& e : c.events) {
            bool uses = false;
            for (const auto& q : e.excerpts) uses = uses || q.article == static_cast<model::Index>(a);
            n += uses;
        }
        rows.emplace_back(c.articles[a].id + " " + c.articles[a].title, n);
    }
    section("events quoting each article", rows);
    std::map<std::string, int> precision, tone;
    for (const auto& e : c.events) {
        precision[model::precisionName(e.date.precision)]++;
        tone[model::toneName(e.tone)]++;
    }
    section("events per date precision", {precision.begin(), precision.end()});
    section("events per tone", {tone.begin(), tone.end()});
    // Each language the kiosk knows: how much is translated, and what it shows in English instead (visibly).
    out << "\ntranslations (fields shown in English where a translation lacks them)\n";
    for (const model::LanguageInfo& language : model::knownLanguages()) {
        if (language.code == "en") continue;
        const std::vector<std::string> missing = model::missingTranslations(c, language.code);
        const auto table = c.translations.find(language.code);
        const size_t have = table == c.translations.end() ? 0 : table->second.size();
        const auto phrases = c.phrases.find(language.code);
        out << "  " << language.englishName << " (" << language.code << "): " << have << " of " << (have + missing.size())
            << " fields translated, " << missing.size() << " shown in English; "
            << (phrases == c.phrases.end() ? 0 : phrases->second.size()) << " interface phrases\n";
        for (size_t i = 0; i < missing.size() && i < 20; ++i) out << "    in English: " << missing[i] << "\n";
        if (missing.size() > 20) out << "    ... and " << (missing.size() - 20) << " more\n";
    }
    return out.str();
}

}  // namespace kiosk::tools
