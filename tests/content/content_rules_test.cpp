// content_rules_test.cpp: each content rule, broken on purpose in a copy of the real data, is reported with the
// file, the line and a message a curator can act on.
#include <catch2/catch.hpp>

#include <algorithm>

#include "../support/data_copy.hpp"
#include "../support/temp_dir.hpp"
#include "content/content_loader.hpp"

namespace fs = std::filesystem;
using kiosk::content::Diagnostic;
using kiosk::content::LoadedContent;
using kiosk::test::readText;
using kiosk::test::writeText;

namespace {

using kiosk::test::DataCopy;  // tests/support/data_copy.hpp

const Diagnostic* findError(const LoadedContent& loaded, const std::string& file, const std::string& fragment) {
    for (const Diagnostic& d : loaded.diagnostics.all())
        if (d.severity == Diagnostic::Severity::Error && d.file == file && d.message.find(fragment) != std::string::npos) return &d;
    return nullptr;
}

// The diagnostic for `fragment` in `file`, at `line`; on failure shows everything that was reported.
void requireError(const LoadedContent& loaded, const std::string& file, int line, const std::string& fragment) {
    INFO("reported:\n" << loaded.diagnostics.format());
    CHECK_FALSE(loaded.ok());
    const Diagnostic* d = findError(loaded, file, fragment);
    REQUIRE(d != nullptr);
    CHECK(d->line == line);
}

const std::string kTashkent = "id = \"tashkent-declaration\"";

}  // namespace

TEST_CASE("the real data loads without errors and meets the exhibit's rules", "[content]") {
    const LoadedContent loaded = kiosk::content::loadContent(KIOSK_DATA_DIR);
    INFO(loaded.diagnostics.format());
    REQUIRE(loaded.ok());
    CHECK(loaded.diagnostics.errorCount() == 0);
    const auto& c = loaded.catalog;
    CHECK(c.events.size() >= 60);
    CHECK(loaded.sourceHash.size() == 16);
    std::vector<int> quotedByEvents(c.articles.size(), 0);
    for (const auto& e : c.events) {
        INFO("event " << e.id);
        CHECK_FALSE(e.excerpts.empty());
        CHECK_FALSE(e.themes.empty());
        CHECK(e.date.start.year >= c.exhibit.firstYear - 7);
        CHECK(e.date.start.year <= c.exhibit.lastYear);
        for (const auto& q : e.excerpts) {
            REQUIRE(q.article >= 0);
            REQUIRE(static_cast<size_t>(q.article) < c.articles.size());
            CHECK(c.articles[static_cast<size_t>(q.article)].body.substr(q.offset, q.text.size()) == q.text);
            quotedByEvents[static_cast<size_t>(q.article)]++;
        }
    }
    for (size_t a = 0; a < c.articles.size(); ++a) {
        INFO("article " << c.articles[a].id);
        CHECK(quotedByEvents[a] > 0);
    }
    CHECK(std::is_sorted(c.events.begin(), c.events.end(), [](const auto& a, const auto& b) { return a.sortKey < b.sortKey; }));
    CHECK(c.findEvent("tashkent-declaration") != kiosk::model::kNone);
    CHECK_FALSE(c.countries.empty());
    for (const auto& d : c.disagreements) CHECK(d.claims.size() >= 2);
}

TEST_CASE("a duplicate id is reported at the repeated id", "[content]") {
    DataCopy data;
    const int line = data.edit("events.toml", "id = \"kashmir-war-1947\"", "kashmir-war-1947", "partition-soviet-wariness");
    requireError(data.load(), "events.toml", line, "duplicate id 'partition-soviet-wariness'");
}

TEST_CASE("a quote that is not verbatim says how much of it matches", "[content]") {
    DataCopy data;
    const int line = data.edit("events.toml", "id = \"cold-war-estrangement\"", "were essentially", "were essentialy");
    const LoadedContent loaded = data.load();
    requireError(loaded, "events.toml", line, "quote does not occur verbatim in article 'a004'");
    // 78 characters (80 bytes: the apostrophe is curly) match before the typo.
    const Diagnostic* d = findError(loaded, "events.toml", "verbatim");
    CHECK_THAT(d->message, Catch::Contains("the first 78 characters match"));
    CHECK_THAT(d->message, Catch::Contains("then the quote has \"y \u201Chostile"));
    CHECK_THAT(d->message, Catch::Contains("where the article (line 7) has \"ly \u201Chostile"));
    CHECK_THAT(d->message, Catch::Contains("(articles/cleaned/a004.txt)"));
}

TEST_CASE("unknown references name the missing id", "[content]") {
    DataCopy data;
    const int places = data.edit("events.toml", kTashkent, "places = [\"tashkent\"]", "places = [\"tashkent\", \"samarkand\"]");
    const int themes = data.edit("events.toml", kTashkent, "themes = [\"diplomacy\"]", "themes = [\"sport\", \"diplomacy\"]");
    const int people = data.edit("events.toml", kTashkent, "\"alexei-kosygin\"]", "\"nikita-khrushchev\"]");
    const int article = data.edit("events.toml", kTashkent, "article = \"a000\"", "article = \"a009\"");
    const LoadedContent loaded = data.load();
    requireError(loaded, "events.toml", places, "unknown place 'samarkand'");
    requireError(loaded, "events.toml", themes, "unknown theme 'sport'");
    requireError(loaded, "events.toml", people, "unknown person 'nikita-khrushchev'");
    requireError(loaded, "events.toml", article, "unknown article 'a009'");
}

TEST_CASE("an impossible date is reported with the reason", "[content]") {
    DataCopy data;
    const int line = data.edit("events.toml", kTashkent, "start = \"1966-01\"", "start = \"1966-13\"");
    requireError(data.load(), "events.toml", line, "'start' = \"1966-13\" is not a date: the month is not between 01 and 12");
}

