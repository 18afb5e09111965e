// synthetic_catalog.cpp: deterministic generation of large catalogs.
#include "tools/synthetic_catalog.hpp"

#include <random>

namespace kiosk::tools {

model::Catalog makeSyntheticCatalog(const model::Catalog& base, int count, unsigned seed) {
    model::Catalog c;
    c.articles = base.articles;
    c.themes = base.themes;
    c.places = base.places;
    c.eras = base.eras;
    c.people = base.people;
    c.countries = base.countries;
    c.countriesCoarse = base.countriesCoarse;
    c.historicalCountries = base.historicalCountries;
    c.historicalShapes = base.historicalShapes;
    c.historicalShapesCoarse = base.historicalShapesCoarse;
    c.exhibit = base.exhibit;
    c.exhibit.tour.clear();  // the base's events are not here: the kiosk picks the tour from the synthetic ones
    if (!c.exhibit.hasYears()) {
        c.exhibit.title = "Synthetic exhibit";
        c.exhibit.firstYear = 1947;
        c.exhibit.lastYear = 2022;
    }
    if (c.articles.empty())
        c.articles.push_back({"synthetic", "Synthetic article", "", "", "", "", true,
                              "Synthetic text about treaties, trade, visits and pipelines.", "Synthetic text."});
    if (c.themes.empty())
        for (int t = 0; t < 6; ++t) c.themes.push_back({"theme-" + std::to_string(t), "Theme " + std::to_string(t), "", "Theme " + std::to_string(t)});
    if (c.places.empty()) {
        c.places.push_back({"moscow", "Moscow", "Russia", 55.76, 37.62});
        c.places.push_back({"islamabad", "Islamabad", "Pakistan", 33.69, 73.05});
    }
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> year(c.exhibit.firstYear, c.exhibit.lastYear + 0.999);
    std::uniform_int_distribution<int> precisionPick(0, 9);
    std::uniform_int_distribution<size_t> themePick(0, c.themes.size() - 1), placePick(0, c.places.size() - 1);
    std::uniform_int_distribution<int> tonePick(0, 2);
    const std::string& body = c.articles[0].body;
    const size_t quoteLength = std::min<size_t>(body.size(), 40);
    static const char* words[] = {"treaty", "visit", "trade", "pipeline", "summit", "exercise", "agreement", "delegation", "accord", "talks"};
    for (int i = 0; i < count; ++i) {
        model::Event e;
        e.id = "synthetic-" + std::to_string(i);
        const double y = year(rng);
        const int yi = static_cast<int>(y);
        const int month = 1 + static_cast<int>((y - yi) * 12) % 12;
        const int pick = precisionPick(rng);
        if (pick < 4) e.date = {{yi, month, 1 + (i % 28)}, std::nullopt, model::Precision::Day};
        else if (pick < 7) e.date = {{yi, month, 0}, std::nullopt, model::Precision::Month};
        else if (pick < 9) e.date = {{yi, 0, 0}, std::nullopt, model::Precision::Year};
        else e.date = {{yi - yi % 10, 0, 0}, std::nullopt, model::Precision::Decade};
        if (i % 50 == 0 && yi < 2020) e.date.end = model::Date{yi + 2, 0, 0}, e.date.precision = model::Precision::Year, e.date.start = {yi, 0, 0};
        const char* word = words[static_cast<size_t>(i) % 10];
        e.title = std::string("Synthetic ") + word + " " + std::to_string(i);
        e.summary = std::string("A made-up ") + word + " used to test the kiosk at scale.";
        e.inShort = std::string("A made-up ") + word + " for tests.";
        e.tone = static_cast<model::Tone>(tonePick(rng));
        e.themes = {static_cast<model::Index>(themePick(rng))};
        e.places = {static_cast<model::Index>(placePick(rng))};
        e.excerpts.push_back({0, body.substr(0, quoteLength), 0});
        c.events.push_back(std::move(e));
    }
    c.buildIndexes();
    return c;
}

}  // namespace kiosk::tools
