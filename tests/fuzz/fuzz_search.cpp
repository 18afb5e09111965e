// fuzz_search.cpp: what a visitor types into search. Invariants: the FTS5 query built from any bytes is only
// quoted prefix terms (so no FTS5 operator, column filter or quote can come from the visitor), of at most
// kMaxSearchTerms terms of at most kMaxTermBytes bytes, never ending in a cut UTF-8 sequence; and running it
// against the real exhibit database never throws and returns only results that point at real events or articles.
#include "fuzz_support.hpp"
#include "model/search_query.hpp"
#include "store/catalog_reader.hpp"
#include "store/search_index.hpp"

#include <memory>

namespace {
std::unique_ptr<kiosk::store::SearchIndex> gIndex;
size_t gEvents = 0, gArticles = 0;

bool wordByte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80; }
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    const kiosk::model::Catalog c = kiosk::store::readCatalog(KIOSK_DB);
    gEvents = c.events.size();
    gArticles = c.articles.size();
    gIndex = std::make_unique<kiosk::store::SearchIndex>(KIOSK_DB);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using kiosk::fuzz::fail;
    const std::string_view typed = kiosk::fuzz::asText(data, size);
    const auto terms = kiosk::model::searchTerms(typed);
    const std::string query = kiosk::model::buildFtsQuery(typed);
    if (terms.size() > kiosk::model::kMaxSearchTerms) fail("too many terms");
    std::string expected;
    for (const std::string& t : terms) {
        if (t.empty() || t.size() > kiosk::model::kMaxTermBytes) fail("term size", t);
        for (unsigned char ch : t)
            if (!wordByte(ch)) fail("a term holds a non-word byte", t);
        // The last character is complete: count the continuation bytes after the last lead byte.
        size_t lead = t.size();
        while (lead > 0 && (static_cast<unsigned char>(t[lead - 1]) & 0xC0) == 0x80) --lead;
        if (lead > 0) {
            const unsigned char first = static_cast<unsigned char>(t[lead - 1]);
            const size_t need = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
            if (first >= 0x80 && t.size() - (lead - 1) < need) fail("a term ends in a cut UTF-8 character", t);
        }
        if (!expected.empty()) expected += ' ';
        expected += "\"" + t + "\"*";
    }
    if (query != expected) fail("the query is not the quoted prefix terms:", query);
    for (const auto& hit : gIndex->search(typed, 30)) {
        const size_t n = hit.kind == kiosk::model::SearchResult::Kind::Event ? gEvents : gArticles;
        if (hit.ref < 0 || static_cast<size_t>(hit.ref) >= n) fail("a search result points at nothing");
    }
    return 0;
}
