// curator_errors_test.cpp: the messages a curator sees for the usual mistakes, each on a broken copy of the real data:
// the real problem is the first message (for a syntax error, the only one), in plain words, at its file and line.
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

// The first message a curator reads (the first of format()'s order) is this one, at this file and line.
const Diagnostic& requireFirst(const LoadedContent& loaded, const std::string& file, int line, const std::string& fragment) {
    INFO("reported:\n" << loaded.diagnostics.format());
    REQUIRE_FALSE(loaded.diagnostics.all().empty());
    const std::string report = loaded.diagnostics.format();
    const std::string first = report.substr(0, report.find('\n'));
    CHECK(first.rfind(file + ", line " + std::to_string(line) + ": ", 0) == 0);
    CHECK_THAT(first, Catch::Contains(fragment));
    const auto& all = loaded.diagnostics.all();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Diagnostic& d) { return d.message.find(fragment) != std::string::npos; });
    REQUIRE(it != all.end());
    CHECK(it->file == file);
    CHECK(it->line == line);
    return *it;
}

// A syntax error is the only message; the checks it holds back are counted under it.
const Diagnostic& requireOnlySyntaxError(const LoadedContent& loaded, const std::string& file, int line, const std::string& fragment) {
    const Diagnostic& d = requireFirst(loaded, file, line, fragment);
    INFO("reported:\n" << loaded.diagnostics.format());
    CHECK(loaded.diagnostics.all().size() == 1);
    CHECK(d.syntax);
    CHECK_FALSE(loaded.ok());
    return d;
}

// The caret line under the source line in the report: the character it points at.
char caretTarget(const Diagnostic& d) { return d.column < d.sourceLine.size() ? d.sourceLine[d.column] : '\n'; }

const std::string kTashkent = "id = \"tashkent-declaration\"";

}  // namespace

TEST_CASE("a missing closing quote is the only message, with the line and a caret under the opening quote", "[content][curator]") {
    DataCopy data;
    const int line = data.edit("events.toml", kTashkent, "tone = \"cooperation\"", "tone = \"cooperation");
    const LoadedContent loaded = data.load();
    const Diagnostic& d = requireOnlySyntaxError(loaded, "events.toml", line, "this text has no closing quote; it starts here");
    CHECK(d.sourceLine == "tone = \"cooperation");
    CHECK(d.column == 7);
    CHECK(caretTarget(d) == '"');
    const std::string report = loaded.diagnostics.format("data");
    CHECK(report.rfind("data/events.toml, line " + std::to_string(line) + ": this text has no closing quote; it starts here\n"
                       "    tone = \"cooperation\n"
                       "           ^\n", 0) == 0);
    // What the broken file hides (its events' quotes leave articles unquoted, ...) is counted, not printed.
    CHECK(loaded.diagnostics.heldBack() > 0);
    CHECK_THAT(report, Catch::Contains("further checks skipped until events.toml parses"));
    CHECK_THAT(report, !Catch::Contains("not quoted by any event"));
    CHECK_THAT(report, !Catch::Contains("prohibited"));
}

TEST_CASE("a trailing comma in places.toml is the only message, not a hundred unknown places", "[content][curator]") {
    DataCopy data;
    const int line = data.edit("places.toml", "id = \"karachi\"", "lat = 24.86", "lat = 24.86,");
    const LoadedContent loaded = data.load();
    const Diagnostic& d = requireOnlySyntaxError(loaded, "places.toml", line, "there is a comma after this value; remove it");
    CHECK(caretTarget(d) == ',');
    CHECK(loaded.diagnostics.heldBack() >= 50);  // every event at a place would otherwise be "unknown place '...'"
    const std::string report = loaded.diagnostics.format();
    CHECK_THAT(report, Catch::Contains(std::to_string(loaded.diagnostics.heldBack()) + " further checks skipped until places.toml parses"));
    CHECK_THAT(report, !Catch::Contains("unknown place"));
}

TEST_CASE("a trailing comma in an inline table is named as such", "[content][curator]") {
    DataCopy data;
    const int line = data.edit("events.toml", kTashkent, "people = [\"ayub-khan\", \"alexei-kosygin\"]",
                               "people = [\"ayub-khan\", \"alexei-kosygin\",]\nnote = { text = \"x\", }");
    // [a, b,] is allowed in TOML: only the table's comma is an error.
    const LoadedContent loaded = data.load();
    const Diagnostic& d = requireOnlySyntaxError(loaded, "events.toml", line + 1, "there is a comma after the last entry in { }; remove it");
    CHECK(caretTarget(d) == ',');
}