TEST_CASE("a date that does not match its precision is reported", "[content]") {
    DataCopy data;
    const int line = data.edit("events.toml", kTashkent, "start = \"1966-01\"", "start = \"1966-01-10\"");
    requireError(data.load(), "events.toml", line, "does not match precision 'month'");
}

TEST_CASE("a date outside 1947-2022 needs outside_range_ok", "[content]") {
    DataCopy data;
    // An approximate year: a month the quotes do not give would be a second error (curator_notes_test.cpp).
    const int line = data.edit("events.toml", kTashkent, "start = \"1966-01\"\nprecision = \"month\"", "start = \"1946\"\nprecision = \"approximate\"");
    requireError(data.load(), "events.toml", line, "is outside the exhibit's years, 1947-2022");

    data.edit("events.toml", kTashkent, "start = \"1946\"", "start = \"1946\"\noutside_range_ok = true");
    const LoadedContent allowed = data.load();
    INFO(allowed.diagnostics.format());
    CHECK(allowed.ok());
}

TEST_CASE("an end before the start is reported at the end", "[content]") {
    DataCopy data;
    const int line = data.edit("events.toml", kTashkent, "start = \"1966-01\"\n", "start = \"1966-01\"\nend = \"1965-12\"\n") + 1;
    requireError(data.load(), "events.toml", line, "the end date is before the start date");
}

TEST_CASE("an event without an excerpt is reported at the event", "[content]") {
    DataCopy data;
    const int line = data.append("events.toml", "[[event]]\nid = \"no-source\"\ntitle = \"An event nobody wrote about\"\nstart = \"1970\"\n"
                                                "precision = \"year\"\ntone = \"neutral\"\nthemes = [\"diplomacy\"]\nsummary = \"Short.\"\n");
    requireError(data.load(), "events.toml", line, "event 'no-source' has no [[event.excerpt]]");
}

TEST_CASE("a disagreement citing only one article is reported", "[content]") {
    DataCopy data;
    const std::string anchor = "[[disagreement]]\nid = \"liaquat-visit-date\"";
    const int line = DataCopy::lineAt(readText(data / "disagreements.toml"), readText(data / "disagreements.toml").find(anchor));
    data.edit("disagreements.toml", anchor, "article = \"a003\"\n  says = \"May 1950\"\n  quote = '''Liaquat Ali Khan chose to go to Washington instead in May 1950.'''",
              "article = \"a000\"\n  says = \"May 1951\"\n  quote = '''Prime Minister Liaquat Ali Khan\u2019s visit to the United States in May 1951'''");
    requireError(data.load(), "disagreements.toml", line, "'liaquat-visit-date' must cite at least two different articles");
}

TEST_CASE("an article no event quotes is reported", "[content]") {
    DataCopy data;
    writeText(data / "articles/original/005_extra.txt", "Headline\n\nA paragraph nobody quotes.\n\nFooter\n");
    writeText(data / "articles/cleaned/a005.txt", "A paragraph nobody quotes.\n");
    const int line = data.append("articles.toml", "[[article]]\nid = \"a005\"\noriginal = \"articles/original/005_extra.txt\"\n"
                                                  "cleaned = \"articles/cleaned/a005.txt\"\ntitle = \"Unquoted\"\n");
    requireError(data.load(), "articles.toml", line, "article 'a005' is not quoted by any event");
}

TEST_CASE("an unknown key (a typo) is reported with the known keys", "[content]") {
    DataCopy data;
    const int line = data.edit("events.toml", kTashkent, "title = ", "titel = ");
    const LoadedContent loaded = data.load();
    requireError(loaded, "events.toml", line, "unknown key 'titel'");
    CHECK_THAT(findError(loaded, "events.toml", "unknown key")->message, Catch::Contains("title"));
    // The missing title is the record's problem: reported at its [[event]] header, two lines up.
    requireError(loaded, "events.toml", line - 2, "missing required key 'title'");
    CHECK(readText(data / "events.toml").find("[[event]]\n" + kTashkent) != std::string::npos);
}

TEST_CASE("malformed TOML is reported at the syntax error", "[content]") {
    DataCopy data;
    const int line = data.edit("events.toml", kTashkent, "tone = \"cooperation\"", "tone = \"cooperation");
    requireError(data.load(), "events.toml", line, "this text has no closing quote; it starts here");
}

TEST_CASE("a missing events.toml is reported, not thrown", "[content]") {
    DataCopy data;
    fs::remove(data / "events.toml");
    const LoadedContent loaded = data.load();
    requireError(loaded, "events.toml", 0, "cannot read the file");
}

TEST_CASE("a cleaned paragraph that is not in the original is reported", "[content]") {
    DataCopy data;
    const int line = data.edit("articles/cleaned/a002.txt", "", "people-to-people contacts", "people-to-people links");
    const LoadedContent loaded = data.load();
    requireError(loaded, "articles/cleaned/a002.txt", line, "paragraph 9 (\"There is also a need");
    CHECK_THAT(findError(loaded, "articles/cleaned/a002.txt", "original")->message, Catch::Contains("does not occur in the original"));
}

TEST_CASE("an invented paragraph after a run of blank lines is reported at its own line", "[content]") {
    DataCopy data;
    const std::string before = readText(data / "articles/cleaned/a004.txt") + "\n  \n\n";
    writeText(data / "articles/cleaned/a004.txt", before + "An invented closing paragraph,\nover two lines.\n");
    requireError(data.load(), "articles/cleaned/a004.txt", DataCopy::lineAt(before, before.size()), "(\"An invented closing paragraph");
}
