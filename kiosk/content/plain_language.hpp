// plain_language.hpp: the rules for an event's "in short" line, the one sentence a twelve-year-old can read that the
// reader shows above the summary: present, one sentence, short, and an easy reading grade.
#pragma once
#include <string>

#include "content/toml_record.hpp"
#include "model/catalog.hpp"
#include "model/reading_grade.hpp"

namespace kiosk::content {

// A twelve-year-old is in US grade 6 or 7: above grade 7 the line is worth simplifying (a warning); above grade 9
// it is as hard as the summaries it stands for (their median is 9.3 on this scale, 11.2 without the names) and
// defeats its purpose (an error). One sentence gives a rough estimate (one long word moves it by about one grade),
// hence a band between the two rather than a single cut-off.
inline constexpr double kInShortGradeWarning = 7.0;
inline constexpr double kInShortGradeError = 9.0;
// About what a young reader takes in at one go, and what fits on two lines of the reader pane.
inline constexpr int kInShortMaxWords = 20;
inline constexpr size_t kInShortMaxChars = 140;

// The names the exhibit shows a visitor before the line (places and their countries, as now and as they were, and
// people): the reading grade counts them as familiar words.
model::KnownNames exhibitNames(const model::Catalog& catalog);

// The event's `in_short` line; every problem with it reported at its line (or at the [[event]] line when missing).
std::string readInShort(const TomlRecord& event, const std::string& eventId, const model::KnownNames& names);

}  // namespace kiosk::content
