// translation.hpp: the exhibit's prose in the language on show. Every translatable field of the catalog has a
// key; the content tool stores each language's text by key, and the app writes one language's text into the
// catalog in place when a visitor changes language (English back from the fields as loaded), so every pane keeps
// reading the one catalog and indices never change.
//
// Keys: "<kind>/<id>/<field>", with list items numbered from 0:
//   exhibit//title  exhibit//subtitle  exhibit//welcome  exhibit//tour_caption  exhibit//search/<i>
//   about//intro  about/<i>/heading  about/<i>/text
//   event/<id>/{title,in_short,summary,note,quote/<i>}     era/<id>/{name,summary,note}
//   theme/<id>/{name,short,description}                   person/<id>/{name,role}
//   place/<id>/{name,country,former/<i>/name,former/<i>/country}
//   disagreement/<id>/{topic,note,claim/<i>/says,claim/<i>/quote}    figure/<id>/{label,unit,quote,note}
//   article/<id>/{note,title}  (title only where the exhibit wrote it: title_is_descriptive)
//   historical/<id>/{name,label/<member>}   country/<Natural Earth name>/name
// A quote's key holds the exhibit's translation shown beside the verbatim English, never in place of it.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/catalog.hpp"

namespace kiosk::model {

std::string fieldKey(std::string_view kind, std::string_view id, std::string_view field);

// Calls `visit(key, text, source)` for every translatable field of `catalog`, in a stable order; the visitor may
// rewrite `text`. `source` is what a translation of the field translates: the field itself, except for a quote,
// whose `text` is its translation slot and `source` the verbatim quote. Fields with an empty source (an event
// without a note) are visited too.
using FieldVisitor = std::function<void(const std::string& key, std::string& text, const std::string& source)>;
void forEachTranslatableField(Catalog& catalog, const FieldVisitor& visit);

// Each translatable field's text as the catalog holds it now (right after loading: the English).
TranslatedFields currentFields(const Catalog& catalog);

// Writes `language`'s text into every field that has one and `english`'s into the rest (a visible fallback to the
// English, which `kiosk-content stats` reports); "en" or an unknown language shows the English throughout.
// Returns how many fields fell back to English.
size_t showLanguage(Catalog& catalog, std::string_view language, const TranslatedFields& english);

// The translatable fields with a source that `language`'s translations lack, in visiting order (of a catalog in
// English, as loaded).
std::vector<std::string> missingTranslations(const Catalog& catalog, std::string_view language);

}  // namespace kiosk::model
