// translation_fields.hpp: the shapes the exhibit's translations take in memory: its prose by field key, and the
// interface's phrases. model/translation applies them to a catalog; model/phrase_book looks phrases up.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

namespace kiosk::model {

// One language's translations of the exhibit's prose, by field key ("event/war-1971/title", see translation.hpp).
using TranslatedFields = std::unordered_map<std::string, std::string>;

// English phrase -> its translation's forms: one form, or the plural forms in the language's order.
using PhraseTable = std::unordered_map<std::string, std::vector<std::string>>;

}  // namespace kiosk::model
