// catalog_reader.cpp: the kiosk's only read of the content database, done once at start-up.
#include "store/catalog_reader.hpp"

#include <algorithm>
#include <system_error>

#include "model/shape_grid.hpp"
#include "store/content_checksum.hpp"
#include "store/schema.hpp"
#include "store/sqlite_handle.hpp"

namespace kiosk::store {
namespace {

using model::Index;

Index checkedIndex(int64_t value, size_t size, const char* what) {
    if (value < 0 || static_cast<uint64_t>(value) >= size) throw StoreError(std::string("the database refers to a missing ") + what);
    return static_cast<Index>(value);
}

// Parses a stored date and checks it has the parts its precision promises: describeDate() indexes month names
// by the month of a Month or Day date, so a "month" date without a month must never reach the kiosk.
model::Date parseStored(const std::string& text, model::Precision precision) {
    auto date = model::parseDate(text);
    if (!date) throw StoreError("the database holds a malformed date \"" + text.substr(0, 20) + "\"");
    if (!model::dateMatchesPrecision(*date, text.back() == 's', precision))
        throw StoreError("the database holds a date \"" + text.substr(0, 20) + "\" that does not match its precision");
    return *date;
}

model::Precision parsePrecisionStored(const std::string& text) {
    auto p = model::parsePrecision(text);
    if (!p) throw StoreError("the database holds an unknown precision");
    return *p;
}

model::Quote readQuote(const Statement& s, int articleCol, int textCol, int offsetCol, const model::Catalog& c) {
    model::Quote q;
    q.article = checkedIndex(s.integer(articleCol), c.articles.size(), "article");
    q.text = s.text(textCol);
    const int64_t offset = s.integer(offsetCol);
    const std::string& body = c.articles[static_cast<size_t>(q.article)].body;
    // The reader highlights body[offset, offset + size): it must lie inside the body and say what the quote says.
    if (offset < 0 || static_cast<uint64_t>(offset) + q.text.size() > body.size() || body.compare(static_cast<size_t>(offset), q.text.size(), q.text) != 0)
        throw StoreError("the database holds an excerpt that is not in its article");
    q.offset = static_cast<uint32_t>(offset);
    return q;
}

template <typename Fn>
void eachRow(const Connection& db, const char* sql, Fn fn) {
    Statement s(db, sql);
    while (s.step()) fn(s);
}

}  // namespace

std::string immutableUri(const std::filesystem::path& path) {
    std::string uri = "file:";
    const std::string p = std::filesystem::absolute(path).string();
    static const char* hex = "0123456789ABCDEF";
    for (unsigned char ch : p) {
        if (ch == '?' || ch == '#' || ch == '%' || ch == ' ' || ch < 0x20 || ch >= 0x7F) {
            uri += '%';
            uri += hex[ch >> 4];
            uri += hex[ch & 15];
        } else {
            uri += static_cast<char>(ch);
        }
    }
    return uri + "?immutable=1";
}

model::Catalog readCatalog(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) throw StoreError("the content database " + path.string() + " does not exist");
    Connection db(immutableUri(path), SQLITE_OPEN_READONLY);
    model::Catalog c;
    {
        Statement s(db, "PRAGMA user_version");
        const int version = s.step() ? static_cast<int>(s.integer(0)) : -1;
        if (version != kSchemaVersion)
            throw StoreError("the content database has schema version " + std::to_string(version) + ", this kiosk reads version " +
                             std::to_string(kSchemaVersion));
    }
    c.info.schemaVersion = kSchemaVersion;
    std::string checksum;
    eachRow(db, "SELECT key, value FROM meta", [&](const Statement& s) {
        if (s.text(0) == "content_version") c.info.contentVersion = s.text(1);
        if (s.text(0) == "built_at") c.info.builtAt = s.text(1);
        if (s.text(0) == kChecksumKey) checksum = s.text(1);
    });
    // Damage SQLite cannot see (a flipped bit inside a text, a lost page it reads as zeros) changes the fingerprint.
    // Databases written before the fingerprint existed have none and are read as before.
    if (!checksum.empty() && contentChecksum(db) != checksum)
        throw StoreError("the content database is damaged: its contents do not match the checksum recorded when it was built");
    bool hasExhibit = false;
    eachRow(db, "SELECT title, subtitle, first_year, last_year, welcome, about_intro, tour_caption, home_west, home_east, home_south, home_north FROM exhibit",
            [&](const Statement& s) {
                model::Exhibit& e = c.exhibit;
                e.title = s.text(0);
                e.subtitle = s.text(1);
                e.firstYear = static_cast<int>(s.integer(2));
                e.lastYear = static_cast<int>(s.integer(3));
                e.welcome = s.text(4);
                e.aboutIntro = s.text(5);
                e.tourCaption = s.text(6);
                e.home = {s.real(7), s.real(8), s.real(9), s.real(10)};
                hasExhibit = true;
            });
    if (!hasExhibit) throw StoreError("the content database names no exhibit (its exhibit table is empty)");
    // Years out of order or a region that is not one need no check here: model::homeRange and homeView fall back
    // to the default views for them.
    eachRow(db, "SELECT heading, body, small, list_articles FROM about_sections ORDER BY id", [&](const Statement& s) {
        c.exhibit.about.push_back({s.text(0), s.text(1), s.integer(2) != 0, s.integer(3) != 0});
    });
    eachRow(db, "SELECT kind, value FROM exhibit_lists ORDER BY id", [&](const Statement& s) {
        if (s.text(0) == "tour") c.exhibit.tour.push_back(s.text(1));
        else if (s.text(0) == "search") c.exhibit.searchSuggestions.push_back(s.text(1));
    });
    eachRow(db, "SELECT slug, title, title_is_descriptive, outlet, author, author_role, note, body, original FROM articles ORDER BY id",
            [&](const Statement& s) {
                model::Article a{s.text(0), s.text(1), s.text(3), s.text(4), s.text(5), s.text(6), s.integer(2) != 0, s.text(7), s.text(8)};
                c.articles.push_back(std::move(a));
            });
    eachRow(db, "SELECT slug, name, description, short_name FROM themes ORDER BY id",
            [&](const Statement& s) { c.themes.push_back({s.text(0), s.text(1), s.text(2), s.text(3)}); });
    if (c.themes.size() > 31) throw StoreError("the database has more than 31 themes");
    eachRow(db, "SELECT slug, name, summary, start_year, end_year, short_name FROM eras ORDER BY id", [&](const Statement& s) {
        c.eras.push_back({s.text(0), s.text(1), s.text(2), s.text(5), static_cast<int>(s.integer(3)), static_cast<int>(s.integer(4))});
    });
    eachRow(db, "SELECT slug, name, country, lat, lon, since_year FROM places ORDER BY id", [&](const Statement& s) {
        c.places.push_back({s.text(0), s.text(1), s.text(2), s.real(3), s.real(4), static_cast<int>(s.integer(5)), {}});
    });
    eachRow(db, "SELECT place_id, until_year, name, country FROM place_names ORDER BY id", [&](const Statement& s) {
        auto& former = c.places[static_cast<size_t>(checkedIndex(s.integer(0), c.places.size(), "place"))].former;
        model::PlaceName n{static_cast<int>(s.integer(1)), s.text(2), s.text(3)};
        // model::formerNameAt picks the first name whose year is still ahead: the order is part of the meaning.
        if (!former.empty() && n.untilYear <= former.back().untilYear) throw StoreError("the database holds place names out of order");
        former.push_back(std::move(n));
    });
    eachRow(db, "SELECT slug, name, role FROM people ORDER BY id",
            [&](const Statement& s) { c.people.push_back({s.text(0), s.text(1), s.text(2)}); });
    eachRow(db, "SELECT id, slug, title, summary, start, end, precision, tone, sort_key, in_short, short_title FROM events ORDER BY id", [&](const Statement& s) {
        if (s.integer(0) != static_cast<int64_t>(c.events.size())) throw StoreError("the database's events are not numbered in order");
        model::Event e;
        e.id = s.text(1);
        e.title = s.text(2);
        e.summary = s.text(3);
        e.date.precision = parsePrecisionStored(s.text(6));
        e.date.start = parseStored(s.text(4), e.date.precision);
        if (!s.isNull(5)) e.date.end = parseStored(s.text(5), e.date.precision);
        e.tone = model::parseTone(s.text(7)).value_or(model::Tone::Neutral);
        e.sortKey = s.real(8);
        e.inShort = s.text(9);
        e.shortTitle = s.text(10);
        c.events.push_back(std::move(e));
    });
    const auto eventAt = [&](int64_t id) -> model::Event& { return c.events[static_cast<size_t>(checkedIndex(id, c.events.size(), "event"))]; };
    eachRow(db, "SELECT event_id, article_id, quote, byte_offset FROM excerpts ORDER BY id",
            [&](const Statement& s) { eventAt(s.integer(0)).excerpts.push_back(readQuote(s, 1, 2, 3, c)); });
    eachRow(db, "SELECT event_id, theme_id FROM event_themes ORDER BY event_id, rowid",
            [&](const Statement& s) { eventAt(s.integer(0)).themes.push_back(checkedIndex(s.integer(1), c.themes.size(), "theme")); });
    eachRow(db, "SELECT event_id, place_id FROM event_places ORDER BY event_id, rowid",
            [&](const Statement& s) { eventAt(s.integer(0)).places.push_back(checkedIndex(s.integer(1), c.places.size(), "place")); });
    eachRow(db, "SELECT event_id, person_id FROM event_people ORDER BY event_id, rowid",
            [&](const Statement& s) { eventAt(s.integer(0)).people.push_back(checkedIndex(s.integer(1), c.people.size(), "person")); });
    eachRow(db, "SELECT slug, event_id, topic FROM disagreements ORDER BY id", [&](const Statement& s) {
        model::Disagreement d;
        d.id = s.text(0);
        d.event = checkedIndex(s.integer(1), c.events.size(), "event");
        d.topic = s.text(2);
        c.disagreements.push_back(std::move(d));
    });
    eachRow(db, "SELECT disagreement_id, article_id, quote, byte_offset, says FROM claims ORDER BY id", [&](const Statement& s) {
        const Index d = checkedIndex(s.integer(0), c.disagreements.size(), "disagreement");
        c.disagreements[static_cast<size_t>(d)].claims.push_back({readQuote(s, 1, 2, 3, c), s.text(4)});
    });
    eachRow(db, "SELECT slug, label, value, unit, date, precision, article_id, quote, byte_offset, event_id FROM figures ORDER BY id",
            [&](const Statement& s) {
                model::Figure f;
                f.id = s.text(0);
                f.label = s.text(1);
                f.value = s.real(2);
                f.unit = s.text(3);
                f.precision = parsePrecisionStored(s.text(5));
                f.date = parseStored(s.text(4), f.precision);
                f.quote = readQuote(s, 6, 7, 8, c);
                f.event = s.isNull(9) ? model::kNone : checkedIndex(s.integer(9), c.events.size(), "event");
                c.figures.push_back(std::move(f));
            });
    eachRow(db, "SELECT slug, name, start, end, members, member_labels FROM historical_countries ORDER BY id", [&](const Statement& s) {
        auto lines = [](const std::string& text) {
            std::vector<std::string> list;
            for (size_t from = 0;;) {
                const size_t end = text.find('\n', from);
                list.push_back(text.substr(from, end == std::string::npos ? std::string::npos : end - from));
                if (end == std::string::npos) return list;
                from = end + 1;
            }
        };
        model::HistoricalCountry h;
        h.id = s.text(0);
        h.name = s.text(1);
        h.start = parseStored(s.text(2), model::Precision::Day);
        h.end = parseStored(s.text(3), model::Precision::Day);
        h.from = model::toYears(h.start);
        h.to = model::toYears(h.end);
        h.members = lines(s.text(4));
        h.memberLabels = lines(s.text(5));
        if (h.memberLabels.size() != h.members.size()) throw StoreError("the database holds a damaged historical country");
        c.historicalCountries.push_back(std::move(h));
    });
    eachRow(db, "SELECT iso_numeric, name, lonlat, triangles, ring_starts, min_lon, min_lat, max_lon, max_lat, detail, first_outline_ring "
                "FROM countries ORDER BY id",
            [&](const Statement& s) {
                model::CountryShape k;
                k.isoNumeric = s.text(0);
                k.name = s.text(1);
                k.lonLat = s.blob<float>(2);
                k.triangles = s.blob<uint32_t>(3);
                k.ringStarts = s.blob<uint32_t>(4);
                const int64_t firstOutline = s.integer(10);
                if (firstOutline < 0 || static_cast<uint64_t>(firstOutline) > k.ringStarts.size())
                    throw StoreError("the database holds a damaged map shape");
                k.firstOutlineRing = static_cast<uint32_t>(firstOutline);
                const size_t vertices = k.lonLat.size() / 2;
                // A merged country's triangles use only its members' rings, before its outline.
                const size_t fillVertices = k.firstOutlineRing > 0 && k.firstOutlineRing < k.ringStarts.size() ? k.ringStarts[k.firstOutlineRing] : vertices;
                for (uint32_t t : k.triangles)
                    if (t >= fillVertices) throw StoreError("the database holds a damaged map shape");
                for (uint32_t r : k.ringStarts)
                    if (r >= vertices) throw StoreError("the database holds a damaged map shape");
                if (k.triangles.size() % 3 != 0) throw StoreError("the database holds a damaged map shape");
                k.minLon = static_cast<float>(s.real(5));
                k.minLat = static_cast<float>(s.real(6));
                k.maxLon = static_cast<float>(s.real(7));
                k.maxLat = static_cast<float>(s.real(8));
                std::vector<model::CountryShape>* scales[] = {&c.countriesCoarse, &c.countries, &c.historicalShapesCoarse, &c.historicalShapes};
                const int64_t detail = s.integer(9);
                if (detail < 0 || detail > 3) throw StoreError("the database holds a damaged map shape");
                scales[detail]->push_back(std::move(k));
            });
    // Curator's notes, attached to what they annotate (by row id, before buildIndexes).
    std::vector<model::CuratorNote*> noteById;
    eachRow(db, "SELECT id, owner_kind, owner_id, text, article_says FROM notes ORDER BY id", [&](const Statement& s) {
        if (s.integer(0) != static_cast<int64_t>(noteById.size())) throw StoreError("the database's notes are not numbered in order");
        const std::string kind = s.text(1);
        const int64_t owner = s.integer(2);
        model::CuratorNote* note = nullptr;
        if (kind == "event") note = &eventAt(owner).note;
        else if (kind == "disagreement") note = &c.disagreements[static_cast<size_t>(checkedIndex(owner, c.disagreements.size(), "disagreement"))].note;
        else if (kind == "figure") note = &c.figures[static_cast<size_t>(checkedIndex(owner, c.figures.size(), "figure"))].note;
        else if (kind == "era") note = &c.eras[static_cast<size_t>(checkedIndex(owner, c.eras.size(), "era"))].note;
        else throw StoreError("the database holds a note on an unknown kind of record");
        if (s.text(3).empty()) throw StoreError("the database holds an empty curator's note");
        note->text = s.text(3);
        note->articleSays = s.text(4);
        noteById.push_back(note);
    });
    eachRow(db, "SELECT note_id, publisher, title, url FROM note_sources ORDER BY id", [&](const Statement& s) {
        noteById[static_cast<size_t>(checkedIndex(s.integer(0), noteById.size(), "note"))]->sources.push_back({s.text(1), s.text(2), s.text(3)});
    });
    for (const model::CuratorNote* n : noteById)
        if (n->sources.empty()) throw StoreError("the database holds a curator's note without a source");
    if (c.historicalShapes.size() > c.historicalCountries.size() || c.historicalShapesCoarse.size() > c.historicalCountries.size())
        throw StoreError("the database holds a damaged historical country");
    // Content built without the map (tests) has no shapes: such a country changes names, never outlines.
    c.historicalShapes.resize(c.historicalCountries.size());
    c.historicalShapesCoarse.resize(c.historicalCountries.size());
    for (auto* shapes : {&c.countries, &c.countriesCoarse, &c.historicalShapes, &c.historicalShapesCoarse})
        for (model::CountryShape& k : *shapes) k.shownName = k.name;
    // The detailed shapes are the ones the map places names on, point by point (model/shape_grid).
    for (auto* shapes : {&c.countries, &c.historicalShapes})
        for (model::CountryShape& k : *shapes) model::indexShapeInside(k);
    eachRow(db, "SELECT lang, key, text FROM translations ORDER BY lang, key",
            [&](const Statement& s) { c.translations[s.text(0)].emplace(s.text(1), s.text(2)); });
    eachRow(db, "SELECT lang, english, forms FROM phrases ORDER BY lang, english", [&](const Statement& s) {
        std::vector<std::string> forms;
        const std::string joined = s.text(2);
        for (size_t at = 0;;) {
            const size_t sep = joined.find('\x1f', at);
            forms.push_back(joined.substr(at, sep == std::string::npos ? std::string::npos : sep - at));
            if (sep == std::string::npos) break;
            at = sep + 1;
        }
        c.phrases[s.text(0)].emplace(s.text(1), std::move(forms));
    });
    if (c.events.empty()) throw StoreError("the content database holds no events");
    // The stored order is already by date; buildIndexes keeps it (stable) and fills the lookups.
    c.buildIndexes();
    // The index's own words, once, for "did you mean": the fts5vocab table lives in this connection's temporary
    // schema only (the content stays read-only). Without it search still works, only without suggestions.
    try {
        db.exec("CREATE VIRTUAL TABLE temp.search_words USING fts5vocab(main, search_index, row)");
        Statement words(db, "SELECT term, doc FROM temp.search_words");
        while (words.step()) c.vocabulary.words.push_back({words.text(0), static_cast<int>(words.integer(1))});
        std::sort(c.vocabulary.words.begin(), c.vocabulary.words.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    } catch (const StoreError&) {
        c.vocabulary.words.clear();
    }
    return c;
}

std::string checkDatabase(const std::filesystem::path& path) {
    try {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec)) return "the file does not exist";
        Connection db(immutableUri(path), SQLITE_OPEN_READONLY);
        Statement s(db, "PRAGMA integrity_check");
        std::string result = s.step() ? s.text(0) : "no answer";
        if (result != "ok") return "integrity check failed: " + result;
        Statement v(db, "PRAGMA user_version");
        const int version = v.step() ? static_cast<int>(v.integer(0)) : -1;
        if (version != kSchemaVersion) return "schema version " + std::to_string(version) + ", expected " + std::to_string(kSchemaVersion);
        Statement m(db, "SELECT value FROM meta WHERE key = ?");
        m.bind(1, kChecksumKey);
        if (m.step() && m.text(0) != contentChecksum(db)) return "the contents do not match the checksum recorded when it was built";
        return {};
    } catch (const std::exception& e) {
        return e.what();
    }
}

}  // namespace kiosk::store
