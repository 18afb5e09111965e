// phrase_book.hpp: the interface's phrases in the visitor's language. Every phrase the kiosk shows a visitor is
// written in the code in English and passed through tr / trf / trn; the English is the key into the language's
// table (data/interface/<lang>.toml, read by the content side), and the phrase itself when a table lacks it.
// Whole sentences with {name} placeholders, never sentences built from translated pieces: word order, cases and
// plurals differ between English, Urdu and Russian.
//
// One process-wide current language, set by the app (the frame thread) when the visitor's language changes; draw
// code reads it on the same thread. Staff-only text (staff panel, PIN keypad, preview panel, logs) stays English
// and does not go through here.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/translation_fields.hpp"  // PhraseTable

namespace kiosk::model {


// A placeholder's name and its value, as trf and trn take them: {"query", text}.
using PhraseArgs = std::initializer_list<std::pair<std::string_view, std::string>>;

// Makes `language` current with its phrases. A null table means English (the phrases as the code writes them).
// The caller (the app) owns the table and keeps it alive until the next setPhrases.
void setPhrases(std::string language, const PhraseTable* table);
// The current language's code ("en" until setPhrases says otherwise).
const std::string& currentPhraseLanguage();

// The phrase in the current language, or the English itself when the table lacks it (or has it with no form).
// The pointer stays valid until the next setPhrases.
const char* tr(const char* english);
// tr, then every "{name}" replaced by its value; a placeholder without a value is left as written.
std::string trf(const char* english, PhraseArgs args);
// A phrase about a count: the form pluralForm gives for `n`, with "{n}" = formatInteger(n) and the other placeholders
// from `args`. The table's key is `englishOther`; without a translation, English's own one/other.
std::string trn(const char* englishOne, const char* englishOther, long n, PhraseArgs args = {});

// Which plural form `n` takes in `language`, as an index into a PhraseTable entry: English and Urdu 0 one (n == 1),
// 1 other; Russian (CLDR, integers) 0 one (1, 21, 31... but not 11), 1 few (2-4, 22-24... but not 12-14), 2 many.
int pluralForm(std::string_view language, long n);
// How many plural forms `language` has: 3 for Russian, 2 for the others.
int pluralFormCount(std::string_view language);

// `n` written for the current language: English and Urdu "12,345", Russian "12 345" (a no-break space, U+00A0).
// Urdu keeps Western digits 0-9, as Pakistan's official and press usage does for dates and counts; that also lets
// a visitor search "1971" in any language and lets the content tool check that no date changed in translation.
std::string formatInteger(long n);

// Fills "{name}" placeholders of `pattern` from `args` (the engine of trf; exposed for tests and the content tool).
std::string fillPlaceholders(std::string_view pattern, PhraseArgs args);

}  // namespace kiosk::model
