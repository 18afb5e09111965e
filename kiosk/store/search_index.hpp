// search_index.hpp: full-text search over events and articles (SQLite FTS5, ranked by bm25).
#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "model/catalog.hpp"
#include "model/search_query.hpp"

namespace kiosk::store {

using SearchHit = model::SearchResult;

class SearchIndex {
public:
    // Opens its own read-only, immutable connection to the content database. Throws StoreError.
    explicit SearchIndex(const std::filesystem::path& database);
    ~SearchIndex();
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    // Results for what the visitor typed, best first; empty for empty input. A query that is a person's name puts
    // every event that lists the person first (all of them, beyond `limit`), found by the link, not the text. Never throws for any input: a query
    // the builder cannot make safe simply finds nothing.
    // `language`: the visitor's; its rows hold the events in its words (English where not translated). What is
    // typed is folded as the index is (model/search_folding: ي as ی, ё as е, Arabic-Indic digits as 0-9).
    std::vector<SearchHit> search(std::string_view typed, int limit = 30, std::string_view language = "en") const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kiosk::store
