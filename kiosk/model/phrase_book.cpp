// phrase_book.cpp: the current language's phrase table, lookups with English fallback, placeholders, plural rules
// and number grouping.
#include "model/phrase_book.hpp"

#include <cstdlib>

namespace kiosk::model {
namespace {

struct PhraseBook {
    std::string language = "en";
    const PhraseTable* table = nullptr;
};

PhraseBook& book() {
    static PhraseBook current;
    return current;
}

// The translation's forms for `english`, or null when there is none to use.
const std::vector<std::string>* lookUp(const char* english) {
    const PhraseBook& b = book();
    if (!b.table || !english) return nullptr;
    const auto it = b.table->find(english);
    if (it == b.table->end() || it->second.empty()) return nullptr;
    return &it->second;
}

}  // namespace

void setPhrases(std::string language, const PhraseTable* table) {
    PhraseBook& b = book();
    b.language = language.empty() ? std::string("en") : std::move(language);
    b.table = table;
}

const std::string& currentPhraseLanguage() { return book().language; }

const char* tr(const char* english) {
    const std::vector<std::string>* forms = lookUp(english);
    return forms ? forms->front().c_str() : english;
}

namespace {

// One pass over `pattern`, so a value that itself holds "{...}" (a visitor's search) is never filled again.
std::string fill(std::string_view pattern, PhraseArgs args, const std::string* count) {
    std::string out;
    out.reserve(pattern.size() + 16);
    size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            const size_t close = pattern.find('}', i + 1);
            if (close != std::string_view::npos) {
                const std::string_view name = pattern.substr(i + 1, close - i - 1);
                const std::string* value = count && name == "n" ? count : nullptr;
                for (const auto& arg : args)
                    if (!value && arg.first == name) value = &arg.second;
                if (value) {
                    out += *value;
                    i = close + 1;
                    continue;
                }
            }
        }
        out += pattern[i++];
    }
    return out;
}

}  // namespace

std::string fillPlaceholders(std::string_view pattern, PhraseArgs args) { return fill(pattern, args, nullptr); }

std::string trf(const char* english, PhraseArgs args) { return fillPlaceholders(tr(english), args); }

std::string trn(const char* englishOne, const char* englishOther, long n, PhraseArgs args) {
    std::string_view pattern;
    if (const std::vector<std::string>* forms = lookUp(englishOther)) {
        const size_t form = static_cast<size_t>(pluralForm(book().language, n));
        pattern = form < forms->size() ? (*forms)[form] : forms->back();
    } else {
        pattern = pluralForm("en", n) == 0 ? englishOne : englishOther;
    }
    const std::string count = formatInteger(n);
    return fill(pattern, args, &count);
}

int pluralForm(std::string_view language, long n) {
    const long a = std::labs(n);
    if (language == "ru") {
        const long mod10 = a % 10, mod100 = a % 100;
        if (mod10 == 1 && mod100 != 11) return 0;
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 1;
        return 2;
    }
    return a == 1 ? 0 : 1;  // en, ur
}

int pluralFormCount(std::string_view language) { return language == "ru" ? 3 : 2; }

std::string formatInteger(long n) {
    const bool negative = n < 0;
    const unsigned long magnitude = negative ? 0UL - static_cast<unsigned long>(n) : static_cast<unsigned long>(n);
    const std::string digits = std::to_string(magnitude);
    const char* separator = book().language == "ru" ? "\u00A0" : ",";
    std::string out = negative ? "-" : "";
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return out;
}

}  // namespace kiosk::model
