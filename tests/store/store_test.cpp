// store_test.cpp: the content database: a faithful round trip, immutable URIs, damaged files, atomic writes.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>

#include "real_db.hpp"
#include "store/catalog_reader.hpp"
#include "store/catalog_writer.hpp"
#include "store/schema.hpp"
#include "store/sqlite_handle.hpp"

namespace fs = std::filesystem;
using namespace kiosk;
using kiosk::store::StoreError;
using kiosk::test::TempDir;

namespace {

// The smallest catalog the reader accepts: one article, one theme, one event quoting the article.
model::Catalog tinyCatalog(const std::string& version = "tiny") {
    model::Catalog c;
    model::Article a;
    a.id = "a0", a.title = "An article";
    a.body = a.original = "First paragraph.\n\nA quote in the second paragraph.";
    c.articles.push_back(a);
    model::Theme t;
    t.id = "diplomacy", t.name = "Diplomacy";
    c.themes.push_back(t);
    model::Event e;
    e.id = "e0", e.title = "An event", e.summary = "It happened.";
    e.date = {{1966, 1, 0}, std::nullopt, model::Precision::Month};
    e.themes = {0};
    e.excerpts = {{0, "A quote", static_cast<uint32_t>(a.body.find("A quote"))}};
    c.events.push_back(e);
    c.info.contentVersion = version;
    c.buildIndexes();
    return c;
}

std::vector<std::string> filesIn(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

void writeBytes(const fs::path& path, const std::string& bytes) { test::writeText(path, bytes); }

}  // namespace

TEST_CASE("the real catalog survives writeCatalog and readCatalog", "[store]") {
    const model::Catalog& in = test::realContent().catalog;
    const model::Catalog out = store::readCatalog(test::realDatabase());
    CHECK(out.info.schemaVersion == store::kSchemaVersion);
    CHECK(out.info.contentVersion == in.info.contentVersion);
    CHECK(out.info.builtAt == in.info.builtAt);
    REQUIRE(out.articles.size() == in.articles.size());
    REQUIRE(out.events.size() == in.events.size());
    CHECK(out.themes.size() == in.themes.size());
    CHECK(out.eras.size() == in.eras.size());
    CHECK(out.places.size() == in.places.size());
    CHECK(out.people.size() == in.people.size());
    CHECK(out.figures.size() == in.figures.size());
    REQUIRE(out.disagreements.size() == in.disagreements.size());
    REQUIRE(out.countries.size() == in.countries.size());
    for (size_t i = 0; i < in.articles.size(); ++i) {
        CHECK(out.articles[i].id == in.articles[i].id);
        CHECK(out.articles[i].body == in.articles[i].body);
        CHECK(out.articles[i].original == in.articles[i].original);
        CHECK(out.articles[i].titleIsDescriptive == in.articles[i].titleIsDescriptive);
    }
    for (size_t i = 0; i < in.places.size(); ++i) CHECK(out.places[i].lat == in.places[i].lat);
    for (size_t i = 0; i < in.events.size(); ++i) {
        const model::Event &a = in.events[i], &b = out.events[i];
        INFO("event " << a.id);
        CHECK(b.id == a.id);
        CHECK(b.title == a.title);
        CHECK(b.inShort == a.inShort);
        CHECK_FALSE(b.inShort.empty());
        CHECK(b.date.start == a.date.start);
        CHECK(b.date.end == a.date.end);
        CHECK(b.date.precision == a.date.precision);
        CHECK(b.tone == a.tone);
        CHECK(b.sortKey == a.sortKey);
        CHECK(b.themes == a.themes);
        CHECK(b.places == a.places);
        CHECK(b.people == a.people);
        REQUIRE(b.excerpts.size() == a.excerpts.size());
        for (size_t k = 0; k < a.excerpts.size(); ++k) {
            const model::Quote& q = b.excerpts[k];
            CHECK(q.article == a.excerpts[k].article);
            CHECK(q.text == a.excerpts[k].text);
            CHECK(q.offset == a.excerpts[k].offset);
            CHECK(out.articles[static_cast<size_t>(q.article)].body.substr(q.offset, q.text.size()) == q.text);
        }
        CHECK(out.findEvent(a.id) == static_cast<model::Index>(i));
    }
    for (size_t i = 0; i < in.disagreements.size(); ++i) {
        CHECK(out.disagreements[i].id == in.disagreements[i].id);
        CHECK(out.disagreements[i].event == in.disagreements[i].event);
        REQUIRE(out.disagreements[i].claims.size() == in.disagreements[i].claims.size());
        for (const model::Claim& c : out.disagreements[i].claims)
            CHECK(out.articles[static_cast<size_t>(c.quote.article)].body.substr(c.quote.offset, c.quote.text.size()) == c.quote.text);
    }
    for (size_t i = 0; i < in.figures.size(); ++i) {
        CHECK(out.figures[i].id == in.figures[i].id);
        CHECK(out.figures[i].value == in.figures[i].value);
        CHECK(out.figures[i].event == in.figures[i].event);
        CHECK(out.figures[i].quote.offset == in.figures[i].quote.offset);
    }
    for (size_t i = 0; i < in.countries.size(); ++i) {
        CHECK(out.countries[i].isoNumeric == in.countries[i].isoNumeric);
        CHECK(out.countries[i].lonLat == in.countries[i].lonLat);
        CHECK(out.countries[i].triangles == in.countries[i].triangles);
        CHECK(out.countries[i].ringStarts == in.countries[i].ringStarts);
    }
    REQUIRE_FALSE(in.historicalCountries.empty());
    REQUIRE(out.historicalCountries.size() == in.historicalCountries.size());
    REQUIRE(out.historicalShapes.size() == in.historicalShapes.size());
    REQUIRE(out.historicalShapesCoarse.size() == in.historicalShapesCoarse.size());
    for (size_t i = 0; i < in.historicalCountries.size(); ++i) {
        const auto &a = in.historicalCountries[i], &b = out.historicalCountries[i];
        CHECK(b.id == a.id);
        CHECK(b.name == a.name);
        CHECK(b.start == a.start);
        CHECK(b.end == a.end);
        CHECK(b.from == a.from);
        CHECK(b.to == a.to);
        CHECK(b.members == a.members);
        CHECK(b.memberLabels == a.memberLabels);
        for (const auto& [x, y] : {std::pair{&in.historicalShapes[i], &out.historicalShapes[i]},
                                   std::pair{&in.historicalShapesCoarse[i], &out.historicalShapesCoarse[i]}}) {
            CHECK(y->isoNumeric == x->isoNumeric);
            CHECK(y->lonLat == x->lonLat);
            CHECK(y->triangles == x->triangles);
            CHECK(y->ringStarts == x->ringStarts);
            CHECK(y->firstOutlineRing == x->firstOutlineRing);
        }
    }
    CHECK(store::checkDatabase(test::realDatabase()).empty());
}

TEST_CASE("immutableUri percent-escapes what a URI cannot hold", "[store]") {
    CHECK(store::immutableUri("/data/exhibit.db") == "file:/data/exhibit.db?immutable=1");
    CHECK(store::immutableUri("/media/usb stick/a?b#c%d.db") == "file:/media/usb%20stick/a%3Fb%23c%25d.db?immutable=1");
    CHECK(store::immutableUri("/srv/m\xC3\xBCnchen.db") == "file:/srv/m%C3%BCnchen.db?immutable=1");
    const std::string relative = store::immutableUri("exhibit.db");
    CHECK(relative.rfind("file:/", 0) == 0);  // made absolute
    CHECK_THAT(relative, Catch::EndsWith("/exhibit.db?immutable=1"));
}

TEST_CASE("a database in a folder with awkward characters opens", "[store]") {
    TempDir dir("kiosk-store-uri");
    const fs::path awkward = dir / "usb stick?#%50";
    fs::create_directory(awkward);
    store::writeCatalog(tinyCatalog("awkward"), awkward / "exhibit db.db");
    const model::Catalog c = store::readCatalog(awkward / "exhibit db.db");
    CHECK(c.info.contentVersion == "awkward");
    REQUIRE(c.events.size() == 1);
    CHECK(c.events[0].excerpts.at(0).text == "A quote");
}

TEST_CASE("readCatalog refuses files that are not a content database", "[store]") {
    TempDir dir("kiosk-store-bad");
    CHECK_THROWS_AS(store::readCatalog(dir / "missing.db"), StoreError);
    CHECK_THROWS_WITH(store::readCatalog(dir / "missing.db"), Catch::Contains("does not exist"));
    CHECK_THROWS_AS(store::readCatalog(dir.path()), StoreError);  // a folder

    writeBytes(dir / "empty.db", "");
    CHECK_THROWS_AS(store::readCatalog(dir / "empty.db"), StoreError);

    std::mt19937 rng(11);
    std::string noise(8192, '\0');
    for (char& ch : noise) ch = static_cast<char>(rng());
    writeBytes(dir / "noise.db", noise);
    CHECK_THROWS_AS(store::readCatalog(dir / "noise.db"), StoreError);
    CHECK_FALSE(store::checkDatabase(dir / "noise.db").empty());

    {  // A healthy SQLite file of something else, first without and then with our user_version.
        store::Connection other((dir / "other.db").string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        other.exec("CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES('hello');");
    }
    CHECK_THROWS_WITH(store::readCatalog(dir / "other.db"), Catch::Contains("schema version 0"));
    {
        store::Connection other((dir / "other.db").string(), SQLITE_OPEN_READWRITE);
        other.exec("PRAGMA user_version = " + std::to_string(store::kSchemaVersion));
    }
    CHECK_THROWS_AS(store::readCatalog(dir / "other.db"), StoreError);
}

TEST_CASE("readCatalog refuses another schema version", "[store]") {
    TempDir dir("kiosk-store-version");
    const fs::path db = dir / "exhibit.db";
    store::writeCatalog(tinyCatalog(), db);
    REQUIRE_NOTHROW(store::readCatalog(db));
    {  // user_version is the big-endian 32-bit integer at byte 60 of the SQLite header.
        std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(60);
        const char version[4] = {0, 0, 0, static_cast<char>(store::kSchemaVersion + 1)};  // a newer schema than ours
        f.write(version, 4);
    }
    const std::string newer = "schema version " + std::to_string(store::kSchemaVersion + 1);
    CHECK_THROWS_AS(store::readCatalog(db), StoreError);
    CHECK_THROWS_WITH(store::readCatalog(db), Catch::Contains(newer));
    CHECK_THAT(store::checkDatabase(db), Catch::Contains(newer));
}

TEST_CASE("readCatalog refuses a truncated database", "[store]") {
    TempDir dir("kiosk-store-truncated");
    const std::string whole = test::readText(test::realDatabase());
    REQUIRE(whole.size() > 100000);
    for (size_t size : {size_t{50}, size_t{4096}, whole.size() / 2, whole.size() - 4096}) {
        INFO("truncated to " << size << " of " << whole.size() << " bytes");
        const fs::path db = dir / ("cut-" + std::to_string(size) + ".db");
        writeBytes(db, whole.substr(0, size));
        CHECK_THROWS_AS(store::readCatalog(db), StoreError);
    }
}

TEST_CASE("readCatalog refuses records that point at nothing", "[store]") {
    TempDir dir("kiosk-store-hostile");
    model::Catalog badTheme = tinyCatalog();
    badTheme.events[0].themes = {5};
    store::writeCatalog(badTheme, dir / "theme.db");
    CHECK_THROWS_WITH(store::readCatalog(dir / "theme.db"), Catch::Contains("missing theme"));

    model::Catalog badQuote = tinyCatalog();
    badQuote.events[0].excerpts[0].offset = 2;  // inside the body, but not where the quote is
    store::writeCatalog(badQuote, dir / "quote.db");
    CHECK_THROWS_WITH(store::readCatalog(dir / "quote.db"), Catch::Contains("not in its article"));

    // A "month" date without a month would make describeDate() index month names with -1.
    model::Catalog badDate = tinyCatalog();
    badDate.events[0].date = {{1966, 0, 0}, std::nullopt, model::Precision::Month};
    store::writeCatalog(badDate, dir / "date.db");
    CHECK_THROWS_WITH(store::readCatalog(dir / "date.db"), Catch::Contains("does not match its precision"));

    model::Catalog noEvents = tinyCatalog();
    noEvents.events.clear();
    noEvents.buildIndexes();
    store::writeCatalog(noEvents, dir / "empty.db");
    CHECK_THROWS_WITH(store::readCatalog(dir / "empty.db"), Catch::Contains("no events"));
}

TEST_CASE("writeCatalog is atomic and leaves no temporary files", "[store]") {
    TempDir dir("kiosk-store-atomic");
    CHECK_THROWS_AS(store::writeCatalog(tinyCatalog(), dir / "no-such-folder" / "exhibit.db"), StoreError);
    CHECK(filesIn(dir.path()).empty());

    const fs::path db = dir / "exhibit.db";
    store::writeCatalog(tinyCatalog("one"), db);
    store::writeCatalog(tinyCatalog("two"), db);  // replaces
    CHECK(store::readCatalog(db).info.contentVersion == "two");
    CHECK(filesIn(dir.path()) == std::vector<std::string>{"exhibit.db"});

    // A catalog the schema rejects (two events with one id) fails half-way: the old file stays as it was.
    model::Catalog twice = tinyCatalog("three");
    twice.events.push_back(twice.events[0]);
    CHECK_THROWS_AS(store::writeCatalog(twice, db), StoreError);
    CHECK(store::readCatalog(db).info.contentVersion == "two");
    CHECK(filesIn(dir.path()) == std::vector<std::string>{"exhibit.db"});

    // The target is a folder: the rename fails, and says so as a StoreError.
    fs::create_directory(dir / "folder.db");
    test::writeText(dir / "folder.db" / "keep.txt", "x");
    CHECK_THROWS_AS(store::writeCatalog(tinyCatalog(), dir / "folder.db"), StoreError);
    CHECK(filesIn(dir.path()) == std::vector<std::string>{"exhibit.db", "folder.db"});
}

// The database fuzzer mutates its seeds: with no valid database among them it never gets past SQLite's header check
// and the row decoding below it goes unfuzzed. The committed seed must stay a database the reader accepts whole.
TEST_CASE("the database fuzzer's seed is a valid database that loads every table", "[store][fuzz-seed]") {
    const fs::path seed = fs::path(KIOSK_TEST_FIXTURES).parent_path() / "fuzz" / "corpus" / "database" / "tiny.sqlite";
    REQUIRE(fs::exists(seed));
    const model::Catalog c = store::readCatalog(seed);
    CHECK(c.events.size() == 1);
    CHECK(c.articles.size() == 1);
    CHECK(c.places.size() == 1);
    CHECK(c.countries.size() + c.countriesCoarse.size() == 1);
    REQUIRE(c.events.front().excerpts.size() == 1);
    CHECK(c.events.front().excerpts.front().text == "Tashkent Declaration");
    CHECK(c.events.front().note.text == "A curator's note.");  // the notes and their sources decode too
    CHECK(c.historicalCountries.size() == 1);
}
