// search_folding.hpp: what search treats as the same letter, in every language the exhibit speaks, applied alike to
// the text indexed and to what a visitor types (SQLite's unicode61 tokenizer already folds case and Latin accents).
#pragma once
#include <string>
#include <string_view>

namespace kiosk::model {

// Arabic script as Urdu writes it: Arabic yeh and alef maksura (ي ى) are Farsi/Urdu yeh (ی), Arabic kaf (ك) is
// keheh (ک), Arabic heh (ه) and teh marbuta goal (ۃ) are heh goal (ہ); harakat, the superscript alef, Quranic marks
// and tatweel go; Arabic-Indic and Extended Arabic-Indic digits are 0-9. Russian: ё is е (as most print writes it).
// Everything else passes through unchanged, byte for byte.
std::string foldForSearch(std::string_view utf8);

}  // namespace kiosk::model
