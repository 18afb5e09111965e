// search_index.cpp: FTS5 queries with a statement prepared once and reused per keystroke.
#include "store/search_index.hpp"

#include "model/search_query.hpp"
#include "store/catalog_reader.hpp"
#include "store/sqlite_handle.hpp"

namespace kiosk::store {

struct SearchIndex::Impl {
    Connection db;
    Statement query;
    explicit Impl(const std::filesystem::path& path)
        : db(immutableUri(path), SQLITE_OPEN_READONLY),
          // Titles weigh ten times the body. snippet() over column -1 picks the column that matched best. Only the
          // first 2,000 matches are ranked: a one-letter prefix on a huge database would otherwise rank (and
          // snippet) every row on every keystroke; the next letter narrows it anyway.
          query(db, "SELECT kind, ref, snip, score FROM ("
                    "SELECT kind, ref, snippet(search_index, -1, char(1), char(2), '\u2026', 14) AS snip, "
                    "bm25(search_index, 0.0, 0.0, 10.0, 1.0) AS score FROM search_index WHERE search_index MATCH ?1 LIMIT 2000) "
                    "ORDER BY score LIMIT ?2") {}
};

SearchIndex::SearchIndex(const std::filesystem::path& database) : impl_(std::make_unique<Impl>(database)) {}
SearchIndex::~SearchIndex() = default;

std::vector<SearchHit> SearchIndex::search(std::string_view typed, int limit) const {
    std::vector<SearchHit> hits;
    const std::string fts = model::buildFtsQuery(typed);
    if (fts.empty() || limit <= 0) return hits;
    try {
        Statement& s = impl_->query;
        s.reset();
        s.bind(1, fts).bind(2, static_cast<int64_t>(limit));
        while (s.step()) {
            SearchHit hit;
            hit.kind = s.text(0) == "article" ? SearchHit::Kind::Article : SearchHit::Kind::Event;
            hit.ref = static_cast<model::Index>(s.integer(1));
            hit.snippet = s.text(2);
            hit.rank = s.real(3);
            hits.push_back(std::move(hit));
        }
        s.reset();
    } catch (const StoreError&) {
        impl_->query.reset();
        hits.clear();
    }
    return hits;
}

}  // namespace kiosk::store
