// search_folding_test.cpp: the letters search treats as one, in Urdu and Russian, and text it leaves alone.
#include <catch2/catch.hpp>

#include "model/search_folding.hpp"

using kiosk::model::foldForSearch;

TEST_CASE("search folds Arabic letters to Urdu's and drops diacritics", "[model][search][languages]") {
    CHECK(foldForSearch("\u0643\u0634\u0645\u064A\u0631") == "\u06A9\u0634\u0645\u06CC\u0631");  // كشمير -> کشمیر
    CHECK(foldForSearch("\u0647") == "\u06C1");                                                  // ه -> ہ
    CHECK(foldForSearch("\u0649") == "\u06CC");                                                  // ى -> ی
    CHECK(foldForSearch("\u06A9\u064E\u0634\u0645\u0650\u06CC\u0631") == "\u06A9\u0634\u0645\u06CC\u0631");  // zabar, zer gone
    CHECK(foldForSearch("\u06CC\u062D\u06CC\u06CC\u0670") == "\u06CC\u062D\u06CC\u06CC");      // یحییٰ: the superscript alef
    CHECK(foldForSearch("\u06F1\u06F9\u06F7\u06F1 \u0661\u0669\u0667\u0661") == "1971 1971");  // ۱۹۷۱ and ١٩٧١
    CHECK(foldForSearch("\u0628\u06BE\u0679\u0648") == "\u0628\u06BE\u0679\u0648");             // بھٹو: Urdu letters unchanged
}

TEST_CASE("search folds the Russian yo and leaves every other text byte for byte", "[model][search][languages]") {
    CHECK(foldForSearch("\u0451\u043B\u043A\u0430 \u0401") == "\u0435\u043B\u043A\u0430 \u0415");  // ёлка Ё -> елка Е
    const std::string untouched = "Tashkent, 1966 \u2014 caf\u00E9 \u4E2D\u6587 \xF0\x9F\x98\x80";
    CHECK(foldForSearch(untouched) == untouched);
    CHECK(foldForSearch("\xD8") == "\xD8");  // a cut sequence passes through, never read past the end
    CHECK(foldForSearch("") == "");
}
