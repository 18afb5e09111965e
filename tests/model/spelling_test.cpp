// spelling_test.cpp: "did you mean": edit distance and the nearest word of the
// exhibit to a term that finds nothing.
#include <catch2/catch.hpp>

#include "model/spelling.hpp"

using namespace kiosk::model;

namespace {

Vocabulary vocabulary() {
  Vocabulary v;
  for (const auto &[word, count] :
       std::vector<std::pair<std::string, int>>{{"bhutto", 12},
                                                {"button", 1},
                                                {"gas", 9},
                                                {"karachi", 20},
                                                {"moscow", 40},
                                                {"pakistan", 90},
                                                {"tashkent", 6},
                                                {"treaty", 8}})
    v.words.push_back({word, count});
  return v;
}

} // namespace

TEST_CASE("edit distance counts insertions, deletions, substitutions and "
          "swaps, and stops past its limit",
          "[spelling]") {
  CHECK(editDistance("bhuto", "bhutto", 2) == 1);
  CHECK(editDistance("tahskent", "tashkent", 2) == 1); // two neighbours swapped
  CHECK(editDistance("moskow", "moscow", 2) == 1);
  CHECK(editDistance("karachi", "karachi", 2) == 0);
  CHECK(editDistance("abc", "xyzxyz", 2) == 3); // limit + 1
  CHECK(editDistance("", "ab", 2) == 2);
}

TEST_CASE("a typo gets the nearest word of the exhibit", "[spelling]") {
  const Vocabulary v = vocabulary();
  CHECK(suggestSpelling("bhuto", v) == "bhutto");
  CHECK(suggestSpelling("Bhuto", v) == "bhutto");
  CHECK(suggestSpelling("tahskent", v) == "tashkent");
  CHECK(suggestSpelling("moskow treaty", v) ==
        "moscow treaty"); // the known word stays
  CHECK(suggestSpelling("pakistans", v) == "pakistan");
}

TEST_CASE("no suggestion when every term finds something or nothing is near",
          "[spelling]") {
  const Vocabulary v = vocabulary();
  CHECK(suggestSpelling("bhut", v)
            .empty()); // a prefix of a word: the search finds it
  CHECK(suggestSpelling("pakistan", v).empty());
  CHECK(suggestSpelling("zzzqqq", v).empty()); // nothing near
  CHECK(suggestSpelling("bhuto zzzqqq", v)
            .empty()); // one term beyond help: the rest alone would still find
                       // nothing
  CHECK(suggestSpelling("1917", v).empty()); // numbers are left alone
  CHECK(suggestSpelling("gaz", v).empty() == false);
  CHECK(suggestSpelling("", v).empty());
  CHECK(suggestSpelling("bhuto", Vocabulary{}).empty());
}

TEST_CASE("a tie goes to the more frequent word", "[spelling]") {
  Vocabulary v;
  v.words = {{"cat", 1}, {"car", 50}, {"cap", 3}};
  CHECK(suggestSpelling("caz", v) == "car");
}

TEST_CASE("hasPrefix finds words by their start only", "[spelling]") {
  const Vocabulary v = vocabulary();
  CHECK(v.hasPrefix("bhu"));
  CHECK(v.hasPrefix("treaty"));
  CHECK_FALSE(v.hasPrefix("reaty"));
  CHECK_FALSE(v.hasPrefix("zz"));
}
