// historical_map.cpp: the countries standing at a moment, the shapes they are drawn with, and the borders note.
#include "model/historical_map.hpp"

#include <algorithm>

#include "model/phrase_book.hpp"

namespace kiosk::model {

std::vector<Index> historicalCountriesAt(const std::vector<HistoricalCountry>& countries, double year) {
    std::vector<Index> standing;
    for (size_t h = 0; h < countries.size(); ++h)
        if (countries[h].from <= year && year < countries[h].to) standing.push_back(static_cast<Index>(h));
    return standing;
}

std::vector<const CountryShape*> shapesStanding(const std::vector<CountryShape>& modern, const std::vector<CountryShape>& historical,
                                                const std::vector<HistoricalCountry>& countries, const std::vector<Index>& standing) {
    std::vector<const CountryShape*> shapes;
    shapes.reserve(modern.size() + standing.size());
    for (const CountryShape& shape : modern)
        if (nameOfMember(shape.name, countries, standing).standingIn == kNone) shapes.push_back(&shape);
    for (Index h : standing)
        if (static_cast<size_t>(h) < historical.size() && !historical[static_cast<size_t>(h)].lonLat.empty())
            shapes.push_back(&historical[static_cast<size_t>(h)]);
    return shapes;
}

CountryNaming nameOfMember(const std::string& modernName, const std::vector<HistoricalCountry>& countries, const std::vector<Index>& standing) {
    for (Index h : standing) {
        const HistoricalCountry& country = countries[static_cast<size_t>(h)];
        for (size_t m = 0; m < country.members.size(); ++m)
            if (country.members[m] == modernName) return {h, m < country.memberLabels.size() ? country.memberLabels[m] : std::string()};
    }
    return {};
}

std::string bordersNote(const Date& date, Precision precision, bool simplified) {
    // A year is drawn at its end; a decade or an approximate year at the start of its first year.
    // Whole sentences per case: the words around the date differ by language.
    const std::string year = std::to_string(date.year);
    if (precision == Precision::Year)
        return simplified ? trf("Borders at the end of {year} (main changes)", {{"year", year}}) : trf("Borders at the end of {year}", {{"year", year}});
    const bool exact = precision == Precision::Day || precision == Precision::Month;
    if (exact)
        return simplified ? trf("Borders of {date} (main changes)", {{"date", describeDate(date, precision)}})
                          : trf("Borders of {date}", {{"date", describeDate(date, precision)}});
    return simplified ? trf("Borders of {year} (main changes)", {{"year", year}}) : trf("Borders of {year}", {{"year", year}});
}

bool bordersChangeAfter(const std::vector<HistoricalCountry>& countries, double year) {
    return std::any_of(countries.begin(), countries.end(), [&](const HistoricalCountry& c) { return c.to > year; });
}

}  // namespace kiosk::model