TEST_CASE("a bare word where a value should be asks for quotes", "[content][curator]") {
    DataCopy data;
    const int line = data.edit("events.toml", kTashkent, "tone = \"cooperation\"", "tone = cooperation");
    const LoadedContent loaded = data.load();
    const Diagnostic& d = requireOnlySyntaxError(loaded, "events.toml", line, "this value is not in quotes");
    CHECK(caretTarget(d) == 'c');
    // A word toml++ first tries as true/false or nan/inf says the same.
    DataCopy tension;
    const int other = tension.edit("events.toml", "id = \"kashmir-war-1947\"", "tone = \"tension\"", "tone = tension");
    requireOnlySyntaxError(tension.load(), "events.toml", other, "this value is not in quotes");
    DataCopy neutral;
    const int third = neutral.edit("events.toml", "id = \"partition-soviet-wariness\"", "tone = \"neutral\"", "tone = neutral");
    requireOnlySyntaxError(neutral.load(), "events.toml", third, "this value is not in quotes");
}

TEST_CASE("a missing '=' is named", "[content][curator]") {
    DataCopy data;
    const int line = data.edit("events.toml", kTashkent, "tone = \"cooperation\"", "tone \"cooperation\"");
    requireOnlySyntaxError(data.load(), "events.toml", line, "a key must be followed by '=' and its value");
}

TEST_CASE("a key given twice in a record names the first one's line", "[content][curator]") {
    DataCopy data;
    const int first = data.lineOf("events.toml", "title = \"Tashkent Declaration");
    const int line = data.edit("events.toml", kTashkent, "tone = \"cooperation\"", "title = \"Again\"") ;
    requireOnlySyntaxError(data.load(), "events.toml", line,
                           "'title' is given twice in this record (first on line " + std::to_string(first) + ")");
}

TEST_CASE("an unclosed [[table]] header is named", "[content][curator]") {
    DataCopy data;
    const int line = data.edit("events.toml", "[[event]]\n" + kTashkent, "[[event]]", "[[event");
    requireOnlySyntaxError(data.load(), "events.toml", line, "this [[...]] header is not closed properly");
}

TEST_CASE("an unescaped control character is pointed at and named", "[content][curator]") {
    DataCopy data;
    const int line = data.edit("events.toml", kTashkent, "Tashkent Declaration ends", "Tashkent\x01 Declaration ends");
    const LoadedContent loaded = data.load();
    const Diagnostic& d = requireOnlySyntaxError(loaded, "events.toml", line, "invisible control character (U+0001)");
    CHECK(caretTarget(d) == '\x01');
}

TEST_CASE("syntax errors in two files are both shown, before anything else", "[content][curator]") {
    DataCopy data;
    const int places = data.edit("places.toml", "id = \"karachi\"", "lat = 24.86", "lat = 24.86,");
    const int events = data.edit("events.toml", kTashkent, "tone = \"cooperation\"", "tone = \"cooperation");
    const LoadedContent loaded = data.load();
    INFO(loaded.diagnostics.format());
    REQUIRE(loaded.diagnostics.all().size() == 2);
    const std::string report = loaded.diagnostics.format();
    CHECK(report.rfind("events.toml, line " + std::to_string(events) + ": this text has no closing quote", 0) == 0);
    CHECK_THAT(report, Catch::Contains("places.toml, line " + std::to_string(places) + ": there is a comma"));
    CHECK_THAT(report, Catch::Contains("skipped until places.toml and events.toml parse"));
}

TEST_CASE("an unknown id suggests the nearest known ones", "[content][curator]") {
    DataCopy data;
    const int places = data.edit("events.toml", kTashkent, "places = [\"tashkent\"]", "places = [\"Tashkent\"]");
    const LoadedContent loaded = data.load();
    requireFirst(loaded, "events.toml", places, "unknown place 'Tashkent' \u2014 did you mean 'tashkent'?");
    CHECK(loaded.diagnostics.errorCount() == 1);

    DataCopy typo;
    const int people = typo.edit("events.toml", kTashkent, "\"alexei-kosygin\"]", "\"alexei-kosigin\"]");
    requireFirst(typo.load(), "events.toml", people, "unknown person 'alexei-kosigin' \u2014 did you mean 'alexei-kosygin'?");

    DataCopy far;  // nothing near: no guess
    const int line = far.edit("events.toml", kTashkent, "places = [\"tashkent\"]", "places = [\"samarkand\"]");
    const LoadedContent farLoaded = far.load();
    const Diagnostic& d = requireFirst(farLoaded, "events.toml", line, "unknown place 'samarkand'");
    CHECK(d.message == "unknown place 'samarkand'");
}

