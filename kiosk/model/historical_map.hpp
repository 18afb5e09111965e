// historical_map.hpp: which countries the map shows at a moment: today's, except where a historical country
// (data/map/historical_countries.toml) stood then in their place; and how the map's data note says so.
#pragma once
#include <string>
#include <vector>

#include "model/catalog.hpp"

namespace kiosk::model {

// The historical countries standing at `year` (fractional), by index, in order. Two standing at once never share
// a member (the content tool checks it).
std::vector<Index> historicalCountriesAt(const std::vector<HistoricalCountry>& countries, double year);

// The shapes to draw at one scale: every one of `modern` that is no member of a standing country, then the
// standing countries' merged shapes (from `historical`, parallel to `countries`; empty ones are skipped).
std::vector<const CountryShape*> shapesStanding(const std::vector<CountryShape>& modern, const std::vector<CountryShape>& historical,
                                                const std::vector<HistoricalCountry>& countries, const std::vector<Index>& standing);

// What a country of today is called on the map at that moment: `standingIn` is the standing historical country
// it belongs to (or kNone). A member without a label of its own is not named (its country is named instead).
struct CountryNaming {
    Index standingIn = kNone;
    std::string label;  // empty: no label of its own
};
CountryNaming nameOfMember(const std::string& modernName, const std::vector<HistoricalCountry>& countries, const std::vector<Index>& standing);

// The map's data note for a date shown with `precision` ("Borders of 16 December 1971"; a year is drawn at its end,
// "Borders at the end of 1971"; a decade or an approximate year at its first year, "Borders of 1950"). `simplified`
// adds that only the main changes are drawn (there are changes before the last one the data holds).
std::string bordersNote(const Date& date, Precision precision, bool simplified);
// Whether any historical country ends after `year`: the map then differs from today's in ways the data may not hold.
bool bordersChangeAfter(const std::vector<HistoricalCountry>& countries, double year);

}  // namespace kiosk::model
