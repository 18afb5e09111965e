// translations_test.cpp: the exhibit's Urdu and Russian translations (data/translations) on the real data, and
// each mistake a translator could make reported at its file and line, once, in plain words.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <string>

#include "../support/data_copy.hpp"
#include "content/content_loader.hpp"
#include "model/on_screen_keyboard.hpp"
#include "model/search_folding.hpp"
#include "model/translation.hpp"

using kiosk::content::Diagnostic;
using kiosk::content::LoadedContent;
using kiosk::test::DataCopy;

namespace {

const Diagnostic& onlyReport(const LoadedContent& loaded, const std::string& file, int line, const std::string& fragment) {
    INFO("reported:\n" << loaded.diagnostics.format());
    const auto& all = loaded.diagnostics.all();
    REQUIRE(all.size() == 1);
    CHECK(all[0].file == file);
    CHECK(all[0].line == line);
    CHECK_THAT(all[0].message, Catch::Contains(fragment));
    return all[0];
}

}  // namespace

TEST_CASE("the real content is translated whole into Urdu and Russian, numbers and quotes included", "[content][translations]") {
    const LoadedContent loaded = kiosk::content::loadContent(KIOSK_DATA_DIR);
    INFO(loaded.diagnostics.format());
    REQUIRE(loaded.ok());
    CHECK(loaded.diagnostics.all().empty());
    for (const char* language : {"ur", "ru"}) {
        INFO("language " << language);
        REQUIRE(loaded.catalog.translations.count(language) == 1);
        const auto missing = kiosk::model::missingTranslations(loaded.catalog, language);
        INFO("first missing: " << (missing.empty() ? std::string("none") : missing.front()));
        CHECK(missing.empty());
        const auto& fields = loaded.catalog.translations.at(language);
        // Every excerpt has the exhibit's translation, and the Urdu is in Arabic script, the Russian in Cyrillic.
        for (const auto& e : loaded.catalog.events)
            for (size_t i = 0; i < e.excerpts.size(); ++i) CHECK(fields.count(kiosk::model::fieldKey("event", e.id, "quote/" + std::to_string(i))) == 1);
        const std::string& title = fields.at("event/war-1971/title");
        const unsigned char lead = static_cast<unsigned char>(title[title.find_first_not_of("0123456789 ")]);
        if (std::string(language) == "ur") CHECK((lead >= 0xD8 && lead <= 0xDB));
        else CHECK((lead >= 0xD0 && lead <= 0xD3));
    }
}

TEST_CASE("showing a language rewrites the prose in place and English comes back whole", "[content][translations]") {
    LoadedContent loaded = kiosk::content::loadContent(KIOSK_DATA_DIR);
    REQUIRE(loaded.ok());
    kiosk::model::Catalog& c = loaded.catalog;
    const kiosk::model::TranslatedFields english = kiosk::model::currentFields(c);
    const std::string title = c.events[0].title, quote = c.events[0].excerpts[0].text;
    CHECK(kiosk::model::showLanguage(c, "ru", english) == 0);
    CHECK(c.events[0].title == c.translations.at("ru").at("event/" + c.events[0].id + "/title"));
    CHECK(c.events[0].excerpts[0].text == quote);  // the verbatim quote never changes
    CHECK_FALSE(c.events[0].excerpts[0].translation.empty());
    const auto pakistan = std::find_if(c.countries.begin(), c.countries.end(), [](const auto& k) { return k.name == "Pakistan"; });
    REQUIRE(pakistan != c.countries.end());
    CHECK(pakistan->shownName == "\u041f\u0430\u043a\u0438\u0441\u0442\u0430\u043d");  // Пакистан
    CHECK(kiosk::model::showLanguage(c, "en", english) == 0);
    CHECK(c.events[0].title == title);
    CHECK(c.events[0].excerpts[0].translation.empty());
    CHECK(pakistan->shownName == "Pakistan");
    CHECK(kiosk::model::currentFields(c) == english);
}

TEST_CASE("a field a translation leaves out falls back to the English, visibly counted", "[content][translations]") {
    DataCopy data("kiosk-translation-missing");
    data.edit("translations/ru/eras.toml", "id = \"thaw-and-tashkent\"", "name = ", "# name = ");
    LoadedContent loaded = data.load();
    INFO(loaded.diagnostics.format());
    REQUIRE(loaded.ok());
    const auto missing = kiosk::model::missingTranslations(loaded.catalog, "ru");
    REQUIRE(missing.size() == 1);
    CHECK(missing[0] == "era/thaw-and-tashkent/name");
    const auto english = kiosk::model::currentFields(loaded.catalog);
    CHECK(kiosk::model::showLanguage(loaded.catalog, "ru", english) == 1);
    const auto era = std::find_if(loaded.catalog.eras.begin(), loaded.catalog.eras.end(), [](const auto& e) { return e.id == "thaw-and-tashkent"; });
    CHECK(era->name == "Thaw and Tashkent");
}

