// catalog.cpp: ordering and derived lookups of the in-memory exhibit.
#include "model/catalog.hpp"

#include <algorithm>
#include <numeric>

#include "model/phrase_book.hpp"

namespace kiosk::model {

std::optional<Tone> parseTone(std::string_view text) {
    if (text == "cooperation") return Tone::Cooperation;
    if (text == "tension") return Tone::Tension;
    if (text == "neutral") return Tone::Neutral;
    return std::nullopt;
}

const char* toneName(Tone tone) {
    switch (tone) {
        case Tone::Cooperation: return "cooperation";
        case Tone::Tension: return "tension";
        case Tone::Neutral: return "neutral";
    }
    return "neutral";
}

const PlaceName* formerNameAt(const Place& place, int year) {
    for (const PlaceName& n : place.former)
        if (year < n.untilYear) return &n;
    return nullptr;
}

std::string placeNameAt(const Place& place, int year) {
    const PlaceName* then = formerNameAt(place, year);
    if (!then || then->name.empty() || then->name == place.name) return place.name;
    return trf("{then} (today {now})", {{"then", then->name}, {"now", place.name}});
}

std::string placeLabelAt(const Place& place, int year) {
    const PlaceName* then = formerNameAt(place, year);
    if (!then) return place.name;
    const bool renamed = !then->name.empty() && then->name != place.name;
    const bool moved = !then->country.empty() && then->country != place.country && !place.country.empty();
    const std::string name = renamed ? then->name : place.name;
    if (!moved) return renamed ? trf("{then} (today {now})", {{"then", name}, {"now", place.name}}) : name;
    if (renamed)
        return trf("{then}, {thenCountry} (today {now}, {country})",
                   {{"then", name}, {"thenCountry", then->country}, {"now", place.name}, {"country", place.country}});
    return trf("{then}, {thenCountry} (today in {country})", {{"then", name}, {"thenCountry", then->country}, {"country", place.country}});
}

std::string placeCountryAt(const Place& place, int year) {
    const PlaceName* then = formerNameAt(place, year);
    return then && !then->country.empty() ? then->country : place.country;
}

void Catalog::buildIndexes() {
    for (Event& event : events) event.sortKey = toYears(event.date.start);
    // Sorting events reorders indices, so disagreements and figures are re-pointed by id afterwards.
    std::vector<std::string> disagreementEventIds, figureEventIds;
    for (const auto& d : disagreements) disagreementEventIds.push_back(d.event >= 0 ? events[static_cast<size_t>(d.event)].id : "");
    for (const auto& f : figures) figureEventIds.push_back(f.event >= 0 ? events[static_cast<size_t>(f.event)].id : "");
    const auto byDate = [](const Event& a, const Event& b) {
        if (a.sortKey != b.sortKey) return a.sortKey < b.sortKey;
        return a.id < b.id;
    };
    // A database stores its events in this order already: checking is one pass, sorting 100,000 events (moving
    // their strings and vectors) is a tenth of the load.
    if (!std::is_sorted(events.begin(), events.end(), byDate)) std::stable_sort(events.begin(), events.end(), byDate);
    eventById.clear();
    eventById.reserve(events.size());
    for (size_t i = 0; i < events.size(); ++i) eventById[events[i].id] = static_cast<Index>(i);
    for (size_t i = 0; i < disagreements.size(); ++i) disagreements[i].event = findEvent(disagreementEventIds[i]);
    for (size_t i = 0; i < figures.size(); ++i) figures[i].event = findEvent(figureEventIds[i]);

    eventsAtPlace.assign(places.size(), {});
    for (size_t i = 0; i < events.size(); ++i)
        for (Index p : events[i].places)
            if (p >= 0 && static_cast<size_t>(p) < places.size()) eventsAtPlace[static_cast<size_t>(p)].push_back(static_cast<Index>(i));
    disagreementsOfEvent.assign(events.size(), {});
    for (size_t i = 0; i < disagreements.size(); ++i)
        if (disagreements[i].event >= 0) disagreementsOfEvent[static_cast<size_t>(disagreements[i].event)].push_back(static_cast<Index>(i));
}

Index Catalog::findEvent(std::string_view id) const {
    auto it = eventById.find(std::string(id));
    return it == eventById.end() ? kNone : it->second;
}

}  // namespace kiosk::model
