// reading_grade_test.cpp: syllables by rule against a dictionary's counts, and the Flesch-Kincaid grade of sentences
// worked out by hand from those counts.
#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "model/reading_grade.hpp"

using kiosk::model::countForReading;
using kiosk::model::countSyllables;
using kiosk::model::fleschKincaidGrade;

TEST_CASE("syllables of everyday words match the dictionary", "[model][reading]") {
    // Counts as a dictionary divides the words (Merriam-Webster's hyphenation of the spoken word).
    const std::pair<const char*, int> words[] = {
        {"the", 1},       {"a", 1},         {"made", 1},     {"table", 2},     {"people", 2},      {"times", 1},
        {"boxes", 2},     {"changes", 2},   {"signed", 1},   {"visited", 3},   {"wanted", 2},      {"agreed", 2},
        {"lately", 2},    {"statement", 2}, {"settlement", 3}, {"nation", 2},  {"period", 3},      {"India", 3},
        {"Indian", 3},    {"Russia", 2},    {"Soviet", 3},   {"actual", 3},    {"language", 2},    {"terrorism", 4},
        {"year", 1},      {"war", 1},       {"friendly", 2}, {"together", 3},  {"Pakistan", 3},    {"relations", 3},
        {"visit", 2},     {"leader", 2},    {"creature", 2}, {"Australian", 4}, {"reptilian", 4},  {"true", 1},
        {"continue", 3},  {"one", 1},       {"are", 1},      {"special", 2},   {"quiet", 2},       {"minister", 3},
    };
    for (const auto& [word, syllables] : words) {
        INFO(word);
        CHECK(countSyllables(word) == syllables);
    }
}

TEST_CASE("numbers count one syllable and initialisms their letters", "[model][reading]") {
    // A number is one, as in most readability tools: a year is read at a glance, not sounded out.
    CHECK(countSyllables("1971") == 1);
    CHECK(countSyllables("1950s") == 1);
    CHECK(countSyllables("22nd") == 1);
    CHECK(countSyllables("2,000") == 1);
    CHECK(countSyllables("US") == 2);      // U S
    CHECK(countSyllables("USSR") == 4);    // U S S R
    CHECK(countSyllables("NATO") == 2);    // na-to, said as a word
    CHECK(countSyllables("India-Pakistan") == 6);
    CHECK(countSyllables("Pakistan\u2019s") == 3);
    CHECK(countSyllables("war,") == 1);
    CHECK(countSyllables("\u2014") == 0);
}

TEST_CASE("the Flesch-Kincaid grade of sentences worked out by hand", "[model][reading]") {
    // 13 words, 26 syllables (Aus-tra-li-an 4, plat-y-pus 3, seem-ing-ly 3, hy-brid 2, mam-mal 2, rep-til-i-an 4,
    // crea-ture 2, six of one): 0.39 x 13 + 11.8 x 2 - 15.59 = 13.08.
    const char* platypus = "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.";
    const auto counts = countForReading(platypus);
    CHECK(counts.sentences == 1);
    CHECK(counts.words == 13);
    CHECK(counts.syllables == 26);
    CHECK(fleschKincaidGrade(platypus) == Approx(13.08).margin(0.005));
    // 6 words of one syllable each: 0.39 x 6 + 11.8 - 15.59 = -1.45, easier than any school year.
    CHECK(fleschKincaidGrade("The cat sat on the mat.") == Approx(-1.45).margin(0.005));
    // Two sentences, 9 words, 13 syllables (Pa-ki-stan 3, Mos-cow 2, friend-ly 2): 0.39 x 4.5 + 11.8 x 13 / 9 - 15.59.
    CHECK(fleschKincaidGrade("Pakistan and Moscow were friendly. Then they were not.") == Approx(3.21).margin(0.005));
    // An em dash is not a word.
    CHECK(countForReading("Peace \u2014 at last.").words == 3);
    CHECK(fleschKincaidGrade("") == 0);
}

TEST_CASE("a long sentence of long words grades far above a short plain one", "[model][reading]") {
    const double plain = fleschKincaidGrade("The two countries signed a deal to build a steel mill in Karachi.");
    const double dense = fleschKincaidGrade(
        "Notwithstanding considerable ideological divergences, bilateral cooperation intensified substantially "
        "following the establishment of institutional mechanisms for economic collaboration.");
    CHECK(plain < 7);
    CHECK(dense > 16);
}
