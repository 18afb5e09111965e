// catalog.hpp: the exhibit's content as plain, immutable data, loaded once at start-up.
// Records refer to each other by index into the catalog's vectors; events are sorted by date.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/date.hpp"
#include "model/exhibit.hpp"
#include "model/spelling.hpp"
#include "model/translation_fields.hpp"

namespace kiosk::model {

using Index = int32_t;  // position in one of the catalog's vectors; -1 for "none"
inline constexpr Index kNone = -1;

enum class Tone { Cooperation, Tension, Neutral };
std::optional<Tone> parseTone(std::string_view text);
const char* toneName(Tone tone);

// A public reference a curator read, named so that a visitor could find it again.
struct NoteSource {
    std::string publisher, title, url;
};

// A curator's note: where an article errs or leaves something out, what the public record says, and where that was
// read. Shown apart from the exhibit's own summary; empty text means no note.
struct CuratorNote {
    std::string text;         // what the visitor reads: what the record shows, at most about 40 words
    std::string articleSays;  // for the curators' table: what the article says that the note answers
    std::vector<NoteSource> sources;
    bool empty() const { return text.empty(); }
};

struct Theme {
    std::string id, name, description;
    std::string shortName;  // for filter chips; the name when not given
};

struct Era {
    std::string id, name, summary;
    std::string shortName;  // for the timeline's era band when the name does not fit; empty when not given
    int startYear = 0, endYear = 0;
    CuratorNote note;
};

// What a place was called, and in which country it lay, before a given year: "Dacca", "Soviet Union".
struct PlaceName {
    int untilYear = 0;  // the name applies to dates before this year
    std::string name, country;
};

struct Place {
    std::string id, name, country;  // today's name and country
    double lat = 0, lon = 0;
    int sinceYear = 0;              // the place (as named) exists from this year; 0 for always (Islamabad: built in the 1960s)
    std::vector<PlaceName> former;  // by untilYear, earliest first
};

// The place's name and country at a year: the former name that applies, else today's.
const PlaceName* formerNameAt(const Place& place, int year);
// The name of the time, with today's beside it where it differs: "Dacca (today Dhaka)"; else the name. For map labels.
std::string placeNameAt(const Place& place, int year);
// As placeNameAt, with the country of the time where it differs from today's, for the reader:
// "Tashkent, Soviet Union (today in Uzbekistan)".
std::string placeLabelAt(const Place& place, int year);
// The country of the time, e.g. "Soviet Union" for Tashkent in 1966.
std::string placeCountryAt(const Place& place, int year);

struct Person {
    std::string id, name, role;
};

struct Article {
    std::string id, title, outlet, author, authorRole, note;
    bool titleIsDescriptive = false;
    std::string body;      // the cleaned text, paragraphs separated by blank lines
    std::string original;  // the text as captured, kept so that the cleaning can be checked
};

// A verbatim passage of an article. Offsets are bytes into the article's cleaned body (UTF-8).
struct Quote {
    Index article = kNone;
    std::string text;
    uint32_t offset = 0;
    std::string translation;  // the exhibit's translation into the language on show, beside the verbatim text; empty in English
};

struct Event {
    std::string id, title, summary;
    std::string inShort;  // one plain sentence a twelve-year-old can read, shown above the summary
    DateSpan date;
    Tone tone = Tone::Neutral;
    std::vector<Index> themes, places, people;
    std::vector<Quote> excerpts;
    CuratorNote note;
    double sortKey = 0;  // fractional year of the start, for ordering and binary search
    std::string shortTitle;  // for the timeline's label when the title does not fit; empty when not given
};

struct Claim {
    Quote quote;
    std::string says;
};

struct Disagreement {
    std::string id, topic;
    Index event = kNone;
    std::vector<Claim> claims;
    CuratorNote note;  // e.g. which side the public record supports
};

struct Figure {
    std::string id, label, unit;
    double value = 0;
    Date date;
    Precision precision = Precision::Year;
    Index event = kNone;
    Quote quote;
    CuratorNote note;
};

// One country's shape: lon/lat vertex pairs, triangles for filling, and closed rings for outlines.
struct CountryShape {
    std::string isoNumeric, name;       // a historical country's shape carries its id as isoNumeric
    std::string shownName;              // the name drawn on the map, in the language on show (name is the key)
    std::vector<float> lonLat;          // x0, y0, x1, y1 ... (x = longitude, y = latitude)
    std::vector<uint32_t> triangles;    // indices into lonLat pairs, three a triangle
    std::vector<uint32_t> ringStarts;   // each ring runs from ringStarts[i] to ringStarts[i+1] (or the end)
    // Rings before this one only carry fill vertices (a merged country's members) and are never outlined.
    uint32_t firstOutlineRing = 0;
    float minLon = 0, minLat = 0, maxLon = 0, maxLat = 0;
    // The map asks "is this point in that country?" thousands of times a frame to place names (model/shape_grid):
    // which cells of the bounding box are wholly inside or outside the outline, so most answers are one lookup, and
    // for the rest, the outline's edges by row of cells, so the exact test walks one row's edges, not all of them.
    // Empty until indexed; shapeContains is exact either way.
    struct InsideIndex {
        std::vector<uint8_t> cells;        // GridAnswer per cell, row by row from minLat
        std::vector<uint32_t> rowStarts;   // where each row's edges start in rowEdges (one more than rows)
        std::vector<uint32_t> rowEdges;    // pairs of vertex indices (i, j): the edges whose latitudes reach the row
    } insideIndex;
};

// A country of the past made of today's countries (the Soviet Union of fifteen republics), or one of today's under
// its name of the time; data/map/historical_countries.toml.
struct HistoricalCountry {
    std::string id, name;
    Date start, end;                        // it stands from `start` (inclusive) until `end` (exclusive), both days
    double from = 0, to = 0;                // the same as fractional years (toYears)
    std::vector<std::string> members;       // today's countries, by their Natural Earth names
    std::vector<std::string> memberLabels;  // per member: its own name while part of this country, or empty (none)
};

struct ContentInfo {
    int schemaVersion = 0;
    std::string contentVersion;  // a hash of the sources, so staff can tell two builds apart
    std::string builtAt;         // UTC, ISO 8601
};

struct Catalog {
    ContentInfo info;
    Exhibit exhibit;  // its title, years, prose, tour and map home (data/exhibit.toml)
    std::vector<Article> articles;
    std::vector<Theme> themes;
    std::vector<Era> eras;
    std::vector<Place> places;
    std::vector<Person> people;
    std::vector<Event> events;  // sorted by sortKey
    std::vector<Disagreement> disagreements;
    std::vector<Figure> figures;
    std::vector<CountryShape> countries;        // 1:50m, for zoomed-in views
    std::vector<CountryShape> countriesCoarse;  // 1:110m, for wide views (same countries, far fewer points)
    std::vector<HistoricalCountry> historicalCountries;  // by start date
    // Per historical country, its merged shape at 1:50m and 1:110m (empty when none of its members is at that scale).
    std::vector<CountryShape> historicalShapes, historicalShapesCoarse;

    // Derived lookups, filled by buildIndexes().
    std::unordered_map<std::string, Index> eventById;
    std::vector<std::vector<Index>> eventsAtPlace;     // per place: event indices, by date
    std::vector<std::vector<Index>> disagreementsOfEvent;
    // The search index's words, for "did you mean" (filled by the store when it loads the catalog; else empty).
    Vocabulary vocabulary;

    // The exhibit's translations (data/translations, data/interface), by language code; model/translation shows one.
    std::map<std::string, TranslatedFields, std::less<>> translations;
    std::map<std::string, PhraseTable, std::less<>> phrases;

    // Sorts events by date (stable, by id on ties) and fills the derived lookups. Call once after loading.
    void buildIndexes();
    Index findEvent(std::string_view id) const;
};

}  // namespace kiosk::model
