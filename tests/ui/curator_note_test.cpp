// curator_note_test.cpp: the reader shows a curator's note, in its own block after the sources, exactly where the
// content has one; and the "Where" buttons name places as at the event's date.
#include <catch2/catch.hpp>

#include "headless.hpp"

using namespace kiosk;
using test::HeadlessKiosk;

namespace {

void open(HeadlessKiosk& k, const char* id) {
    const model::Index e = test::realCatalog().findEvent(id);
    REQUIRE(e != model::kNone);
    k.apply(app::SelectEvent{e});
    k.settle();
}

}  // namespace

TEST_CASE("the reader draws a curator's note only where the content has one") {
    HeadlessKiosk k(1920, 1080);
    open(k, "steel-mill-inaugurated");
    REQUIRE(k.scratch().readerNoteYs.size() == 1);
    // After the summary and the sources: below the first excerpt's "Read the full article" button, far down the page.
    const float noteY = k.scratch().readerNoteYs.front();
    CHECK(noteY > 200);
    CHECK(noteY < k.scratch().readerContentHeight);

    open(k, "tashkent-declaration");
    CHECK(k.scratch().readerNoteYs.empty());

    // A note on a "Sources differ" box: the record's answer to the Liaquat Ali Khan dates.
    open(k, "liaquat-us-visit");
    CHECK(k.scratch().readerNoteYs.size() == 1);
}

TEST_CASE("places in the reader carry the names of their time") {
    HeadlessKiosk k(1920, 1080);
    open(k, "tashkent-declaration");
    CHECK(k.hasButton("Tashkent, Soviet Union (today in Uzbekistan)"));
    open(k, "war-1965");
    CHECK(k.hasButton("Rawalpindi"));
    open(k, "pakistan-neutral-on-ukraine");
    CHECK(k.hasButton("Kyiv"));
}
