// nearest_ids.hpp: the known ids a mistyped one was probably meant to be, for "did you mean" hints.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::content {

// Up to `most` of `known`, nearest first: the same id in other letter case or with spaces for hyphens, then those a
// few typing mistakes away (edit distance, ignoring case), then those `wanted` begins (an id cut short).
std::vector<std::string> nearestIds(std::string_view wanted, const std::vector<std::string>& known, size_t most = 3);

// " — did you mean 'moscow'?", " — did you mean 'a', 'b' or 'c'?", or "" when nothing is near.
std::string didYouMean(std::string_view wanted, const std::vector<std::string>& known);

}  // namespace kiosk::content
