// translation_reader.cpp: a translation file is walked as a tree of keys that map onto the catalog's field keys
// (model/translation.hpp); each leaf is checked against the English source of the same key, so one set of rules
// covers every file, and a curator's slip names the file, the line and what to do.
#include "content/translation_reader.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "content/nearest_ids.hpp"
#include "model/phrase_book.hpp"
#include "model/translation.hpp"

namespace kiosk::content {

namespace {

int lineOf(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

// The runs of digits in a text: "3 May 1950" -> {"3", "1950"}.
std::multiset<std::string> numbersIn(std::string_view text) {
    std::multiset<std::string> out;
    std::string run;
    for (char c : text) {
        if (c >= '0' && c <= '9') run += c;
        else if (!run.empty()) out.insert(std::move(run)), run.clear();
    }
    if (!run.empty()) out.insert(run);
    return out;
}

struct Context {
    const std::string& path;
    std::string_view language;
    Diagnostics& diag;
    model::TranslatedFields& into;
    // Every translatable field of the English: its source text, by key.
    const std::unordered_map<std::string, std::string>& sources;
    void error(int line, std::string message) const { diag.error(path, line, std::move(message)); }
};

// One translated text for field `key`, from `node`.
void leaf(const Context& cx, const std::string& key, const toml::node& node, std::string_view what) {
    const auto source = cx.sources.find(key);
    if (source == cx.sources.end()) {
        cx.error(lineOf(node), std::string(what) + " has nothing in the English to translate: remove it");
        return;
    }
    // An English field left empty (or in error, reported where it is) has nothing to show a translation beside.
    if (source->second.empty()) return;
    const auto* text = node.as_string();
    if (!text) {
        cx.error(lineOf(node), std::string(what) + " should be text in quotes");
        return;
    }
    const std::string& value = text->get();
    if (value.find_first_not_of(" \t\r\n") == std::string::npos) {
        cx.error(lineOf(node), std::string(what) + " is empty: write the translation, or leave the key out to show the English");
        return;
    }
    const std::multiset<std::string> have = numbersIn(value);
    for (const std::string& number : numbersIn(source->second))
        if (!have.count(number)) {
            // A translation that lost or changed a number would tell a visitor a different date: the English is
            // shown instead until the translation is mended (a warning, so a fix to the English can still go out).
            cx.diag.warning(cx.path, lineOf(node), std::string(what) + ": the English says " + number +
                                                       " and the translation does not, so the kiosk shows the English here; write every "
                                                       "number and year of the English in the translation, in digits 0-9");
            return;
        }
    cx.into[key] = value;
}

// How many numbered items the English has under `prefix` ("event/war-1971/quote/").
size_t itemsInEnglish(const Context& cx, const std::string& prefix, const std::string& suffix) {
    size_t n = 0;
    while (cx.sources.count(prefix + std::to_string(n) + suffix)) ++n;
    return n;
}

void checkLanguageKey(const Context& cx, const toml::table& doc) {
    const toml::node* language = doc.get("language");
    if (!language) {
        cx.error(1, "the file should say which language it is in: add language = \"" + std::string(cx.language) + "\" at the top");
        return;
    }
    const auto* text = language->as_string();
    if (!text || text->get() != cx.language)
        cx.error(lineOf(*language), "language should be \"" + std::string(cx.language) + "\", the folder this file is in");
}

// The fields of one record: plain keys map to "<base><key>"; `lists` name arrays of texts ("quotes" ->
// "quote/<i>"); `tables` name arrays of tables ("claim" -> "claim/<i>/<field>").
struct RecordShape {
    std::map<std::string, std::string, std::less<>> lists;   // TOML key -> key stem
    std::set<std::string, std::less<>> tables;                // TOML key, also the key stem
};

// An array of texts translating the English's numbered items "<prefix><i>" ("event/war-1971/quote/").
void readList(const Context& cx, const toml::node& node, const std::string& prefix, const std::string& key, const std::string& recordName) {
    const auto* array = node.as_array();
    const size_t expected = itemsInEnglish(cx, prefix, "");
    if (!array) {
        cx.error(lineOf(node), "'" + key + "' should be a list [ ... ] of " + std::to_string(expected) + " texts");
        return;
    }
    if (array->size() != expected) {
        // Out of step with the English, every entry may sit beside the wrong quote: none is used, one error says why.
        cx.error(lineOf(node), "'" + key + "' of " + recordName + " has " + std::to_string(array->size()) + " entries; the English has " +
                                   std::to_string(expected) + ": give one translation for each, in the English's order");
        return;
    }
    for (size_t i = 0; i < array->size() && i < expected; ++i)
        leaf(cx, prefix + std::to_string(i), *array->get(i), "entry " + std::to_string(i + 1) + " of '" + key + "'");
}

// [[key]] tables translating the English's numbered items "<prefix><i>/<field>" ("disagreement/x/claim/0/says").
void readTableList(const Context& cx, const toml::node& node, const std::string& prefix, const std::string& key, const std::string& recordName) {
    const auto* array = node.as_array();
    size_t expected = 0;
    while (std::any_of(cx.sources.begin(), cx.sources.end(),
                       [&](const auto& s) { return s.first.rfind(prefix + std::to_string(expected) + "/", 0) == 0; }))
        ++expected;
    if (!array || !array->is_array_of_tables()) {
        cx.error(lineOf(node), "'" + key + "' should be [[...]] tables, one for each in the English");
        return;
    }
    if (array->size() != expected) {
        cx.error(lineOf(node), recordName + " has " + std::to_string(array->size()) + " [[" + key + "]] entries; the English has " +
                                   std::to_string(expected) + ": give one for each, in the English's order");
        return;
    }
    for (size_t i = 0; i < array->size() && i < expected; ++i)
        for (const auto& [fk, fnode] : *array->get(i)->as_table()) {
            const std::string field(fk.str());
            const std::string fieldKey = prefix + std::to_string(i) + "/" + field;
            if (!cx.sources.count(fieldKey)) {
                // The English's own keys that are not prose (a former name's year) may be repeated for orientation.
                if (field != "until" && field != "member")
                    cx.error(lineOf(fnode), "unknown field '" + field + "' in [[" + key + "]] " + std::to_string(i + 1) + " of " + recordName);
                continue;
            }
            leaf(cx, fieldKey, fnode, "'" + field + "' of [[" + key + "]] " + std::to_string(i + 1));
        }
}

void readFields(const Context& cx, const toml::table& record, const std::string& base, const RecordShape& shape,
                const std::set<std::string, std::less<>>& skip, const std::string& recordName) {
    for (const auto& [k, node] : record) {
        const std::string key(k.str());
        if (skip.count(key)) continue;
        if (const auto list = shape.lists.find(key); list != shape.lists.end()) {
            readList(cx, node, base + list->second + "/", key, recordName);
        } else if (shape.tables.count(key)) {
            readTableList(cx, node, base + key + "/", key, recordName);
        } else if (!cx.sources.count(base + key)) {
            cx.error(lineOf(node), "unknown field '" + key + "' in " + recordName + ": this file translates only the English's own fields");
        } else {
            leaf(cx, base + key, node, "'" + key + "'");
        }
    }
}

struct FileShape {
    const char* record;  // the [[record]] key, or nullptr for exhibit.toml and countries.toml
    const char* kind;    // the field keys' kind
    RecordShape shape;
};

const std::map<std::string, FileShape, std::less<>>& fileShapes() {
    static const std::map<std::string, FileShape, std::less<>> shapes = {
        {"events.toml", {"event", "event", {{{"quotes", "quote"}}, {}}}},
        {"eras.toml", {"era", "era", {}}},
        {"themes.toml", {"theme", "theme", {}}},
        {"places.toml", {"place", "place", {{}, {"former"}}}},
        {"people.toml", {"person", "person", {}}},
        {"disagreements.toml", {"disagreement", "disagreement", {{}, {"claim"}}}},
        {"figures.toml", {"figure", "figure", {}}},
        {"articles.toml", {"article", "article", {}}},
        {"historical_countries.toml", {"country", "historical", {}}},
        {"exhibit.toml", {nullptr, "exhibit", {}}},
        {"countries.toml", {nullptr, "country", {}}},
    };
    return shapes;
}

void readRecords(const Context& cx, const toml::table& doc, const FileShape& file) {
    std::vector<std::string> knownIds;
    const std::string kindPrefix = std::string(file.kind) + "/";
    for (const auto& [key, text] : cx.sources)
        if (key.rfind(kindPrefix, 0) == 0) {
            const std::string id = key.substr(kindPrefix.size(), key.find('/', kindPrefix.size()) - kindPrefix.size());
            if (std::find(knownIds.begin(), knownIds.end(), id) == knownIds.end()) knownIds.push_back(id);
        }
    std::set<std::string> seen;
    for (const auto& [k, node] : doc) {
        const std::string key(k.str());
        if (key == "language") continue;
        if (key != file.record || !node.is_array_of_tables()) {
            cx.error(lineOf(node), "unexpected '" + key + "': this file holds language = \"...\" and [[" + file.record + "]] tables");
            continue;
        }
        for (const toml::node& recordNode : *node.as_array()) {
            const toml::table& record = *recordNode.as_table();
            const auto* idNode = record.get("id");
            const std::string id = idNode && idNode->as_string() ? idNode->as_string()->get() : "";
            if (id.empty()) {
                cx.error(lineOf(recordNode), "this [[" + std::string(file.record) + "]] has no id: give the id of the record it translates");
                continue;
            }
            if (std::find(knownIds.begin(), knownIds.end(), id) == knownIds.end()) {
                cx.error(lineOf(*idNode), "no " + std::string(file.record) + " '" + id + "' in the English" + didYouMean(id, knownIds));
                continue;
            }
            if (!seen.insert(id).second) {
                cx.error(lineOf(*idNode), "'" + id + "' is translated twice in this file: keep one");
                continue;
            }
            const std::string base = kindPrefix + id + "/";
            if (std::string_view(file.kind) == "historical") {
                // [[country.part]] labels follow the English's labelled members, in order.
                std::vector<std::string> labelled;
                const std::string stem = base + "label/";
                for (const auto& [sk, sv] : cx.sources)
                    if (sk.rfind(stem, 0) == 0) labelled.push_back(sk);
                std::sort(labelled.begin(), labelled.end());
                readFields(cx, record, base, file.shape, {"id", "part"}, "'" + id + "'");
                if (const auto* parts = record.get("part"); parts && parts->as_array()) {
                    const auto& array = *parts->as_array();
                    if (array.size() != labelled.size())
                        cx.error(lineOf(*parts), "'" + id + "' has " + std::to_string(array.size()) + " [[country.part]] labels; the English has " +
                                                     std::to_string(labelled.size()));
                    for (size_t i = 0; i < array.size() && i < labelled.size(); ++i)
                        if (const auto* part = array.get(i)->as_table(); part && part->get("label"))
                            leaf(cx, labelled[i], *part->get("label"), "the label of [[country.part]] " + std::to_string(i + 1));
                }
                continue;
            }
            readFields(cx, record, base, file.shape, {"id"}, "'" + id + "'");
        }
    }
}

void readExhibit(const Context& cx, const toml::table& doc) {
    static const std::map<std::string, std::string, std::less<>> top = {
        {"title", "exhibit//title"}, {"subtitle", "exhibit//subtitle"}, {"welcome", "exhibit//welcome"}, {"tour_caption", "exhibit//tour_caption"}};
    for (const auto& [k, node] : doc) {
        const std::string key(k.str());
        if (key == "language") continue;
        if (const auto it = top.find(key); it != top.end()) {
            leaf(cx, it->second, node, "'" + key + "'");
        } else if (key == "search_suggestions") {
            readList(cx, node, "exhibit//search/", key, "the exhibit");
        } else if (key == "about" && node.is_table()) {
            for (const auto& [ak, anode] : *node.as_table()) {
                const std::string akey(ak.str());
                if (akey == "intro") leaf(cx, "about//intro", anode, "'intro' of [about]");
                else if (akey == "section") readTableList(cx, anode, "about/", akey, "[about]");
                else cx.error(lineOf(anode), "unknown field '" + akey + "' in [about]");
            }
        } else {
            cx.error(lineOf(node), "unknown field '" + key + "': exhibit.toml translates title, subtitle, welcome, tour_caption, "
                                                           "search_suggestions and [about]");
        }
    }
}

}  // namespace

const std::vector<std::string>& translatableFiles() {
    static const std::vector<std::string> files = [] {
        std::vector<std::string> out;
        for (const auto& [name, shape] : fileShapes()) out.push_back(name);
        return out;
    }();
    return files;
}

EnglishSources englishSources(const model::Catalog& english) {
    EnglishSources sources;
    model::Catalog& catalog = const_cast<model::Catalog&>(english);  // the visitor only reads here
    model::forEachTranslatableField(catalog, [&](const std::string& key, std::string&, const std::string& source) { sources.emplace(key, source); });
    return sources;
}

void readTranslation(const toml::table& doc, const std::string& path, std::string_view file, std::string_view language,
                     const EnglishSources& sources, Diagnostics& diagnostics, model::TranslatedFields& into) {
    const Context cx{path, language, diagnostics, into, sources};
    checkLanguageKey(cx, doc);
    const auto shape = fileShapes().find(file);
    if (shape == fileShapes().end()) return;
    if (file == "exhibit.toml") {
        readExhibit(cx, doc);
    } else if (file == "countries.toml") {
        for (const auto& [k, node] : doc) {
            const std::string key(k.str());
            if (key == "language") continue;
            if (key != "names" || !node.is_table()) {
                cx.error(lineOf(node), "unexpected '" + key + "': this file holds language = \"...\" and a [names] table");
                continue;
            }
            for (const auto& [name, value] : *node.as_table()) {
                const std::string fieldKey = model::fieldKey("country", name.str(), "name");
                if (!sources.count(fieldKey)) {
                    cx.error(lineOf(value), "'" + std::string(name.str()) + "' is not a country of the map (its Natural Earth name)");
                    continue;
                }
                leaf(cx, fieldKey, value, "the name of '" + std::string(name.str()) + "'");
            }
        }
    } else {
        readRecords(cx, doc, shape->second);
    }
}

void readInterfacePhrases(const toml::table& doc, const std::string& path, std::string_view language, Diagnostics& diagnostics,
                          model::PhraseTable& into) {
    model::TranslatedFields unused;
    const std::unordered_map<std::string, std::string> none;
    const Context cx{path, language, diagnostics, unused, none};
    checkLanguageKey(cx, doc);
    const int forms = model::pluralFormCount(language);
    for (const auto& [k, node] : doc) {
        const std::string key(k.str());
        if (key == "language") continue;
        if (key != "phrases" || !node.is_table()) {
            cx.error(lineOf(node), "unexpected '" + key + "': this file holds language = \"...\" and a [phrases] table");
            continue;
        }
        for (const auto& [english, value] : *node.as_table()) {
            std::vector<std::string> texts;
            if (const auto* one = value.as_string()) {
                texts.push_back(one->get());
            } else if (const auto* list = value.as_array()) {
                for (const toml::node& item : *list)
                    if (const auto* s = item.as_string()) texts.push_back(s->get());
                if (static_cast<int>(texts.size()) != forms || texts.size() != list->size()) {
                    cx.error(lineOf(value), "the phrase \"" + std::string(english.str()) + "\" should have " + std::to_string(forms) +
                                                " plural forms in quotes, in the order " + (forms == 3 ? "one, few, many" : "one, other"));
                    continue;
                }
            } else {
                cx.error(lineOf(value), "the phrase \"" + std::string(english.str()) + "\" should be text in quotes");
                continue;
            }
            if (std::any_of(texts.begin(), texts.end(), [](const std::string& t) { return t.find_first_not_of(" \t") == std::string::npos; })) {
                cx.error(lineOf(value), "the phrase \"" + std::string(english.str()) + "\" is empty: translate it, or remove it to show the English");
                continue;
            }
            // Every {placeholder} of the English must be kept: the kiosk puts the number or name there.
            const std::string en(english.str());
            bool ok = true;
            for (size_t open = en.find('{'); open != std::string::npos && ok; open = en.find('{', open + 1)) {
                const size_t close = en.find('}', open);
                if (close == std::string::npos) break;
                const std::string placeholder = en.substr(open, close - open + 1);
                for (const std::string& t : texts)
                    if (t.find(placeholder) == std::string::npos) {
                        cx.error(lineOf(value), "the translation of \"" + en + "\" lacks " + placeholder + ": keep it where the value goes");
                        ok = false;
                        break;
                    }
            }
            if (ok) into[en] = std::move(texts);
        }
    }
}

}  // namespace kiosk::content
