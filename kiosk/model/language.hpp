// language.hpp: the languages the exhibit can speak, named by their ISO 639-1 codes. The one list every layer asks:
// the config checks codes against it, the reducer keeps the visitor's choice in it, the text and phrase layers ask
// it for the script's direction, the language button for each language's own name.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::model {

struct LanguageInfo {
    std::string_view code;        // "en", "ur", "ru"
    std::string_view ownName;     // what the language calls itself, as the language button shows it
    std::string_view englishName; // for logs, --check and the staff panel
    bool rightToLeft = false;     // its script runs right to left: the layout mirrors
};

// Every language the program knows, English first (English is the content's source language and the fallback).
const std::vector<LanguageInfo>& knownLanguages();
// The language with this code, or null.
const LanguageInfo* findLanguage(std::string_view code);

}  // namespace kiosk::model
