// search_query.cpp: the search-query builder. Its only job is that no typed input can be FTS5 syntax.
#include "model/search_query.hpp"

namespace kiosk::model {

std::vector<std::string> searchTerms(std::string_view typed) {
    std::vector<std::string> terms;
    std::string current;
    auto flush = [&] {
        if (!current.empty() && terms.size() < kMaxSearchTerms) terms.push_back(current);
        current.clear();
    };
    for (unsigned char c : typed) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (!word) {
            flush();
            continue;
        }
        if (current.size() >= kMaxTermBytes) {
            // Too long: stop at the last complete UTF-8 character and ignore the rest of this term.
            continue;
        }
        current += static_cast<char>(c);
    }
    flush();
    for (std::string& t : terms) {
        // Never leave a cut multi-byte character at the end of a term (again after each cut: invalid input can
        // hold several in a row).
        for (bool cut = true; cut;) {
            cut = false;
            size_t end = t.size();
            size_t lead = end;
            while (lead > 0 && (static_cast<unsigned char>(t[lead - 1]) & 0xC0) == 0x80) --lead;
            if (lead > 0 && static_cast<unsigned char>(t[lead - 1]) >= 0x80) {
                const unsigned char first = static_cast<unsigned char>(t[lead - 1]);
                const size_t need = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
                if (end - (lead - 1) < need) t.resize(lead - 1), cut = true;
            }
        }
    }
    std::erase_if(terms, [](const std::string& t) { return t.empty(); });
    return terms;
}

std::string buildFtsQuery(std::string_view typed) {
    std::string query;
    for (const std::string& term : searchTerms(typed)) {
        if (!query.empty()) query += ' ';
        query += '"';
        query += term;  // terms hold no '"' by construction
        query += "\"*";
    }
    return query;
}

}  // namespace kiosk::model
