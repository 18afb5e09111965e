// nearest_ids.cpp: ranking known ids by how few edits turn a mistyped one into them.
#include "content/nearest_ids.hpp"

#include <algorithm>

namespace kiosk::content {
namespace {

// Lower case, with spaces and underscores as hyphens: how an id would be written by the rules.
std::string normalised(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c == ' ' || c == '_') c = '-';
    }
    return out;
}

size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

std::vector<std::string> nearestIds(std::string_view wanted, const std::vector<std::string>& known, size_t most) {
    const std::string w = normalised(wanted);
    // A third of the id's length, at least one and at most three edits: "moscw" finds moscow, "uk" finds nothing far.
    const size_t limit = std::clamp<size_t>(w.size() / 3, 1, 3);
    std::vector<std::pair<size_t, std::string>> ranked;
    for (const std::string& id : known) {
        const std::string k = normalised(id);
        size_t distance = editDistance(w, k);
        // An id cut short or run on ("kashmir-war" for kashmir-war-1947) is near whatever the length difference.
        if (distance > limit && w.size() >= 4 && k.size() >= 4 && (k.rfind(w, 0) == 0 || w.rfind(k, 0) == 0)) distance = limit;
        if (distance <= limit) ranked.emplace_back(distance, id);
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> out;
    for (size_t i = 0; i < ranked.size() && out.size() < most; ++i) out.push_back(ranked[i].second);
    return out;
}

std::string didYouMean(std::string_view wanted, const std::vector<std::string>& known) {
    const std::vector<std::string> near = nearestIds(wanted, known);
    if (near.empty()) return {};
    std::string out = " \u2014 did you mean ";
    for (size_t i = 0; i < near.size(); ++i)
        out += (i == 0 ? "" : i + 1 == near.size() ? " or " : ", ") + ("'" + near[i] + "'");
    return out + "?";
}

}  // namespace kiosk::content
