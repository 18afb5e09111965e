// search_query_test.cpp: whatever a visitor types becomes quoted FTS5 prefix terms, never FTS5 syntax.
#include <catch2/catch.hpp>

#include <cctype>
#include <random>

#include "model/search_query.hpp"

using namespace kiosk::model;

namespace {

// True when the bytes are well-formed UTF-8 (no cut or stray multi-byte sequences).
bool validUtf8(const std::string& s) {
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        for (size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

// Splits a built query back into its terms, failing unless it is exactly `"term"* "term"* ...`.
std::vector<std::string> parseQuery(const std::string& q) {
    std::vector<std::string> terms;
    size_t i = 0;
    while (i < q.size()) {
        if (!terms.empty()) {
            REQUIRE(q[i] == ' ');
            ++i;
        }
        REQUIRE(q[i] == '"');
        const size_t close = q.find('"', i + 1);
        REQUIRE(close != std::string::npos);
        REQUIRE(close + 1 < q.size());
        REQUIRE(q[close + 1] == '*');
        terms.push_back(q.substr(i + 1, close - i - 1));
        REQUIRE_FALSE(terms.back().empty());
        i = close + 2;
    }
    return terms;
}

void checkWellFormed(const std::string& typed) {
    const std::string q = buildFtsQuery(typed);
    const auto terms = parseQuery(q);
    CHECK(terms.size() <= kMaxSearchTerms);
    for (const std::string& t : terms) {
        CHECK(t.size() <= kMaxTermBytes);
        for (char c : t) {
            const unsigned char u = static_cast<unsigned char>(c);
            CHECK((std::isalnum(u) || u >= 0x80));
        }
    }
}

}  // namespace

TEST_CASE("plain words become quoted prefix terms", "[search-query]") {
    CHECK(buildFtsQuery("Tashkent") == "\"Tashkent\"*");
    CHECK(buildFtsQuery("Tash") == "\"Tash\"*");
    CHECK(buildFtsQuery("tashkent declaration") == "\"tashkent\"* \"declaration\"*");
    CHECK(buildFtsQuery("  1966   war ") == "\"1966\"* \"war\"*");
    CHECK(searchTerms("Ayub Khan 1965") == std::vector<std::string>{"Ayub", "Khan", "1965"});
}

TEST_CASE("empty and whitespace-only input searches for nothing", "[search-query]") {
    CHECK(buildFtsQuery("") == "");
    CHECK(buildFtsQuery(" ") == "");
    CHECK(buildFtsQuery("\t\n\r   ") == "");
    CHECK(searchTerms("   ").empty());
}

TEST_CASE("punctuation separates terms and never reaches FTS5", "[search-query]") {
    CHECK(buildFtsQuery("\"") == "");
    CHECK(buildFtsQuery("\"\"\"") == "");
    CHECK(buildFtsQuery("*") == "");
    CHECK(buildFtsQuery("-") == "");
    CHECK(buildFtsQuery("(((") == "");
    CHECK(buildFtsQuery("^:+-*\"(){}[]") == "");
    CHECK(buildFtsQuery("Pak\"istan") == "\"Pak\"* \"istan\"*");
    CHECK(buildFtsQuery("\"Tashkent") == "\"Tashkent\"*");
    CHECK(buildFtsQuery("Tash*") == "\"Tash\"*");
    CHECK(buildFtsQuery("-Moscow") == "\"Moscow\"*");
    CHECK(buildFtsQuery("Indo-Pak") == "\"Indo\"* \"Pak\"*");
    CHECK(buildFtsQuery("(steel OR mill)") == "\"steel\"* \"OR\"* \"mill\"*");
    CHECK(buildFtsQuery("title:Tashkent") == "\"title\"* \"Tashkent\"*");
    CHECK(buildFtsQuery("a:b") == "\"a\"* \"b\"*");
    CHECK(buildFtsQuery("{title body}: war") == "\"title\"* \"body\"* \"war\"*");
    CHECK(buildFtsQuery("war^2") == "\"war\"* \"2\"*");
}

TEST_CASE("FTS5 operator words are only ever quoted terms", "[search-query]") {
    CHECK(buildFtsQuery("NEAR(") == "\"NEAR\"*");
    CHECK(buildFtsQuery("NEAR(soviet pakistan, 5)") == "\"NEAR\"* \"soviet\"* \"pakistan\"* \"5\"*");
    CHECK(buildFtsQuery("AND OR NOT") == "\"AND\"* \"OR\"* \"NOT\"*");
    CHECK(buildFtsQuery("NOT") == "\"NOT\"*");
    CHECK(buildFtsQuery("war NOT peace") == "\"war\"* \"NOT\"* \"peace\"*");
}

TEST_CASE("non-ASCII letters survive intact", "[search-query]") {
    CHECK(buildFtsQuery("Kāzān") == "\"Kāzān\"*");
    CHECK(buildFtsQuery("Ürümqi") == "\"Ürümqi\"*");
    CHECK(buildFtsQuery("Ürümqi, Kāzān!") == "\"Ürümqi\"* \"Kāzān\"*");
    CHECK(buildFtsQuery("Москва") == "\"Москва\"*");
    CHECK(buildFtsQuery("پاکستان") == "\"پاکستان\"*");
    CHECK(validUtf8(buildFtsQuery("Kāzān Ürümqi Москва")));
}

TEST_CASE("at most kMaxSearchTerms terms are kept", "[search-query]") {
    std::string typed;
    for (int i = 0; i < 20; ++i) typed += "w" + std::to_string(i) + " ";
    const auto terms = searchTerms(typed);
    REQUIRE(terms.size() == kMaxSearchTerms);
    CHECK(terms.front() == "w0");
    CHECK(terms.back() == "w" + std::to_string(kMaxSearchTerms - 1));
    // Punctuation between words does not use up the allowance.
    CHECK(searchTerms("a - - - - - - - - - - b c").size() == 3);
}

TEST_CASE("long terms are cut to kMaxTermBytes at a character boundary", "[search-query]") {
    CHECK(searchTerms(std::string(100, 'a')) == std::vector<std::string>{std::string(kMaxTermBytes, 'a')});

    std::string twoByte;  // "ā" is 2 bytes
    for (int i = 0; i < 30; ++i) twoByte += "ā";
    auto t2 = searchTerms(twoByte);
    REQUIRE(t2.size() == 1);
    CHECK(t2[0].size() == kMaxTermBytes);
    CHECK(validUtf8(t2[0]));

    auto odd = searchTerms("a" + twoByte);  // 1 + 2k bytes: the 48th byte would split an "ā"
    REQUIRE(odd.size() == 1);
    CHECK(odd[0].size() == kMaxTermBytes - 1);
    CHECK(validUtf8(odd[0]));

    std::string threeByte;  // "€" is 3 bytes: after "x" the 48th byte splits the 16th
    for (int i = 0; i < 20; ++i) threeByte += "\u20AC";
    auto t3 = searchTerms("x" + threeByte);
    REQUIRE(t3.size() == 1);
    CHECK(t3[0].size() == 1 + 15 * 3);
    CHECK(validUtf8(t3[0]));

    std::string emoji;
    for (int i = 0; i < 15; ++i) emoji += "\U0001F600";
    for (const std::string& prefix : {std::string(), std::string("a"), std::string("ab"), std::string("abc")}) {
        auto t4 = searchTerms(prefix + emoji);
        REQUIRE(t4.size() == 1);
        CHECK(validUtf8(t4[0]));
        CHECK(t4[0].size() <= kMaxTermBytes);
        CHECK(t4[0].size() > kMaxTermBytes - 4);
        CHECK(t4[0].compare(0, prefix.size(), prefix) == 0);
    }
    // A cut term does not swallow the next one.
    CHECK(searchTerms(std::string(60, 'z') + " next") == std::vector<std::string>{std::string(kMaxTermBytes, 'z'), "next"});
}

TEST_CASE("very long hostile input stays bounded and well formed", "[search-query]") {
    std::string tenK;
    while (tenK.size() < 10000) tenK += "NEAR(\"Kāzān\"* OR -title:x) ";
    const std::string q = buildFtsQuery(tenK);
    CHECK(q.size() <= kMaxSearchTerms * (kMaxTermBytes + 4));
    checkWellFormed(tenK);
    checkWellFormed(std::string(10000, '"'));
    checkWellFormed(std::string(10000, 'x'));
}

TEST_CASE("random bytes always give a well-formed query", "[search-query]") {
    std::mt19937 rng(2024);
    std::uniform_int_distribution<int> len(0, 200), byte(1, 255);
    for (int round = 0; round < 500; ++round) {
        std::string typed;
        const int n = len(rng);
        for (int i = 0; i < n; ++i) typed += static_cast<char>(byte(rng));
        checkWellFormed(typed);
    }
}

TEST_CASE("a possessive is its word, never a bare s prefix", "[search-query]") {
    using V = std::vector<std::string>;
    CHECK(searchTerms("pakistan's") == V{"pakistan"});
    CHECK(searchTerms("Pakistan\u2019s army") == V{"Pakistan", "army"});   // the curly apostrophe of the content
    CHECK(searchTerms("PAKISTAN'S") == V{"PAKISTAN"});
    CHECK(searchTerms("bhutto's visit") == V{"bhutto", "visit"});
    CHECK(buildFtsQuery("pakistan's") == "\"pakistan\"*");
    // Not a possessive: the letters after the apostrophe are a word of their own.
    CHECK(searchTerms("o'brien") == V{"o", "brien"});
    CHECK(searchTerms("pakistan'ss") == V{"pakistan", "ss"});
    // Curly quotes and dashes separate words, as the index's tokenizer treats them.
    CHECK(searchTerms("\u201Chostile\u201D\u2014tense") == V{"hostile", "tense"});
    // A lone apostrophe-s, with nothing before it, is just the letter.
    CHECK(searchTerms("'s") == V{"s"});
}
