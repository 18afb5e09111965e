// catalog_writer.cpp: the one place content is written to SQLite (by the content tool, never by the kiosk).
#include "store/catalog_writer.hpp"

#include <algorithm>

#include "model/search_folding.hpp"
#include "model/translation.hpp"

#include <unistd.h>

#include "store/content_checksum.hpp"
#include "store/schema.hpp"
#include "store/sqlite_handle.hpp"

namespace kiosk::store {
namespace {

size_t charCount(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

// Writes one curator's note and its sources; an empty note writes nothing.
class NoteWriter {
public:
    explicit NoteWriter(Connection& db)
        : note_(db, "INSERT INTO notes(id, owner_kind, owner_id, text, article_says) VALUES(?,?,?,?,?)"),
          source_(db, "INSERT INTO note_sources(note_id, publisher, title, url) VALUES(?,?,?,?)") {}
    void write(const char* kind, size_t owner, const model::CuratorNote& n) {
        if (n.empty()) return;
        const int64_t id = next_++;
        note_.bind(1, id).bind(2, kind).bind(3, int64_t(owner)).bind(4, n.text).bind(5, n.articleSays).run();
        for (const auto& s : n.sources) source_.bind(1, id).bind(2, s.publisher).bind(3, s.title).bind(4, s.url).run();
    }

private:
    Statement note_, source_;
    int64_t next_ = 0;
};

void insertAll(Connection& db, const model::Catalog& c) {
    NoteWriter notes(db);
    {
        Statement s(db, "INSERT INTO meta(key, value) VALUES(?, ?)");
        s.bind(1, "content_version").bind(2, c.info.contentVersion).run();
        s.bind(1, "built_at").bind(2, c.info.builtAt).run();
        s.bind(1, "schema_version").bind(2, std::to_string(kSchemaVersion)).run();
    }
    {
        const model::Exhibit& e = c.exhibit;
        Statement s(db, "INSERT INTO exhibit VALUES(0,?,?,?,?,?,?,?,?,?,?,?)");
        s.bind(1, e.title).bind(2, e.subtitle).bind(3, int64_t(e.firstYear)).bind(4, int64_t(e.lastYear)).bind(5, e.welcome)
            .bind(6, e.aboutIntro).bind(7, e.tourCaption).bind(8, e.home.west).bind(9, e.home.east).bind(10, e.home.south)
            .bind(11, e.home.north).run();
        Statement a(db, "INSERT INTO about_sections VALUES(?,?,?,?,?)");
        for (size_t i = 0; i < e.about.size(); ++i)
            a.bind(1, int64_t(i)).bind(2, e.about[i].heading).bind(3, e.about[i].text).bind(4, int64_t(e.about[i].small))
                .bind(5, int64_t(e.about[i].listArticles)).run();
        Statement l(db, "INSERT INTO exhibit_lists(kind, value) VALUES(?,?)");
        for (const std::string& id : e.tour) l.bind(1, "tour").bind(2, id).run();
        for (const std::string& word : e.searchSuggestions) l.bind(1, "search").bind(2, word).run();
    }
    Statement search(db, "INSERT INTO search_index(kind, ref, lang, title, body, in_short) VALUES(?, ?, ?, ?, ?, ?)");
    const auto index = [&](const char* kind, int64_t ref, std::string_view lang, const std::string& title, const std::string& body,
                           const std::string& inShort) {
        search.bind(1, kind).bind(2, ref).bind(3, std::string(lang)).bind(4, model::foldForSearch(title)).bind(5, model::foldForSearch(body))
            .bind(6, model::foldForSearch(inShort)).run();
    };
    {
        Statement s(db, "INSERT INTO articles VALUES(?,?,?,?,?,?,?,?,?,?)");
        for (size_t i = 0; i < c.articles.size(); ++i) {
            const auto& a = c.articles[i];
            s.bind(1, int64_t(i)).bind(2, a.id).bind(3, a.title).bind(4, int64_t(a.titleIsDescriptive)).bind(5, a.outlet)
                .bind(6, a.author).bind(7, a.authorRole).bind(8, a.note).bind(9, a.body).bind(10, a.original).run();
            index("article", int64_t(i), "en", a.title, a.body, "");
        }
    }
    {
        Statement s(db, "INSERT INTO themes VALUES(?,?,?,?,?)");
        for (size_t i = 0; i < c.themes.size(); ++i)
            s.bind(1, int64_t(i)).bind(2, c.themes[i].id).bind(3, c.themes[i].name).bind(4, c.themes[i].description)
                .bind(5, c.themes[i].shortName.empty() ? c.themes[i].name : c.themes[i].shortName).run();
    }
    {
        Statement s(db, "INSERT INTO eras VALUES(?,?,?,?,?,?,?)");
        for (size_t i = 0; i < c.eras.size(); ++i) {
            const auto& e = c.eras[i];
            s.bind(1, int64_t(i)).bind(2, e.id).bind(3, e.name).bind(4, int64_t(e.startYear)).bind(5, int64_t(e.endYear)).bind(6, e.summary).bind(7, e.shortName).run();
            notes.write("era", i, e.note);
        }
    }
    {
        Statement s(db, "INSERT INTO places VALUES(?,?,?,?,?,?,?)");
        Statement n(db, "INSERT INTO place_names(place_id, until_year, name, country) VALUES(?,?,?,?)");
        for (size_t i = 0; i < c.places.size(); ++i) {
            const auto& p = c.places[i];
            s.bind(1, int64_t(i)).bind(2, p.id).bind(3, p.name).bind(4, p.country).bind(5, p.lat).bind(6, p.lon).bind(7, int64_t(p.sinceYear)).run();
            for (const auto& f : p.former) n.bind(1, int64_t(i)).bind(2, int64_t(f.untilYear)).bind(3, f.name).bind(4, f.country).run();
        }
    }
    {
        Statement s(db, "INSERT INTO people VALUES(?,?,?,?)");
        for (size_t i = 0; i < c.people.size(); ++i)
            s.bind(1, int64_t(i)).bind(2, c.people[i].id).bind(3, c.people[i].name).bind(4, c.people[i].role).run();
    }
    {
        Statement ev(db, "INSERT INTO events VALUES(?,?,?,?,?,?,?,?,?,?,?)");
        Statement ex(db, "INSERT INTO excerpts(event_id, article_id, quote, byte_offset, char_start, char_end) VALUES(?,?,?,?,?,?)");
        Statement th(db, "INSERT INTO event_themes VALUES(?,?)");
        Statement pl(db, "INSERT INTO event_places VALUES(?,?)");
        Statement pe(db, "INSERT INTO event_people VALUES(?,?)");
        for (size_t i = 0; i < c.events.size(); ++i) {
            const auto& e = c.events[i];
            const auto id = int64_t(i);
            ev.bind(1, id).bind(2, e.id).bind(3, e.title).bind(4, e.summary).bind(5, model::formatDateSource(e.date.start, e.date.precision));
            if (e.date.end) ev.bind(6, model::formatDateSource(*e.date.end, e.date.precision)); else ev.bindNull(6);
            ev.bind(7, model::precisionName(e.date.precision)).bind(8, model::toneName(e.tone)).bind(9, e.sortKey).bind(10, e.inShort).bind(11, e.shortTitle).run();
            for (const auto& q : e.excerpts) {
                const std::string& body = c.articles[static_cast<size_t>(q.article)].body;
                const int64_t charStart = int64_t(charCount(std::string_view(body).substr(0, q.offset)));
                ex.bind(1, id).bind(2, int64_t(q.article)).bind(3, q.text).bind(4, int64_t(q.offset)).bind(5, charStart)
                    .bind(6, charStart + int64_t(charCount(q.text))).run();
            }
            for (auto t : e.themes) th.bind(1, id).bind(2, int64_t(t)).run();
            for (auto p : e.places) pl.bind(1, id).bind(2, int64_t(p)).run();
            for (auto p : e.people) pe.bind(1, id).bind(2, int64_t(p)).run();
            index("event", id, "en", e.title, e.summary, e.inShort);
            notes.write("event", i, e.note);
        }
    }
    {
        Statement d(db, "INSERT INTO disagreements VALUES(?,?,?,?)");
        Statement cl(db, "INSERT INTO claims(disagreement_id, article_id, says, quote, byte_offset, char_start, char_end) VALUES(?,?,?,?,?,?,?)");
        for (size_t i = 0; i < c.disagreements.size(); ++i) {
            const auto& x = c.disagreements[i];
            d.bind(1, int64_t(i)).bind(2, x.id).bind(3, int64_t(x.event)).bind(4, x.topic).run();
            notes.write("disagreement", i, x.note);
            for (const auto& claim : x.claims) {
                const std::string& body = c.articles[static_cast<size_t>(claim.quote.article)].body;
                const int64_t charStart = int64_t(charCount(std::string_view(body).substr(0, claim.quote.offset)));
                cl.bind(1, int64_t(i)).bind(2, int64_t(claim.quote.article)).bind(3, claim.says).bind(4, claim.quote.text)
                    .bind(5, int64_t(claim.quote.offset)).bind(6, charStart).bind(7, charStart + int64_t(charCount(claim.quote.text))).run();
            }
        }
    }
    {
        Statement s(db, "INSERT INTO figures VALUES(?,?,?,?,?,?,?,?,?,?,?)");
        for (size_t i = 0; i < c.figures.size(); ++i) {
            const auto& f = c.figures[i];
            s.bind(1, int64_t(i)).bind(2, f.id).bind(3, f.label).bind(4, f.value).bind(5, f.unit)
                .bind(6, model::formatDateSource(f.date, f.precision)).bind(7, model::precisionName(f.precision))
                .bind(8, int64_t(f.quote.article)).bind(9, f.quote.text).bind(10, int64_t(f.quote.offset));
            if (f.event >= 0) s.bind(11, int64_t(f.event)); else s.bindNull(11);
            s.run();
            notes.write("figure", i, f.note);
        }
    }
    {
        Statement s(db, "INSERT INTO countries VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
        int64_t row = 0;
        const std::vector<model::CountryShape>* scales[] = {&c.countriesCoarse, &c.countries, &c.historicalShapesCoarse, &c.historicalShapes};
        for (int detail = 0; detail < 4; ++detail)
            for (const auto& k : *scales[detail]) {
                s.bind(1, row++).bind(2, int64_t(detail)).bind(3, k.isoNumeric).bind(4, k.name)
                    .bindBlob(5, k.lonLat.data(), k.lonLat.size() * sizeof(float))
                    .bindBlob(6, k.triangles.data(), k.triangles.size() * sizeof(uint32_t))
                    .bindBlob(7, k.ringStarts.data(), k.ringStarts.size() * sizeof(uint32_t))
                    .bind(8, double(k.minLon)).bind(9, double(k.minLat)).bind(10, double(k.maxLon)).bind(11, double(k.maxLat))
                    .bind(12, int64_t(k.firstOutlineRing)).run();
            }
    }
    {
        auto lines = [](const std::vector<std::string>& list) {
            std::string text;
            for (size_t i = 0; i < list.size(); ++i) text += (i ? "\n" : "") + list[i];
            return text;
        };
        Statement s(db, "INSERT INTO historical_countries VALUES(?,?,?,?,?,?,?)");
        for (size_t i = 0; i < c.historicalCountries.size(); ++i) {
            const auto& h = c.historicalCountries[i];
            s.bind(1, int64_t(i)).bind(2, h.id).bind(3, h.name).bind(4, model::formatDateSource(h.start, model::Precision::Day))
                .bind(5, model::formatDateSource(h.end, model::Precision::Day)).bind(6, lines(h.members)).bind(7, lines(h.memberLabels)).run();
        }
    }
    {
        // Each translated language: its fields and phrases, and search rows in its words (English where a field is
        // not translated; an article's body is the article's own English).
        Statement t(db, "INSERT INTO translations(lang, key, text) VALUES(?,?,?)");
        Statement p(db, "INSERT INTO phrases(lang, english, forms) VALUES(?,?,?)");
        for (const auto& [lang, languageFields] : c.translations) {
            const model::TranslatedFields& fields = languageFields;  // a lambda may not capture a structured binding (clang 15)
            std::vector<std::pair<std::string, std::string>> sorted(fields.begin(), fields.end());
            std::sort(sorted.begin(), sorted.end());  // a stable file for the same sources
            for (const auto& [key, text] : sorted) t.bind(1, lang).bind(2, key).bind(3, text).run();
            const auto shown = [&](const std::string& key, const std::string& english) -> const std::string& {
                const auto it = fields.find(key);
                return it != fields.end() ? it->second : english;
            };
            for (size_t i = 0; i < c.articles.size(); ++i) {
                const auto& a = c.articles[i];
                index("article", int64_t(i), lang, a.titleIsDescriptive ? shown(model::fieldKey("article", a.id, "title"), a.title) : a.title, a.body, "");
            }
            for (size_t i = 0; i < c.events.size(); ++i) {
                const auto& e = c.events[i];
                index("event", int64_t(i), lang, shown(model::fieldKey("event", e.id, "title"), e.title),
                      shown(model::fieldKey("event", e.id, "summary"), e.summary), shown(model::fieldKey("event", e.id, "in_short"), e.inShort));
            }
        }
        for (const auto& [lang, phrases] : c.phrases) {
            std::vector<std::pair<std::string, std::vector<std::string>>> sorted(phrases.begin(), phrases.end());
            std::sort(sorted.begin(), sorted.end());
            for (const auto& [english, forms] : sorted) {
                std::string joined;
                for (const std::string& f : forms) joined += (joined.empty() ? "" : "\x1f") + f;
                p.bind(1, lang).bind(2, english).bind(3, joined).run();
            }
        }
    }
}

}  // namespace

void writeCatalog(const model::Catalog& catalog, const std::filesystem::path& target) {
    namespace fs = std::filesystem;
    const fs::path temp = target.string() + ".tmp-" + std::to_string(::getpid());
    std::error_code ignored;
    fs::remove(temp, ignored);
    try {
        {
            Connection db(temp.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN;");
            db.exec(kSchemaSql);
            insertAll(db, catalog);
            db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion) + "; COMMIT;");
            db.exec("INSERT INTO search_index(search_index) VALUES('optimize'); VACUUM;");
            // The fingerprint of every row as finally stored, for the kiosk to verify (content_checksum.hpp).
            Statement(db, "INSERT INTO meta(key, value) VALUES(?, ?)").bind(1, kChecksumKey).bind(2, contentChecksum(db)).run();
        }
        std::error_code renamed;
        fs::rename(temp, target, renamed);  // atomic on one filesystem: readers see the old file or the new one
        if (renamed) throw StoreError("cannot replace " + target.string() + ": " + renamed.message());
    } catch (...) {
        fs::remove(temp, ignored);
        throw;
    }
}

}  // namespace kiosk::store
