// search_index_test.cpp: FTS5 search over the real exhibit: ranking, prefixes, snippets, and hostile input.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>

#include "real_db.hpp"
#include "store/catalog_reader.hpp"
#include "store/search_index.hpp"
#include "store/sqlite_handle.hpp"

using namespace kiosk;
using store::SearchHit;

namespace {

const model::Catalog& storedCatalog() {
    static const model::Catalog c = store::readCatalog(test::realDatabase());
    return c;
}

const store::SearchIndex& index() {
    static const store::SearchIndex i(test::realDatabase());
    return i;
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Every \x01 opens a mark that a \x02 closes, with no nesting; returns the marked words.
std::vector<std::string> markedWords(const std::string& snippet) {
    std::vector<std::string> words;
    size_t at = 0;
    while ((at = snippet.find(model::kMarkStart, at)) != std::string::npos) {
        const size_t end = snippet.find(model::kMarkEnd, at);
        REQUIRE(end != std::string::npos);
        const std::string word = snippet.substr(at + 1, end - at - 1);
        REQUIRE(word.find(model::kMarkStart) == std::string::npos);
        words.push_back(word);
        at = end + 1;
    }
    return words;
}

void checkRefs(const std::vector<SearchHit>& hits) {
    const model::Catalog& c = storedCatalog();
    for (const SearchHit& h : hits) {
        CHECK(h.ref >= 0);
        if (h.kind == SearchHit::Kind::Event) CHECK(static_cast<size_t>(h.ref) < c.events.size());
        else CHECK(static_cast<size_t>(h.ref) < c.articles.size());
    }
}

}  // namespace

TEST_CASE("searching 'Tashkent' finds the Tashkent Declaration first", "[search]") {
    const auto hits = index().search("Tashkent");
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.size() <= 30);
    CHECK(hits[0].kind == SearchHit::Kind::Event);
    CHECK(hits[0].ref == storedCatalog().findEvent("tashkent-declaration"));
    checkRefs(hits);
    for (size_t i = 1; i < hits.size(); ++i) CHECK(hits[i - 1].rank <= hits[i].rank);  // best (lowest bm25) first
}

TEST_CASE("a prefix finds the same event, and case does not matter", "[search]") {
    const model::Index tashkent = storedCatalog().findEvent("tashkent-declaration");
    for (const char* typed : {"Tash", "tash", "TASHKENT", "  tashkent  ", "\"Tashkent\"", "tashkent*"}) {
        INFO("typed: " << typed);
        const auto hits = index().search(typed);
        REQUIRE_FALSE(hits.empty());
        CHECK(hits[0].kind == SearchHit::Kind::Event);
        CHECK(hits[0].ref == tashkent);
    }
}

TEST_CASE("several words narrow the search to records holding all of them", "[search]") {
    const auto both = index().search("Tashkent Declaration");
    const auto one = index().search("Tashkent");
    REQUIRE_FALSE(both.empty());
    CHECK(both.size() <= one.size());
    CHECK(index().search("Tashkent zzzqqqxxx").empty());
}

TEST_CASE("snippets mark the matched words", "[search]") {
    const auto hits = index().search("Tashkent");
    REQUIRE_FALSE(hits.empty());
    for (const SearchHit& h : hits) {
        INFO("snippet: " << h.snippet);
        const auto words = markedWords(h.snippet);
        REQUIRE_FALSE(words.empty());
        for (const std::string& w : words) CHECK(lower(w).rfind("tashkent", 0) == 0);
    }
    for (const SearchHit& h : index().search("steel mill")) {
        for (const std::string& w : markedWords(h.snippet)) CHECK((lower(w).rfind("steel", 0) == 0 || lower(w).rfind("mill", 0) == 0));
    }
}

TEST_CASE("articles are searchable too", "[search]") {
    const auto hits = index().search("Pakistan", 100);
    const bool anyArticle = std::any_of(hits.begin(), hits.end(), [](const SearchHit& h) { return h.kind == SearchHit::Kind::Article; });
    CHECK(anyArticle);
    CHECK(hits.size() <= 100);
    checkRefs(hits);
}

TEST_CASE("empty input finds nothing", "[search]") {
    CHECK(index().search("").empty());
    CHECK(index().search("   ").empty());
    CHECK(index().search("\t\n").empty());
    CHECK(index().search("Tashkent", 0).empty());
}

