// in_short_test.cpp: the plain-language line of every event (in_short), on the real data and on broken copies of
// it: each mistake is reported at its file and line, in plain words.
#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "../support/data_copy.hpp"
#include "content/content_loader.hpp"
#include "content/plain_language.hpp"
#include "model/reading_grade.hpp"
#include "model/text_utils.hpp"

using kiosk::content::Diagnostic;
using kiosk::content::LoadedContent;
using kiosk::test::DataCopy;

namespace {

const std::string kTashkent = "id = \"tashkent-declaration\"";
const std::string kTashkentLine = "in_short = \"In 1966, Moscow helped India and Pakistan agree to end the 1965 war.\"";

// The one diagnostic that mentions `fragment`, at `file` and `line`, of the given severity.
const Diagnostic& requireReported(const LoadedContent& loaded, Diagnostic::Severity severity, int line, const std::string& fragment) {
    INFO("reported:\n" << loaded.diagnostics.format());
    const auto& all = loaded.diagnostics.all();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Diagnostic& d) { return d.message.find(fragment) != std::string::npos; });
    REQUIRE(it != all.end());
    CHECK(it->file == "events.toml");
    CHECK(it->line == line);
    CHECK(it->severity == severity);
    return *it;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

TEST_CASE("every real event has a short plain line that reads far easier than its summary", "[content][in-short]") {
    const LoadedContent loaded = kiosk::content::loadContent(KIOSK_DATA_DIR);
    INFO(loaded.diagnostics.format());
    REQUIRE(loaded.ok());
    // No warning about any line: every one is within the grade a twelve-year-old reads.
    for (const Diagnostic& d : loaded.diagnostics.all()) CHECK_THAT(d.message, !Catch::Contains("in_short"));
    const kiosk::model::KnownNames names = kiosk::content::exhibitNames(loaded.catalog);
    std::vector<double> lines, summaries;
    for (const auto& e : loaded.catalog.events) {
        INFO("event " << e.id << ": " << e.inShort);
        REQUIRE_FALSE(e.inShort.empty());
        CHECK(kiosk::model::countWords(e.inShort) <= kiosk::content::kInShortMaxWords);
        CHECK(kiosk::model::utf8Length(e.inShort) <= kiosk::content::kInShortMaxChars);
        CHECK(kiosk::model::splitSentences(e.inShort).size() == 1);
        CHECK(e.inShort != e.summary);
        lines.push_back(kiosk::model::fleschKincaidGrade(e.inShort, names));
        summaries.push_back(kiosk::model::fleschKincaidGrade(e.summary, names));
    }
    const double lineMedian = median(lines), summaryMedian = median(summaries);
    INFO("median grade: in short " << lineMedian << ", summaries " << summaryMedian);
    CHECK(lineMedian <= kiosk::content::kInShortGradeWarning);
    CHECK(lineMedian < summaryMedian - 3);
}

TEST_CASE("a missing in_short line is reported at its event, by name", "[content][in-short]") {
    DataCopy data;
    const int line = data.lineOf("events.toml", "[[event]]\n" + kTashkent);
    data.edit("events.toml", kTashkent, kTashkentLine + "\n", "");
    const LoadedContent loaded = data.load();
    CHECK_FALSE(loaded.ok());
    const Diagnostic& d = requireReported(loaded, Diagnostic::Severity::Error, line, "event 'tashkent-declaration' has no in_short line");
    CHECK_THAT(d.message, Catch::Contains("one plain sentence a twelve-year-old can read"));
    CHECK(loaded.diagnostics.errorCount() == 1);
}

TEST_CASE("an empty in_short line is reported at its line", "[content][in-short]") {
    DataCopy data;
    const int line = data.edit("events.toml", kTashkent, kTashkentLine, "in_short = \" \"");
    const LoadedContent loaded = data.load();
    CHECK_FALSE(loaded.ok());
    requireReported(loaded, Diagnostic::Severity::Error, line, "the in_short line is empty");
}

TEST_CASE("an in_short line of two sentences is reported", "[content][in-short]") {
    DataCopy data;
    const int line = data.edit("events.toml", kTashkent, kTashkentLine, "in_short = \"Moscow helped. The war ended.\"");
    const LoadedContent loaded = data.load();
    CHECK_FALSE(loaded.ok());
    requireReported(loaded, Diagnostic::Severity::Error, line, "the in_short line has 2 sentences; make it one");
}

TEST_CASE("an in_short line over 20 words is reported with its count", "[content][in-short]") {
    DataCopy data;
    const int line = data.edit("events.toml", kTashkent, kTashkentLine,
                               "in_short = \"In 1966, Moscow helped India and Pakistan agree to end the 1965 war, and the two sides went home to "
                               "their own lands.\"");
    const LoadedContent loaded = data.load();
    CHECK_FALSE(loaded.ok());
    requireReported(loaded, Diagnostic::Severity::Error, line, "the in_short line has 23 words; keep it to 20 at most");
}

TEST_CASE("an in_short line of long words is an error, and a harder than grade 7 one a warning", "[content][in-short]") {
    DataCopy hard;
    const int line = hard.edit("events.toml", kTashkent, kTashkentLine,
                               "in_short = \"The declaration constituted a diplomatic reconciliation mediated by Soviet intermediaries.\"");
    const LoadedContent hardLoaded = hard.load();
    CHECK_FALSE(hardLoaded.ok());
    const Diagnostic& d = requireReported(hardLoaded, Diagnostic::Severity::Error, line, "the in_short line reads at school grade 26.1");
    CHECK_THAT(d.message, Catch::Contains("a twelve-year-old reads grade 7 at most: use shorter words"));

    // 14 words, 22 syllables with the names counted as one (Jan-u-ar-y 4, me-di-at-ed 4, set-tle-ment 3): grade 8.4.
    DataCopy harder;
    const int other = harder.edit("events.toml", kTashkent, kTashkentLine,
                                  "in_short = \"Moscow helped India and Pakistan make peace in January 1966 and mediated the settlement.\"");
    const LoadedContent warned = harder.load();
    INFO(warned.diagnostics.format());
    CHECK(warned.ok());  // a warning does not stop the build
    requireReported(warned, Diagnostic::Severity::Warning, other, "the in_short line reads at school grade 8.4");
}

TEST_CASE("the exhibit's own names count as familiar words in the reading grade", "[content][in-short]") {
    const LoadedContent loaded = kiosk::content::loadContent(KIOSK_DATA_DIR);
    REQUIRE(loaded.ok());
    const kiosk::model::KnownNames names = kiosk::content::exhibitNames(loaded.catalog);
    CHECK(names.count("Afghanistan"));  // a place's country
    CHECK(names.count("Soviet"));       // a country of the time
    CHECK(names.count("Bhutto"));       // a person
    CHECK_FALSE(names.count("of"));
    // The real line for the four-way meetings: plain words between four country names.
    const std::string line = "In 2009, Russia, Pakistan, Afghanistan and Tajikistan began to meet to talk about Afghanistan.";
    CHECK(kiosk::model::fleschKincaidGrade(line) > 13);
    CHECK(kiosk::model::fleschKincaidGrade(line, names) < 4);
}
