// phrase_book_test.cpp: plural rules, number grouping, placeholders and English fallback of the phrase book, and
// the string tables' completeness: every phrase the code passes to tr / trf / trn has its translation in
// data/interface/<lang>.toml, with the right number of forms and the English's placeholders.
#include <catch2/catch.hpp>

#include <toml++/toml.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "model/date.hpp"
#include "model/language.hpp"
#include "model/phrase_book.hpp"

using namespace kiosk::model;

namespace {

// Restores English when a test ends, whatever it set.
struct EnglishAfter {
    ~EnglishAfter() { setPhrases("en", nullptr); }
};

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void appendUtf8(std::string& out, unsigned c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// A C++ string literal's text as the program sees it: \uXXXX, \" and \\ decoded.
std::string decodeLiteral(const std::string& literal) {
    std::string out;
    for (size_t i = 0; i < literal.size(); ++i) {
        if (literal[i] != '\\' || i + 1 >= literal.size()) {
            out += literal[i];
            continue;
        }
        const char next = literal[++i];
        if (next == 'u' && i + 4 < literal.size()) {
            appendUtf8(out, static_cast<unsigned>(std::stoul(literal.substr(i + 1, 4), nullptr, 16)));
            i += 4;
        } else if (next == 'n') {
            out += '\n';
        } else {
            out += next;
        }
    }
    return out;
}

struct UsedPhrase {
    bool plural = false;
    std::string where;
};

// Every phrase key the interface code uses: tr("..."), trf("...", ...) and trn("one", "other", ...) (keyed by the
// other form) in kiosk/ui/*.cpp and kiosk/model/*.cpp.
std::map<std::string, UsedPhrase> usedPhrases() {
    const std::filesystem::path root = KIOSK_SOURCE_DIR;
    const std::string literal = R"lit("((?:[^"\\]|\\.)*)")lit";
    const std::regex call("(^|[^A-Za-z0-9_])(trn|trf|tr)\\(\\s*" + literal + "(?:\\s*,\\s*" + literal + ")?");
    std::map<std::string, UsedPhrase> used;
    for (const char* folder : {"kiosk/ui", "kiosk/model"}) {
        for (const auto& entry : std::filesystem::directory_iterator(root / folder)) {
            if (entry.path().extension() != ".cpp") continue;
            const std::string source = readFile(entry.path());
            for (std::sregex_iterator it(source.begin(), source.end(), call), end; it != end; ++it) {
                const std::smatch& m = *it;
                const bool plural = m[2] == "trn";
                if (plural && !m[4].matched) continue;  // not a call with two literals (a declaration, a comment)
                const std::string key = decodeLiteral(plural ? m[4].str() : m[3].str());
                UsedPhrase& u = used[key];
                u.plural = u.plural || plural;
                u.where = entry.path().filename().string();
            }
        }
    }
    return used;
}

std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> names;
    static const std::regex braces("\\{([A-Za-z]+)\\}");
    for (std::sregex_iterator it(text.begin(), text.end(), braces), end; it != end; ++it) names.insert((*it)[1].str());
    return names;
}

// A language's table as the kiosk gets it: key -> forms.
PhraseTable loadTable(const std::string& language) {
    const auto path = std::filesystem::path(KIOSK_SOURCE_DIR) / "data" / "interface" / (language + ".toml");
    const toml::table file = toml::parse_file(path.string());
    PhraseTable table;
    REQUIRE(file["language"].value_or(std::string()) == language);
    const toml::table* phrases = file["phrases"].as_table();
    REQUIRE(phrases);
    for (const auto& [key, value] : *phrases) {
        std::vector<std::string>& forms = table[std::string(key.str())];
        if (const auto* one = value.as_string()) forms.push_back(one->get());
        else if (const auto* many = value.as_array())
            for (const auto& form : *many)
                if (const auto* s = form.as_string()) forms.push_back(s->get());
    }
    return table;
}

}  // namespace

TEST_CASE("Russian plural forms follow the CLDR rule", "[phrases]") {
    CHECK(pluralForm("ru", 1) == 0);
    CHECK(pluralForm("ru", 2) == 1);
    CHECK(pluralForm("ru", 5) == 2);
    CHECK(pluralForm("ru", 11) == 2);
    CHECK(pluralForm("ru", 21) == 0);
    CHECK(pluralForm("ru", 22) == 1);
    CHECK(pluralForm("ru", 25) == 2);
    CHECK(pluralForm("ru", 111) == 2);
    CHECK(pluralForm("ru", 0) == 2);
    CHECK(pluralForm("ru", 12) == 2);
    CHECK(pluralForm("ru", 14) == 2);
    CHECK(pluralFormCount("ru") == 3);
}

TEST_CASE("English and Urdu have one and other", "[phrases]") {
    for (const char* language : {"en", "ur"}) {
        CHECK(pluralForm(language, 1) == 0);
        CHECK(pluralForm(language, 0) == 1);
        CHECK(pluralForm(language, 2) == 1);
        CHECK(pluralForm(language, 21) == 1);
        CHECK(pluralForm(language, 111) == 1);
        CHECK(pluralFormCount(language) == 2);
    }
}

TEST_CASE("formatInteger groups digits in the current language's way", "[phrases]") {
    EnglishAfter restore;
    CHECK(formatInteger(12345) == "12,345");
    CHECK(formatInteger(999) == "999");
    CHECK(formatInteger(1000000) == "1,000,000");
    CHECK(formatInteger(-1234) == "-1,234");
    setPhrases("ru", nullptr);
    CHECK(formatInteger(12345) == "12\u00A0345");
    CHECK(formatInteger(100) == "100");
    setPhrases("ur", nullptr);
    CHECK(formatInteger(12345) == "12,345");  // Western digits in Urdu too
}

TEST_CASE("trf fills named placeholders and leaves unknown ones", "[phrases]") {
    CHECK(trf("Borders of {year}", {{"year", "1971"}}) == "Borders of 1971");
    CHECK(trf("{a} and {b}, {a}", {{"a", "x"}, {"b", "y"}}) == "x and y, x");
    CHECK(trf("{missing} stays", {}) == "{missing} stays");
    CHECK(fillPlaceholders("no braces", {{"x", "1"}}) == "no braces");
    // A value is never filled again: a visitor's search for "{n}" shows as typed.
    CHECK(trn("{n} result for \u201C{query}\u201D", "{n} results for \u201C{query}\u201D", 3, {{"query", "{n}"}}) ==
          "3 results for \u201C{n}\u201D");
}

TEST_CASE("A phrase missing from the table falls back to English", "[phrases]") {
    EnglishAfter restore;
    const PhraseTable table = {{"Search", {"Поиск"}}, {"Empty", {}},
                               {"{n} events", {"{n} событие", "{n} события", "{n} событий"}}};
    setPhrases("ru", &table);
    CHECK(currentPhraseLanguage() == "ru");
    CHECK(std::string(tr("Search")) == "Поиск");
    CHECK(std::string(tr("Not in the table")) == "Not in the table");
    CHECK(std::string(tr("Empty")) == "Empty");
    CHECK(trn("{n} event", "{n} events", 1) == "1 событие");
    CHECK(trn("{n} event", "{n} events", 3) == "3 события");
    CHECK(trn("{n} event", "{n} events", 12345) == "12\u00A0345 событий");
    CHECK(trn("{n} thing", "{n} things", 1) == "1 thing");  // no translation: English's own forms
    CHECK(trn("{n} thing", "{n} things", 2) == "2 things");
    setPhrases("en", nullptr);
    CHECK(std::string(tr("Search")) == "Search");
    CHECK(trn("{n} event", "{n} events", 1234) == "1,234 events");
}

TEST_CASE("Dates are worded through the phrase book", "[phrases]") {
    EnglishAfter restore;
    CHECK(describeDate({1965, 9, 12}, Precision::Day) == "12 September 1965");
    const PhraseTable table = {{"{day} September {year}", {"{day} сентября {year}"}}, {"September", {"сентябрь"}}};
    setPhrases("ru", &table);
    CHECK(describeDate({1965, 9, 12}, Precision::Day) == "12 сентября 1965");
    CHECK(describeDate({1965, 9, 0}, Precision::Month) == "сентябрь 1965");  // "{month} {year}" falls back to English order
}

TEST_CASE("The string table is complete for every language", "[phrases]") {
    const auto used = usedPhrases();
    REQUIRE(used.size() > 50);  // the scan found the interface's phrases
    REQUIRE(used.count("Search"));
    REQUIRE(used.count("{n} results for \u201C{query}\u201D"));
    REQUIRE(used.at("{n} results for \u201C{query}\u201D").plural);
    for (const LanguageInfo& language : knownLanguages()) {
        if (language.code == "en") continue;
        const std::string code(language.code);
        const PhraseTable table = loadTable(code);
        for (const auto& [key, use] : used) {
            INFO(code << ": \"" << key << "\" (" << use.where << ")");
            const auto it = table.find(key);
            CHECK(it != table.end());
            if (it == table.end()) continue;
            const size_t wanted = use.plural ? static_cast<size_t>(pluralFormCount(code)) : 1;
            CHECK(it->second.size() == wanted);
            for (const std::string& form : it->second) {
                INFO("form: " << form);
                CHECK(placeholders(form) == placeholders(key));
            }
        }
        // Nothing in the table the code no longer asks for.
        for (const auto& [key, forms] : table) {
            INFO(code << ": \"" << key << "\" is not used by the code");
            CHECK(used.count(key) == 1);
        }
    }
}

TEST_CASE("Translations keep Western digits and the right letters", "[phrases]") {
    const PhraseTable urdu = loadTable("ur");
    const PhraseTable russian = loadTable("ru");
    for (const auto& [key, forms] : urdu)
        for (const std::string& form : forms) {
            INFO("ur: " << form);
            // Arabic yeh, kaf and heh, and Arabic-Indic or Eastern digits, have no place in the Urdu table.
            for (const char* wrong : {"\u064A", "\u0643", "\u0647", "\u0660", "\u0661", "\u06F1", "\u06F9"}) CHECK(form.find(wrong) == std::string::npos);
        }
    for (const auto& [key, forms] : russian)
        for (const std::string& form : forms) {
            INFO("ru: " << form);
            CHECK(form.find("\u0451") == std::string::npos);  // е, not ё
            CHECK(form.find("\u0401") == std::string::npos);
        }
}
