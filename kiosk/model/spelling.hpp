// spelling.hpp: "did you mean": the exhibit's own words, and the nearest of
// them to a word that matches nothing.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::model {

// Every word the search index holds, once, as its tokenizer wrote it
// (lower-case, without diacritics), sorted, with the number of entries (events,
// articles) holding it. Read from the index once when the catalog is loaded.
struct Vocabulary {
  struct Word {
    std::string key;
    int count = 0;
  };
  std::vector<Word> words; // sorted by key (byte order)

  // True when some word starts with `prefix` (lower-case): such a term finds
  // something as an FTS5 prefix.
  bool hasPrefix(std::string_view prefix) const;
};

// Edit distance (insertions, deletions, substitutions and swaps of neighbours),
// stopping early once it must exceed `limit` (then returns limit + 1).
int editDistance(std::string_view a, std::string_view b, int limit);

// For a query with a term no word of the exhibit starts with (a typo: "bhuto"),
// the query with each such term replaced by the nearest word (at most one edit
// for short words, two for words of six letters or more; the more frequent word
// on a tie): "bhutto". Empty when every term is fine or nothing is near.
std::string suggestSpelling(std::string_view typed,
                            const Vocabulary &vocabulary);

} // namespace kiosk::model
