// search_index.cpp: FTS5 queries with a statement prepared once and reused per keystroke.
#include "store/search_index.hpp"

#include <algorithm>
#include <unordered_map>

#include "model/search_folding.hpp"
#include "model/search_query.hpp"
#include "store/catalog_reader.hpp"
#include "store/sqlite_handle.hpp"

namespace kiosk::store {

namespace {

// A query or a name as comparable words: its terms, ASCII letters folded, one space apart.
std::string normalised(std::string_view text) {
    std::string out;
    for (const std::string& t : model::searchTerms(text)) {
        if (!out.empty()) out += ' ';
        for (char c : t) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

}  // namespace

struct SearchIndex::Impl {
    Connection db;
    Statement query;
    Statement summary;
    // Per person, by normalised name: the events that list them (by the link, whether or not the text names them).
    std::unordered_map<std::string, std::vector<model::Index>> personEvents;
    explicit Impl(const std::filesystem::path& path)
        : db(immutableUri(path), SQLITE_OPEN_READONLY),
          // Titles weigh ten times the body; the in-short line weighs as the body does. snippet() over column -1 picks the column that matched best. Only the
          // first 2,000 matches are ranked: a one-letter prefix on a huge database would otherwise rank (and
          // snippet) every row on every keystroke; the next letter narrows it anyway.
          query(db, "SELECT kind, ref, snip, score FROM ("
                    "SELECT kind, ref, snippet(search_index, -1, char(1), char(2), '\u2026', 14) AS snip, "
                    "bm25(search_index, 0.0, 0.0, 0.0, 10.0, 1.0, 1.0) AS score FROM search_index WHERE search_index MATCH ?1 AND lang = ?3 LIMIT 2000) "
                    "ORDER BY score LIMIT ?2"),
          // In the visitor's language where the event's summary is translated, else the English.
          summary(db, "SELECT substr(s, 1, 160), length(s) > 160 FROM (SELECT COALESCE((SELECT text FROM translations t WHERE t.lang = ?2 "
                      "AND t.key = 'event/' || e.slug || '/summary'), e.summary) AS s FROM events e WHERE e.id = ?1)") {
        // A person is found by their name in every language the exhibit has it in (Бхутто as Bhutto).
        Statement people(db, "SELECT p.name, ep.event_id FROM people p JOIN event_people ep ON ep.person_id = p.id UNION ALL "
                             "SELECT t.text, ep.event_id FROM translations t JOIN people p ON t.key = 'person/' || p.slug || '/name' "
                             "JOIN event_people ep ON ep.person_id = p.id ORDER BY 2");
        while (people.step()) {
            auto& events = personEvents[normalised(model::foldForSearch(people.text(0)))];
            const auto event = static_cast<model::Index>(people.integer(1));
            if (std::find(events.begin(), events.end(), event) == events.end()) events.push_back(event);
        }
    }

    // The start of an event's summary, cut after a word: the snippet of an event found by its person link alone.
    std::string summaryStart(model::Index event, std::string_view language) {
        summary.reset();
        summary.bind(1, static_cast<int64_t>(event)).bind(2, std::string(language));
        std::string text;
        if (summary.step()) {
            text = summary.text(0);
            if (summary.integer(1)) {
                const size_t space = text.rfind(' ');
                if (space != std::string::npos && space > 40) text.resize(space);
                text += "\u2026";
            }
        }
        summary.reset();
        return text;
    }
};

SearchIndex::SearchIndex(const std::filesystem::path& database) : impl_(std::make_unique<Impl>(database)) {}
SearchIndex::~SearchIndex() = default;

std::vector<SearchHit> SearchIndex::search(std::string_view typedAsIs, int limit, std::string_view language) const {
    std::vector<SearchHit> hits;
    const std::string typed = model::foldForSearch(typedAsIs);
    const std::string fts = model::buildFtsQuery(typed);
    if (fts.empty() || limit <= 0) return hits;
    try {
        Statement& s = impl_->query;
        s.reset();
        s.bind(1, fts).bind(2, static_cast<int64_t>(limit)).bind(3, std::string(language));
        while (s.step()) {
            SearchHit hit;
            hit.kind = s.text(0) == "article" ? SearchHit::Kind::Article : SearchHit::Kind::Event;
            hit.ref = static_cast<model::Index>(s.integer(1));
            hit.snippet = s.text(2);
            hit.rank = s.real(3);
            hits.push_back(std::move(hit));
        }
        s.reset();
        // A person's name (a person button in the reader, or typed in full) finds every event that lists them,
        // first, even those whose text never names them; then the rest of what the text matched.
        const auto person = impl_->personEvents.find(normalised(typed));
        if (person != impl_->personEvents.end()) {
            std::vector<SearchHit> listed, others;
            for (SearchHit& h : hits) {
                const bool links = h.kind == SearchHit::Kind::Event &&
                                   std::find(person->second.begin(), person->second.end(), h.ref) != person->second.end();
                (links ? listed : others).push_back(std::move(h));
            }
            for (model::Index e : person->second) {
                const bool found = std::any_of(listed.begin(), listed.end(), [&](const SearchHit& h) { return h.ref == e; });
                if (found) continue;
                SearchHit hit;
                hit.kind = SearchHit::Kind::Event;
                hit.ref = e;
                hit.snippet = impl_->summaryStart(e, language);
                listed.push_back(std::move(hit));
            }
            const size_t keep = std::max(listed.size(), static_cast<size_t>(limit));
            for (SearchHit& h : others)
                if (listed.size() < keep) listed.push_back(std::move(h));
            hits = std::move(listed);
        }
    } catch (const StoreError&) {
        impl_->query.reset();
        hits.clear();
    }
    return hits;
}

}  // namespace kiosk::store