TEST_CASE("hostile input never throws and respects the limit", "[search]") {
    std::string tenK;
    while (tenK.size() < 10240) tenK += "NEAR(\"Tashkent\" OR -soviet* AND title:x) ^ {body} ";
    std::string bytes;
    for (int b = 1; b < 256; ++b) bytes += static_cast<char>(b);
    const std::string hostile[] = {"\"", "*", "NEAR(", "NEAR", "AND OR NOT", "a:b", "(((", ")))", "title:", "body:Tashkent",
                                   "-", "+", "^Tashkent", "{title}: Tashkent", "\"\"\"", "'; DROP TABLE events; --", "Kāzān",
                                   "Ürümqi", "\xFF\xFE\xFD", "\xC3", std::string(10240, 'a'), tenK, bytes, std::string("Tash\0kent", 9)};
    for (const std::string& typed : hostile) {
        INFO("typed (" << typed.size() << " bytes): " << typed.substr(0, 60));
        std::vector<SearchHit> hits;
        REQUIRE_NOTHROW(hits = index().search(typed, 5));
        CHECK(hits.size() <= 5);
        checkRefs(hits);
    }
    // The index still works after all that.
    CHECK_FALSE(index().search("Tashkent").empty());
    CHECK(index().search("NEAR").size() <= 30);
}

TEST_CASE("opening a search index on a missing or foreign file throws StoreError", "[search]") {
    test::TempDir dir("kiosk-search");
    CHECK_THROWS_AS(store::SearchIndex(dir / "missing.db"), store::StoreError);
    test::writeText(dir / "junk.db", std::string(4096, 'j'));
    CHECK_THROWS_AS(store::SearchIndex(dir / "junk.db"), store::StoreError);
}

TEST_CASE("a possessive searches and marks its word, never every word starting with s", "[search]") {
    for (const char* typed : {"pakistan's", "Pakistan\u2019s"}) {
        INFO("typed: " << typed);
        const auto hits = index().search(typed);
        REQUIRE_FALSE(hits.empty());
        CHECK(hits.size() == index().search("pakistan").size());
        for (const SearchHit& h : hits) {
            INFO("snippet: " << h.snippet);
            for (const std::string& w : markedWords(h.snippet)) CHECK(lower(w).rfind("pakistan", 0) == 0);
        }
    }
}

TEST_CASE("the catalog holds the index's own words, and a typo's nearest one finds something", "[search]") {
    const model::Catalog& c = storedCatalog();
    REQUIRE(c.vocabulary.words.size() > 500);
    CHECK(c.vocabulary.hasPrefix("bhutto"));
    CHECK(c.vocabulary.hasPrefix("tashkent"));
    CHECK(std::is_sorted(c.vocabulary.words.begin(), c.vocabulary.words.end(), [](const auto& a, const auto& b) { return a.key < b.key; }));
    CHECK(index().search("bhuto").empty());
    const std::string fix = model::suggestSpelling("bhuto", c.vocabulary);
    CHECK(fix == "bhutto");
    CHECK_FALSE(index().search(fix).empty());
    CHECK(model::suggestSpelling("tashkant", c.vocabulary) == "tashkent");
    CHECK(model::suggestSpelling("bhutto", c.vocabulary).empty());
}

TEST_CASE("a person's name finds every event that lists that person, by the link", "[search]") {
    const model::Catalog& c = storedCatalog();
    REQUIRE_FALSE(c.people.empty());
    int textMissed = 0;
    for (size_t p = 0; p < c.people.size(); ++p) {
        const model::Person& person = c.people[p];
        INFO("person: " << person.name);
        std::vector<model::Index> listing;
        for (size_t e = 0; e < c.events.size(); ++e)
            if (std::find(c.events[e].people.begin(), c.events[e].people.end(), static_cast<model::Index>(p)) != c.events[e].people.end())
                listing.push_back(static_cast<model::Index>(e));
        const auto hits = index().search(person.name);
        // The events that list the person come first, all of them.
        REQUIRE(hits.size() >= listing.size());
        for (size_t i = 0; i < listing.size(); ++i) {
            CHECK(hits[i].kind == SearchHit::Kind::Event);
            CHECK(std::find(listing.begin(), listing.end(), hits[i].ref) != listing.end());
            CHECK_FALSE(hits[i].snippet.empty());
        }
        checkRefs(hits);
        // How many of them a search of the text alone misses: some word of the name is not in their text.
        for (model::Index e : listing) {
            const std::string text = lower(c.events[static_cast<size_t>(e)].title + " " + c.events[static_cast<size_t>(e)].summary);
            for (const std::string& term : model::searchTerms(person.name))
                if (text.find(lower(term)) == std::string::npos) {
                    ++textMissed;
                    break;
                }
        }
    }
    // The real content has events listing a person whose text does not name them: the link finds them.
    CHECK(textMissed > 0);
}

