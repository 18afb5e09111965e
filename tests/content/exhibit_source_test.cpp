// exhibit_source_test.cpp: exhibit.toml, the exhibit's frame: read from the real data, checked with plain-word
// errors on broken copies, stored in the database and read back; and the sample exhibit in tests/ builds too.
#include <catch2/catch.hpp>

#include <algorithm>

#include "../support/data_copy.hpp"
#include "../support/temp_dir.hpp"
#include "content/content_loader.hpp"
#include "store/catalog_reader.hpp"
#include "store/catalog_writer.hpp"

using kiosk::content::Diagnostic;
using kiosk::content::LoadedContent;
using kiosk::test::DataCopy;

namespace {

// The one error with this fragment: at this file and line.
void requireError(const LoadedContent& loaded, const std::string& file, int line, const std::string& fragment) {
    INFO("reported:\n" << loaded.diagnostics.format());
    CHECK_FALSE(loaded.ok());
    const auto& all = loaded.diagnostics.all();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Diagnostic& d) { return d.message.find(fragment) != std::string::npos; });
    REQUIRE(it != all.end());
    CHECK(it->file == file);
    CHECK(it->line == line);
}

}  // namespace

TEST_CASE("the real exhibit's frame comes from data/exhibit.toml", "[content][exhibit]") {
    const LoadedContent loaded = kiosk::content::loadContent(KIOSK_DATA_DIR);
    INFO(loaded.diagnostics.format());
    REQUIRE(loaded.ok());
    const auto& e = loaded.catalog.exhibit;
    CHECK(e.title == "Pakistan and the Soviet Union / Russia, 1947\u20132022");
    CHECK(e.firstYear == 1947);
    CHECK(e.lastYear == 2022);
    CHECK(e.home.valid());
    CHECK(e.tour.size() == 12);
    CHECK_FALSE(e.welcome.empty());
    CHECK(std::count_if(e.about.begin(), e.about.end(), [](const auto& s) { return s.listArticles; }) == 1);
}

TEST_CASE("the exhibit's frame survives the database", "[content][exhibit]") {
    LoadedContent loaded = kiosk::content::loadContent(KIOSK_DATA_DIR);
    REQUIRE(loaded.ok());
    kiosk::test::TempDir dir("kiosk-exhibit-db");
    kiosk::store::writeCatalog(loaded.catalog, dir / "exhibit.db");
    const kiosk::model::Catalog back = kiosk::store::readCatalog(dir / "exhibit.db");
    const auto &a = loaded.catalog.exhibit, &b = back.exhibit;
    CHECK(b.title == a.title);
    CHECK(b.subtitle == a.subtitle);
    CHECK(b.firstYear == a.firstYear);
    CHECK(b.lastYear == a.lastYear);
    CHECK(b.welcome == a.welcome);
    CHECK(b.aboutIntro == a.aboutIntro);
    CHECK(b.tourCaption == a.tourCaption);
    CHECK(b.tour == a.tour);
    CHECK(b.searchSuggestions == a.searchSuggestions);
    CHECK(b.home.west == a.home.west);
    CHECK(b.home.north == a.home.north);
    REQUIRE(b.about.size() == a.about.size());
    for (size_t i = 0; i < a.about.size(); ++i) {
        CHECK(b.about[i].heading == a.about[i].heading);
        CHECK(b.about[i].text == a.about[i].text);
        CHECK(b.about[i].small == a.about[i].small);
        CHECK(b.about[i].listArticles == a.about[i].listArticles);
    }
}

TEST_CASE("an event outside the exhibit's years names exhibit.toml's years", "[content][exhibit]") {
    DataCopy data;
    const int line = data.edit("exhibit.toml", "last_year", "2022", "2010");
    (void)line;
    const LoadedContent loaded = data.load();
    INFO(loaded.diagnostics.format());
    CHECK_FALSE(loaded.ok());
    const auto& all = loaded.diagnostics.all();
    const auto it = std::find_if(all.begin(), all.end(), [](const Diagnostic& d) { return d.message.find("outside the exhibit's years, 1947-2010") != std::string::npos; });
    REQUIRE(it != all.end());
    CHECK(it->file == "events.toml");
    CHECK_THAT(it->message, Catch::Contains("exhibit.toml"));
}

TEST_CASE("years out of order in exhibit.toml are one plain error", "[content][exhibit]") {
    DataCopy data;
    const int line = data.edit("exhibit.toml", "last_year", "2022", "1900");
    requireError(data.load(), "exhibit.toml", line, "'last_year' (1900) is before 'first_year' (1947)");
}

TEST_CASE("a year that is not a year says so", "[content][exhibit]") {
    DataCopy data;
    const int line = data.edit("exhibit.toml", "first_year", "1947", "\"c. 1947\"");
    requireError(data.load(), "exhibit.toml", line, "'first_year' should be a year such as 1947");
}

TEST_CASE("a tour stop that is not an event suggests the nearest ids", "[content][exhibit]") {
    DataCopy data;
    const int line = data.lineOf("exhibit.toml", "tour = [");
    data.edit("exhibit.toml", "tour = [", "\"war-1971\"", "\"war-1917\"");
    requireError(data.load(), "exhibit.toml", line, "the tour names unknown event 'war-1917' \u2014 did you mean 'war-1965' or 'war-1971'?");
}

TEST_CASE("a map home that runs east to west says which way it should run", "[content][exhibit]") {
    DataCopy data;
    const int line = data.edit("exhibit.toml", "[map_home]", "east = 100", "east = 10");
    requireError(data.load(), "exhibit.toml", line, "'east' must be greater than 'west'");
}

TEST_CASE("a missing exhibit.toml is named, and the title with it", "[content][exhibit]") {
    DataCopy data;
    std::filesystem::remove(data / "exhibit.toml");
    requireError(data.load(), "exhibit.toml", 0, "cannot read the file");
    DataCopy untitled;
    untitled.edit("exhibit.toml", "title = ", "title = ", "name = ");
    const LoadedContent loaded = untitled.load();
    INFO(loaded.diagnostics.format());
    CHECK_THAT(loaded.diagnostics.format(), Catch::Contains("missing required key 'title'"));
    CHECK_THAT(loaded.diagnostics.format(), Catch::Contains("unknown key 'name'"));
}

TEST_CASE("the sample exhibit in tests/ builds on its own, with its own years, places and eras", "[content][exhibit]") {
    const LoadedContent loaded = kiosk::content::loadContent(KIOSK_SAMPLE_EXHIBIT_DIR);
    INFO(loaded.diagnostics.format());
    REQUIRE(loaded.ok());
    CHECK(loaded.diagnostics.warningCount() == 0);
    const auto& c = loaded.catalog;
    CHECK(c.exhibit.firstYear == 1804);
    CHECK(c.exhibit.lastYear == 1806);
    CHECK(c.events.size() == 7);
    CHECK(c.eras.size() == 3);
    CHECK(c.places.size() == 7);
    for (const auto& e : c.events) {
        CHECK(e.date.start.year >= 1804);
        CHECK(e.date.start.year <= 1806);
    }
}
