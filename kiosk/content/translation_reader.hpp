// translation_reader.hpp: reads the exhibit's translations (data/translations/<lang>/<file>.toml, each mirroring
// one source file record by record) and the interface's phrases (data/interface/<lang>.toml), checking each
// against the English as loaded: every record and field must exist in the source, every quote of the source gets
// one translation in its order, and every number of the English must appear in the translation (so no date or
// figure changes in translation). A field left out is not an error: the kiosk shows the English for it, visibly,
// and `kiosk-content stats` lists it.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

#include <toml++/toml.h>

#include "content/diagnostics.hpp"
#include "model/catalog.hpp"

namespace kiosk::content {

// The source files a language may translate, by their name under data/translations/<lang>/.
const std::vector<std::string>& translatableFiles();

// Every translatable field's source text (what its translation translates), by key: built once from the English
// catalog as loaded and shared by every file of every language.
using EnglishSources = std::unordered_map<std::string, std::string>;
EnglishSources englishSources(const model::Catalog& english);

// Reads `doc`, the translation into `language` of source file `file` (a name of translatableFiles()), into `into`,
// checked against `english` (englishSources of the catalog as loaded); `path` is the file's name for diagnostics.
void readTranslation(const toml::table& doc, const std::string& path, std::string_view file, std::string_view language,
                     const EnglishSources& english, Diagnostics& diagnostics, model::TranslatedFields& into);

// Reads data/interface/<language>.toml: `language = "ur"` and a [phrases] table of English phrase = translation,
// or = [forms] for a phrase with plural forms (as many as the language has: model::pluralFormCount).
void readInterfacePhrases(const toml::table& doc, const std::string& path, std::string_view language, Diagnostics& diagnostics,
                          model::PhraseTable& into);

}  // namespace kiosk::content