TEST_CASE("a word that only an event's in-short line holds finds that event, marked in its snippet", "[search]") {
    // "gunships" and "farms" are in these in-short lines and nowhere else: not in a title, a summary or an article.
    for (const auto& [typed, slug] : {std::pair{"gunships", "mohmand-incident"}, std::pair{"farms", "soviet-aid-offer-1958"}}) {
        INFO("typed: " << typed);
        const model::Index event = storedCatalog().findEvent(slug);
        REQUIRE(event >= 0);
        const model::Event& e = storedCatalog().events[static_cast<size_t>(event)];
        REQUIRE(lower(e.inShort).find(typed) != std::string::npos);
        REQUIRE(lower(e.title + " " + e.summary).find(typed) == std::string::npos);
        const auto hits = index().search(typed);
        REQUIRE_FALSE(hits.empty());
        CHECK(hits[0].kind == SearchHit::Kind::Event);
        CHECK(hits[0].ref == event);
        const auto marked = markedWords(hits[0].snippet);
        REQUIRE(marked.size() == 1);
        CHECK(lower(marked[0]) == typed);
    }
}

namespace {

bool findsEvent(const std::vector<SearchHit>& hits, const std::string& id) {
    return std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) {
        return h.kind == SearchHit::Kind::Event && storedCatalog().events[static_cast<size_t>(h.ref)].id == id;
    });
}

}  // namespace

TEST_CASE("a visitor searches in Urdu, in Urdu's letters or Arabic's, and finds the event", "[store][search][languages]") {
    // تاشقند (Tashkent) as the Urdu translation writes it.
    const auto urdu = index().search("\u062A\u0627\u0634\u0642\u0646\u062F", 30, "ur");
    CHECK(findsEvent(urdu, "tashkent-declaration"));
    // کشمیر typed with Arabic kaf and yeh (كشمير), as an Arabic keyboard gives it, finds what Urdu's letters find.
    const auto urduLetters = index().search("\u06A9\u0634\u0645\u06CC\u0631", 30, "ur");
    const auto arabicLetters = index().search("\u0643\u0634\u0645\u064A\u0631", 30, "ur");
    REQUIRE_FALSE(urduLetters.empty());
    REQUIRE(arabicLetters.size() == urduLetters.size());
    for (size_t i = 0; i < urduLetters.size(); ++i) CHECK(arabicLetters[i].ref == urduLetters[i].ref);
    // The same word with a zabar (diacritic) added still finds it.
    CHECK(index().search("\u06A9\u064E\u0634\u0645\u06CC\u0631", 30, "ur").size() == urduLetters.size());
    // Urdu rows are the Urdu visitor's: English visitors searching the Urdu word find nothing.
    CHECK(index().search("\u062A\u0627\u0634\u0642\u0646\u062F", 30, "en").empty());
}

TEST_CASE("a visitor searches in Russian with any case and with or without the letter yo", "[store][search][languages]") {
    // Ташкент
    const auto plain = index().search("\u0422\u0430\u0448\u043A\u0435\u043D\u0442", 30, "ru");
    CHECK(findsEvent(plain, "tashkent-declaration"));
    // ТАШКЕНТ in capitals, and Ташкёнт with ё where the text has е.
    CHECK(index().search("\u0422\u0410\u0428\u041A\u0415\u041D\u0422", 30, "ru").size() == plain.size());
    CHECK(index().search("\u0422\u0430\u0448\u043A\u0451\u043D\u0442", 30, "ru").size() == plain.size());
    // A person's translated full name finds every event that lists the person, as the English name does.
    const auto russian = index().search("\u0417\u0443\u043B\u044C\u0444\u0438\u043A\u0430\u0440 \u0410\u043B\u0438 \u0411\u0445\u0443\u0442\u0442\u043E", 30, "ru");
    const model::Catalog& c = storedCatalog();
    const auto person = std::find_if(c.people.begin(), c.people.end(), [](const model::Person& p) { return p.id == "zulfikar-ali-bhutto"; });
    REQUIRE(person != c.people.end());
    const auto personIndex = static_cast<model::Index>(person - c.people.begin());
    int listing = 0;
    for (const model::Event& e : c.events)
        if (std::find(e.people.begin(), e.people.end(), personIndex) != e.people.end()) {
            ++listing;
            CHECK(findsEvent(russian, e.id));
        }
    CHECK(listing > 0);
}
