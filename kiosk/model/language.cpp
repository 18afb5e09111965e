#include "model/language.hpp"

namespace kiosk::model {

const std::vector<LanguageInfo>& knownLanguages() {
    static const std::vector<LanguageInfo> languages = {
        {"en", "English", "English", false},
        {"ur", "\u0627\u0631\u062F\u0648", "Urdu", true},  // اردو
        {"ru", "\u0420\u0443\u0441\u0441\u043A\u0438\u0439", "Russian", false},  // Русский
    };
    return languages;
}

const LanguageInfo* findLanguage(std::string_view code) {
    for (const LanguageInfo& language : knownLanguages())
        if (language.code == code) return &language;
    return nullptr;
}

}  // namespace kiosk::model
