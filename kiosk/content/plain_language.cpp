// plain_language.cpp: checking an event's "in short" line for presence, length and reading grade.
#include "content/plain_language.hpp"

#include <cmath>
#include <cstdio>

#include "model/text_utils.hpp"

namespace kiosk::content {

model::KnownNames exhibitNames(const model::Catalog& catalog) {
    model::KnownNames names;
    for (const model::Place& p : catalog.places) {
        model::addNameWords(names, p.name);
        model::addNameWords(names, p.country);
        for (const model::PlaceName& f : p.former) {
            model::addNameWords(names, f.name);
            model::addNameWords(names, f.country);
        }
    }
    for (const model::Person& p : catalog.people) model::addNameWords(names, p.name);
    return names;
}

std::string readInShort(const TomlRecord& r, const std::string& eventId, const model::KnownNames& names) {
    if (!r.has("in_short")) {
        r.error(r.line(), "event '" + eventId + "' has no in_short line: add one plain sentence a twelve-year-old can read, "
                          "shown above the summary (in_short = \"...\")");
        return {};
    }
    const std::string line = r.text("in_short");  // reports a value that is not text
    if (line.find_first_not_of(" \n\t") == std::string::npos) {
        r.error(r.lineOf("in_short"), "the in_short line is empty: write one plain sentence a twelve-year-old can read");
        return {};
    }
    const int at = r.lineOf("in_short");
    const int sentences = static_cast<int>(model::splitSentences(line).size());
    if (sentences > 1)
        r.error(at, "the in_short line has " + std::to_string(sentences) + " sentences; make it one (the summary below it says the rest)");
    const int words = model::countWords(line);
    const size_t chars = model::utf8Length(line);
    if (words > kInShortMaxWords)
        r.error(at, "the in_short line has " + std::to_string(words) + " words; keep it to " + std::to_string(kInShortMaxWords) + " at most");
    else if (chars > kInShortMaxChars)
        r.error(at, "the in_short line is " + std::to_string(chars) + " characters long; keep it to " + std::to_string(kInShortMaxChars) +
                        " at most");
    // Judged as shown, to one decimal: a line reported as "grade 7.0" is within grade 7.
    const double grade = std::round(model::fleschKincaidGrade(line, names) * 10) / 10;
    if (grade > kInShortGradeWarning) {
        char shown[16];
        std::snprintf(shown, sizeof shown, "%.1f", grade);
        const std::string message = std::string("the in_short line reads at school grade ") + shown +
                                    " (Flesch-Kincaid); a twelve-year-old reads grade 7 at most: use shorter words and fewer of them";
        if (grade > kInShortGradeError) r.error(at, message);
        else r.warning(at, message);
    }
    return line;
}

}  // namespace kiosk::content
