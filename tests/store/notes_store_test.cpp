// notes_store_test.cpp: curator's notes and places of their time survive the database, and a damaged note (no
// source, an unknown owner) is refused rather than shown.
#include <catch2/catch.hpp>

#include <filesystem>

#include "real_db.hpp"
#include "store/catalog_reader.hpp"
#include "store/sqlite_handle.hpp"

namespace fs = std::filesystem;
using namespace kiosk;

namespace {

void sameNote(const model::CuratorNote& a, const model::CuratorNote& b) {
    CHECK(a.text == b.text);
    CHECK(a.articleSays == b.articleSays);
    REQUIRE(a.sources.size() == b.sources.size());
    for (size_t i = 0; i < a.sources.size(); ++i) {
        CHECK(a.sources[i].publisher == b.sources[i].publisher);
        CHECK(a.sources[i].title == b.sources[i].title);
        CHECK(a.sources[i].url == b.sources[i].url);
    }
}

// A copy of the real database with one SQL change, reopened for writing (the kiosk never writes).
fs::path damagedCopy(const test::TempDir& dir, const std::string& sql) {
    const fs::path p = dir / "damaged.db";
    fs::copy_file(test::realDatabase(), p, fs::copy_options::overwrite_existing);
    store::Connection db(p.string(), SQLITE_OPEN_READWRITE);
    db.exec(sql);
    return p;
}

}  // namespace

TEST_CASE("every curator's note and its sources come back from the database", "[store][notes]") {
    const model::Catalog& in = test::realContent().catalog;
    const model::Catalog out = store::readCatalog(test::realDatabase());
    REQUIRE(out.events.size() == in.events.size());
    int notes = 0;
    for (size_t i = 0; i < in.events.size(); ++i) {
        INFO("event " << in.events[i].id);
        sameNote(in.events[i].note, out.events[i].note);
        notes += !in.events[i].note.empty();
    }
    REQUIRE(out.disagreements.size() == in.disagreements.size());
    for (size_t i = 0; i < in.disagreements.size(); ++i) sameNote(in.disagreements[i].note, out.disagreements[i].note);
    REQUIRE(out.figures.size() == in.figures.size());
    for (size_t i = 0; i < in.figures.size(); ++i) sameNote(in.figures[i].note, out.figures[i].note);
    for (size_t i = 0; i < in.eras.size(); ++i) sameNote(in.eras[i].note, out.eras[i].note);
    CHECK(notes >= 10);
    REQUIRE(out.places.size() == in.places.size());
    for (size_t i = 0; i < in.places.size(); ++i) {
        INFO("place " << in.places[i].id);
        CHECK(out.places[i].sinceYear == in.places[i].sinceYear);
        REQUIRE(out.places[i].former.size() == in.places[i].former.size());
        for (size_t k = 0; k < in.places[i].former.size(); ++k) {
            CHECK(out.places[i].former[k].untilYear == in.places[i].former[k].untilYear);
            CHECK(out.places[i].former[k].name == in.places[i].former[k].name);
            CHECK(out.places[i].former[k].country == in.places[i].former[k].country);
        }
    }
}

TEST_CASE("a note without a source, or on nothing known, is refused", "[store][notes]") {
    test::TempDir dir("kiosk-notes-damaged");
    // The checksum would catch these too; drop it so that the reader's own checks are what is tested.
    const std::string noChecksum = "DELETE FROM meta WHERE key = 'content_checksum';";
    CHECK_THROWS_WITH(store::readCatalog(damagedCopy(dir, noChecksum + "DELETE FROM note_sources WHERE note_id = 0;")),
                      Catch::Contains("a curator's note without a source"));
    CHECK_THROWS_WITH(store::readCatalog(damagedCopy(dir, noChecksum + "UPDATE notes SET owner_kind = 'place' WHERE id = 0;")),
                      Catch::Contains("a note on an unknown kind of record"));
    CHECK_THROWS_WITH(store::readCatalog(damagedCopy(dir, noChecksum + "UPDATE notes SET owner_id = 100000 WHERE id = 0;")),
                      Catch::Contains("missing"));
}