TEST_CASE("a duplicate id names the first one's file and line", "[content][curator]") {
    DataCopy data;
    const int first = data.lineOf("events.toml", "id = \"partition-soviet-wariness\"");
    const int line = data.edit("events.toml", "id = \"kashmir-war-1947\"", "kashmir-war-1947", "partition-soviet-wariness");
    requireFirst(data.load(), "events.toml", line,
                 "duplicate id 'partition-soviet-wariness': the first is in events.toml, line " + std::to_string(first));
}

TEST_CASE("a tidied apostrophe in a quote is named, with the article's text and file", "[content][curator]") {
    DataCopy data;
    const int line = data.edit("events.toml", "Pakistani diplomatic circles", "Pakistan\u2019s first Independence", "Pakistan's first Independence");
    const LoadedContent loaded = data.load();
    const Diagnostic& d = requireFirst(loaded, "events.toml", line, "quote does not occur verbatim in article 'a000' (articles/cleaned/a000.txt)");
    CHECK(loaded.diagnostics.all().size() == 1);
    CHECK_THAT(d.message, Catch::Contains("the quote has \"'s first Independence"));
    CHECK_THAT(d.message, Catch::Contains("where the article (line 5) has \"\u2019s first Independence"));
    CHECK_THAT(d.message, Catch::Contains("the article has \u2019 (a curly apostrophe) where the quote has ' (a straight one)"));
}

TEST_CASE("a changed word in a quote shows what the article says there", "[content][curator]") {
    DataCopy data;
    const int line = data.edit("events.toml", kTashkent, "bringing an end to the cataclysmic war", "bringing an end to the terrible war");
    const LoadedContent loaded = data.load();
    const Diagnostic& d = requireFirst(loaded, "events.toml", line, "quote does not occur verbatim in article 'a000' (articles/cleaned/a000.txt)");
    CHECK_THAT(d.message, Catch::Contains("then the quote has \"terrible war"));
    CHECK_THAT(d.message, Catch::Contains("has \"cataclysmic war"));
    CHECK_THAT(d.message, !Catch::Contains("apostrophe"));
}

TEST_CASE("an event entered twice under a new id is warned about", "[content][curator]") {
    DataCopy data;
    const std::string events = data.text("events.toml");
    const size_t from = events.find("[[event]]\nid = \"kashmir-war-1947\"");
    const size_t to = events.find("[[event]]", from + 1);
    REQUIRE(to != std::string::npos);
    std::string copy = events.substr(from, to - from);
    copy.replace(copy.find("kashmir-war-1947"), 16, "first-kashmir-war");
    const std::string changed = events + "\n" + copy;
    writeText(data / "events.toml", changed);
    const LoadedContent loaded = data.load();
    INFO(loaded.diagnostics.format());
    CHECK(loaded.ok());  // a warning: two events may share a quote and a date on purpose
    REQUIRE(loaded.diagnostics.warningCount() == 1);
    const Diagnostic& d = loaded.diagnostics.all().front();
    CHECK(d.severity == Diagnostic::Severity::Warning);
    CHECK(d.line == DataCopy::lineAt(changed, events.size() + 1));
    CHECK_THAT(d.message, Catch::Contains("event 'first-kashmir-war' looks like a repeat of event 'kashmir-war-1947' (events.toml, line " +
                                          std::to_string(DataCopy::lineAt(events, from)) + ")"));
}

TEST_CASE("the real data has no event that looks repeated", "[content][curator]") {
    const LoadedContent loaded = kiosk::content::loadContent(KIOSK_DATA_DIR);
    INFO(loaded.diagnostics.format());
    CHECK(loaded.diagnostics.warningCount() == 0);
    CHECK(loaded.diagnostics.heldBack() == 0);
}

TEST_CASE("a ''' quote left open is found where it opens, not where the parser stops", "[content][curator]") {
    DataCopy data;
    const int line = data.lineOf("events.toml", "  quote = '''After the 1965 Indo-Pak War");
    data.edit("events.toml", "  quote = '''After the 1965 Indo-Pak War", "South Asian states.'''", "South Asian states.");
    const LoadedContent loaded = data.load();
    const Diagnostic& d = requireOnlySyntaxError(loaded, "events.toml", line, "this text has no closing quote; it starts here");
    CHECK(d.sourceLine.rfind("  quote = '''After", 0) == 0);
    CHECK(d.column == 10);
}
