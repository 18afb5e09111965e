// attract_tour.cpp: choosing and pacing the tour.
#include "app/attract_tour.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kiosk::app {

std::vector<model::Index> pickTourEvents(const model::Catalog& c, size_t count) {
    std::vector<model::Index> all(c.events.size());
    std::iota(all.begin(), all.end(), 0);
    auto weight = [&](model::Index i) {
        const auto& e = c.events[static_cast<size_t>(i)];
        const size_t differ = static_cast<size_t>(i) < c.disagreementsOfEvent.size() ? c.disagreementsOfEvent[static_cast<size_t>(i)].size() : 0;
        return static_cast<int>(e.excerpts.size() * 2 + differ * 3 + (e.places.empty() ? 0 : 1));
    };
    std::stable_sort(all.begin(), all.end(), [&](model::Index a, model::Index b) { return weight(a) > weight(b); });
    all.resize(std::min(count, all.size()));
    std::sort(all.begin(), all.end());  // events are stored by date
    return all;
}

std::vector<model::Index> tourEvents(const model::Catalog& c) {
    std::vector<model::Index> stops;
    for (const std::string& id : c.exhibit.tour)
        if (const model::Index i = c.findEvent(id); i != model::kNone) stops.push_back(i);
    return stops.empty() ? pickTourEvents(c) : stops;
}

model::Index AttractTour::stopAt(double elapsed) const {
    if (stops_.empty() || !(elapsed >= 0) || !std::isfinite(elapsed)) return stops_.empty() ? model::kNone : stops_.front();
    const auto step = static_cast<size_t>(std::floor(elapsed / dwell_));
    return stops_[step % stops_.size()];
}

}  // namespace kiosk::app
