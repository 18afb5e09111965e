// reading_grade.hpp: how hard a text is to read, as a Flesch-Kincaid grade level (the US school year a reader of it
// is in): the content tool checks each event's plain-language line with it.
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>

namespace kiosk::model {

struct ReadingCounts {
    int sentences = 0, words = 0, syllables = 0;
};

// Syllables of one word as a reader says it, by a heuristic (vowel groups, a silent final e, -es and -ed that add
// none, vowel pairs said as two such as the "ia" of India): it matches a dictionary on most everyday words and may
// be one off on a name. A number counts as one (see the .cpp); an initialism in capitals as its letters ("USSR", 4). Punctuation around the word is ignored; a hyphenated word sums its parts. At least 1 for
// a word with a letter or a digit, 0 for none.
int countSyllables(std::string_view word);

// Names a reader already knows: each counts as one syllable, whatever its length. A visitor reads "Afghanistan" on
// the map and "Zulfikar Ali Bhutto" under "Who" before the line that names them; the Dale-Chall formula counts names
// as familiar words, and the Gunning fog index leaves them out of its hard words, for the same reason. Words as
// written, with capitals ("Soviet", "Union"); a possessive ("Russia's") matches its name.
using KnownNames = std::unordered_set<std::string>;

// The capitalised words of names such as "Washington, D.C." or "Osama bin Laden", added to `names`.
void addNameWords(KnownNames& names, std::string_view name);

// Sentences (ending at '.', '!' or '?', at least 1 for a text with a word), words (separated by spaces) and their
// syllables, a known name counting one.
ReadingCounts countForReading(std::string_view text, const KnownNames& names = {});

// 0.39 x words per sentence + 11.8 x syllables per word - 15.59 (Kincaid et al., 1975): the US school grade of a
// reader of the text; a twelve-year-old is in grade 6 or 7. 0 for a text without words.
double fleschKincaidGrade(std::string_view text, const KnownNames& names = {});

}  // namespace kiosk::model
