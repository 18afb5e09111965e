// search_tally.cpp: deciding when a typed query counts as a search.
#include "app/search_tally.hpp"

namespace kiosk::app {

void SearchTally::changed(const std::string& query, int results, double now) {
    pending_ = query;
    results_ = results;
    changedAt_ = now;
    hasPending_ = !query.empty();
}

std::optional<int> SearchTally::settle() {
    if (!hasPending_) return std::nullopt;
    hasPending_ = false;
    if (pending_ == recorded_) return std::nullopt;
    recorded_ = pending_;
    return results_;
}

std::optional<int> SearchTally::poll(double now) {
    if (!hasPending_ || now - changedAt_ < pause_) return std::nullopt;
    return settle();
}

void SearchTally::newVisitor() {
    pending_.clear();
    recorded_.clear();
    hasPending_ = false;
}

}  // namespace kiosk::app
