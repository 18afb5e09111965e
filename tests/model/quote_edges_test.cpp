// quote_edges_test.cpp: where an excerpt cuts a sentence, and the names of places at a date.
#include <catch2/catch.hpp>

#include "model/catalog.hpp"
#include "model/quote_edges.hpp"

using kiosk::model::QuoteEdges;
using kiosk::model::quoteEdges;
using kiosk::model::withEllipses;

namespace {

QuoteEdges edgesOf(const std::string& body, const std::string& quote) {
    const size_t at = body.find(quote);
    REQUIRE(at != std::string::npos);
    return quoteEdges(body, at, quote.size());
}

}  // namespace

TEST_CASE("a quote of whole sentences has no ellipsis", "[model][quotes]") {
    const std::string body = "First sentence. Pakistan welcomed the offer. Then more.\n\n\u201CRelations are very good.\u201D";
    const auto whole = edgesOf(body, "Pakistan welcomed the offer.");
    CHECK_FALSE(whole.cutStart);
    CHECK_FALSE(whole.cutEnd);
    CHECK(withEllipses("Pakistan welcomed the offer.", whole) == "Pakistan welcomed the offer.");
    // At a paragraph's start, after an opening quotation mark.
    CHECK_FALSE(edgesOf(body, "Relations are very good.").cutStart);
    CHECK_FALSE(edgesOf(body, "First sentence.").cutStart);
}

TEST_CASE("a quote that starts or stops inside a sentence is marked at that end", "[model][quotes]") {
    const std::string body = "Despite a chill, in 1958, Russia offered aid. Pakistan welcomed the offer and in later years, Ayub visited.";
    const auto tail = edgesOf(body, "Pakistan welcomed the offer");
    CHECK_FALSE(tail.cutStart);
    CHECK(tail.cutEnd);
    CHECK(withEllipses("Pakistan welcomed the offer", tail) == "Pakistan welcomed the offer\u2026");
    const auto head = edgesOf(body, "in 1958, Russia offered aid.");
    CHECK(head.cutStart);
    CHECK_FALSE(head.cutEnd);
    CHECK(withEllipses("in 1958, Russia offered aid.", head) == "\u2026in 1958, Russia offered aid.");
    // A sentence run on without a space ("Pakistan.The Soviets") still ends at the full stop.
    const std::string runOn = "more critical of India than Pakistan.The Soviets formally conveyed an invitation.";
    CHECK_FALSE(edgesOf(runOn, "The Soviets formally conveyed an invitation.").cutStart);
    // Ending on a comma, as "and said," does before a quotation in the next paragraph.
    CHECK(edgesOf("He was impressed and said,\n\n\u201CVery good.\u201D", "He was impressed and said,").cutEnd);
}

TEST_CASE("offsets outside the article count as whole sentences", "[model][quotes]") {
    const auto e = quoteEdges("short", 3, 10);
    CHECK_FALSE(e.cutStart);
    CHECK_FALSE(e.cutEnd);
}

TEST_CASE("a place is named as at the date, with today's name beside it", "[model][places]") {
    kiosk::model::Place dhaka{"dhaka", "Dhaka", "Bangladesh", 23.8, 90.4, 0, {{1972, "", "East Pakistan"}, {1982, "Dacca", ""}}};
    CHECK(kiosk::model::placeLabelAt(dhaka, 1971) == "Dhaka, East Pakistan (today in Bangladesh)");
    CHECK(kiosk::model::placeNameAt(dhaka, 1975) == "Dacca (today Dhaka)");
    CHECK(kiosk::model::placeLabelAt(dhaka, 1975) == "Dacca (today Dhaka)");
    CHECK(kiosk::model::placeLabelAt(dhaka, 1990) == "Dhaka");
    CHECK(kiosk::model::placeCountryAt(dhaka, 1971) == "East Pakistan");
    CHECK(kiosk::model::placeCountryAt(dhaka, 1990) == "Bangladesh");
}

TEST_CASE("a quote within a quote is printed with single marks, never a doubled closing mark", "[model][quotes]") {
    using kiosk::model::quotedForDisplay;
    // The content's own case: the quote ends on a quoted word.
    CHECK(quotedForDisplay("relations were essentially \u201Chostile.\u201D") == "\u201Crelations were essentially \u2018hostile.\u2019\u201D");
    // Straight marks: opening after a space or at the start, closing after a word.
    CHECK(quotedForDisplay("it was \"hostile.\"") == "\u201Cit was \u2018hostile.\u2019\u201D");
    CHECK(quotedForDisplay("\"Cordial\" ties") == "\u201C\u2018Cordial\u2019 ties\u201D");
    CHECK(quotedForDisplay("the (\"bipolar\") pattern") == "\u201Cthe (\u2018bipolar\u2019) pattern\u201D");
    // Apostrophes and plain text are left as they are.
    CHECK(quotedForDisplay("Pakistan\u2019s ties") == "\u201CPakistan\u2019s ties\u201D");
    CHECK(quotedForDisplay("") == "\u201C\u201D");
    // Never two closing double marks in a row, whatever the quote holds.
    for (const char* q : {"a \u201Cb\u201D", "\"x\"", "\u201C\u201D\"\"", "end.\u201D"}) {
        const std::string shown = quotedForDisplay(q);
        CHECK(shown.find("\u201D\u201D") == std::string::npos);
        CHECK(shown.find("\"") == std::string::npos);
    }
}
