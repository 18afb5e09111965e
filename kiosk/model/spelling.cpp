// spelling.cpp: the nearest-word suggestion for a search that finds nothing.
#include "model/spelling.hpp"

#include <algorithm>

#include "model/search_query.hpp"

namespace kiosk::model {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char &c : out)
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool hasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

bool Vocabulary::hasPrefix(std::string_view prefix) const {
  auto it = std::lower_bound(
      words.begin(), words.end(), prefix,
      [](const Word &w, std::string_view p) { return w.key < p; });
  return it != words.end() &&
         std::string_view(it->key).substr(0, prefix.size()) == prefix;
}

int editDistance(std::string_view a, std::string_view b, int limit) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit)
    return limit + 1;
  // Optimal string alignment: three rows of the classic table.
  std::vector<int> prev2(static_cast<size_t>(m) + 1),
      prev(static_cast<size_t>(m) + 1), cur(static_cast<size_t>(m) + 1);
  for (int j = 0; j <= m; ++j)
    prev[static_cast<size_t>(j)] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int rowMin = cur[0];
    for (int j = 1; j <= m; ++j) {
      const size_t J = static_cast<size_t>(j);
      const int cost = a[static_cast<size_t>(i - 1)] == b[J - 1] ? 0 : 1;
      int d = std::min({prev[J] + 1, cur[J - 1] + 1, prev[J - 1] + cost});
      if (i > 1 && j > 1 && a[static_cast<size_t>(i - 1)] == b[J - 2] &&
          a[static_cast<size_t>(i - 2)] == b[J - 1])
        d = std::min(d, prev2[J - 2] + 1);
      cur[J] = d;
      rowMin = std::min(rowMin, d);
    }
    if (rowMin > limit)
      return limit + 1;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return std::min(prev[static_cast<size_t>(m)], limit + 1);
}

std::string suggestSpelling(std::string_view typed,
                            const Vocabulary &vocabulary) {
  const std::vector<std::string> terms = searchTerms(typed);
  if (terms.empty() || vocabulary.words.empty())
    return {};
  std::string suggestion;
  bool changed = false;
  for (const std::string &term : terms) {
    const std::string key = lower(term);
    std::string word = term;
    // Short terms and numbers are left alone: "1971" has no near miss worth
    // offering, and two letters are near everything.
    if (key.size() >= 3 && !hasDigit(key) && !vocabulary.hasPrefix(key)) {
      const int limit = key.size() >= 6 ? 2 : 1;
      const Vocabulary::Word *best = nullptr;
      int bestDistance = limit + 1;
      for (const Vocabulary::Word &w : vocabulary.words) {
        const int d = editDistance(key, w.key, limit);
        if (d < bestDistance || (d == bestDistance && best && d <= limit &&
                                 w.count > best->count)) {
          if (d > limit)
            continue;
          best = &w;
          bestDistance = d;
        }
      }
      if (!best)
        return {}; // one term beyond help: a suggestion for the rest would
                   // still find nothing
      word = best->key;
      changed = true;
    }
    if (!suggestion.empty())
      suggestion += ' ';
    suggestion += word;
  }
  return changed ? suggestion : std::string{};
}

} // namespace kiosk::model