TEST_CASE("a translator's mistakes are reported once each at file and line", "[content][translations]") {
    DataCopy data("kiosk-translation-errors");
    SECTION("a record the English does not have") {
        const int line = data.edit("translations/ur/eras.toml", "[[era]]", "id = \"thaw-and-tashkent\"", "id = \"thaw-and-taskent\"");
        onlyReport(data.load(), "translations/ur/eras.toml", line, "no era 'thaw-and-taskent' in the English \u2014 did you mean 'thaw-and-tashkent'?");
    }
    SECTION("a field the English does not have") {
        const int line = data.edit("translations/ru/themes.toml", "[[theme]]", "name = ", "titel = \"x\"\nname = ");
        onlyReport(data.load(), "translations/ru/themes.toml", line, "unknown field 'titel'");
    }
    SECTION("one quote translation too few") {
        const int line = data.lineOf("translations/ru/events.toml", "quotes = [");
        const std::string text = data.text("translations/ru/events.toml");
        const size_t open = text.find("quotes = [");
        const size_t first = text.find("'''", open), second = text.find("'''", text.find("'''", first + 3) + 3);
        std::string cut = text.substr(0, first) + text.substr(second);
        data.write("translations/ru/events.toml", cut);
        const LoadedContent loaded = data.load();
        onlyReport(loaded, "translations/ru/events.toml", line, "the English has 3: give one translation for each, in the English's order");
    }
    SECTION("a year changed in translation is a warning, and that field shows the English") {
        const int line = data.edit("translations/ru/events.toml", "title = \"\u0412\u043e\u0439\u043d\u0430 1971", "1971", "1972");
        LoadedContent loaded = data.load();
        const Diagnostic& d = onlyReport(loaded, "translations/ru/events.toml", line, "the English says 1971 and the translation does not");
        CHECK(d.severity == Diagnostic::Severity::Warning);
        CHECK(loaded.ok());
        CHECK_FALSE(kiosk::model::missingTranslations(loaded.catalog, "ru").empty());
    }
    SECTION("a file in the wrong language folder") {
        const int line = data.edit("translations/ur/people.toml", "", "language = \"ur\"", "language = \"ru\"");
        onlyReport(data.load(), "translations/ur/people.toml", line, "language should be \"ur\"");
    }
    SECTION("an empty translation") {
        const int line = data.edit("translations/ur/themes.toml", "[[theme]]", "short = \"", "short = \" \" # was: \"");
        onlyReport(data.load(), "translations/ur/themes.toml", line, "is empty: write the translation, or leave the key out to show the English");
    }
}

namespace {

// The code points of `utf8` (the content is valid UTF-8: the loader has checked it).
std::u32string codepointsOf(const std::string& utf8) {
    std::u32string out;
    for (size_t i = 0; i < utf8.size();) {
        const unsigned char b = static_cast<unsigned char>(utf8[i]);
        const int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
        for (int k = 1; k < n && i + static_cast<size_t>(k) < utf8.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(utf8[i + static_cast<size_t>(k)]) & 0x3F);
        out.push_back(c);
        i += static_cast<size_t>(n);
    }
    return out;
}

}  // namespace

TEST_CASE("every letter the Urdu and Russian content uses can be typed on that language's keyboard", "[content][translations]") {
    const LoadedContent loaded = kiosk::content::loadContent(KIOSK_DATA_DIR);
    REQUIRE(loaded.ok());
    for (const std::string language : {"ur", "ru"}) {
        INFO("language " << language);
        // What the keys type, as search sees it (folded: an Arabic yeh typed or written is the Urdu one).
        std::u32string typeable;
        for (const auto& row : kiosk::model::keyboardRows(language))
            for (const auto& key : row) typeable += codepointsOf(kiosk::model::foldForSearch(key.insert));
        int letters = 0;
        std::u32string missing;
        for (const auto& [key, text] : loaded.catalog.translations.at(language))
            for (char32_t c : codepointsOf(kiosk::model::foldForSearch(text))) {
                // The script's letters: Arabic letters (not its digits, marks or punctuation), Cyrillic in lower case.
                const bool arabicLetter = (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3);
                const bool cyrillic = c >= 0x0400 && c <= 0x045F;
                if (!arabicLetter && !cyrillic) continue;
                if (c >= 0x0410 && c <= 0x042F) c += 0x20;
                if (c >= 0x0400 && c <= 0x040F) c += 0x50;
                ++letters;
                if (typeable.find(c) == std::u32string::npos && missing.find(c) == std::u32string::npos) missing.push_back(c);
            }
        std::string missingText;
        for (char32_t c : missing) {
            char hex[16];
            std::snprintf(hex, sizeof hex, " U+%04X", static_cast<unsigned>(c));
            missingText += hex;
        }
        INFO("letters with no key:" << missingText);
        CHECK(letters > 10000);  // the whole content was read, not a sample
        CHECK(missing.empty());
    }
    // English keeps its own keys; a language without a keyboard of its own gets them too.
    CHECK(kiosk::model::keyboardRows("en").size() == 5);
    CHECK(&kiosk::model::keyboardRows("de") == &kiosk::model::keyboardRows("en"));
    CHECK(kiosk::model::keyboardRows("ur").size() == 6);
}
