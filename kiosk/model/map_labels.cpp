// map_labels.cpp: historical names and greedy collision-free label placement.
#include "model/map_labels.hpp"

#include <algorithm>
#include <numeric>

namespace kiosk::model {

std::string historicalCountryName(const std::string& isoNumeric, const std::string& modern, double year) {
    if (isoNumeric == "643") return year < kSovietDissolution ? "Soviet Union" : "Russia";
    if (isoNumeric == "050") return year < kBangladeshIndependence ? "East Pakistan" : "Bangladesh";
    return modern;
}

std::vector<bool> placeLabels(const std::vector<LabelBox>& labels, float gap) {
    std::vector<size_t> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return labels[a].priority > labels[b].priority; });
    std::vector<bool> shown(labels.size(), false);
    std::vector<size_t> accepted;
    for (size_t i : order) {
        const LabelBox& l = labels[i];
        const bool clash = std::any_of(accepted.begin(), accepted.end(), [&](size_t j) {
            const LabelBox& o = labels[j];
            return l.x0 < o.x1 + gap && o.x0 < l.x1 + gap && l.y0 < o.y1 + gap && o.y0 < l.y1 + gap;
        });
        if (!clash) {
            shown[i] = true;
            accepted.push_back(i);
        }
    }
    return shown;
}

}  // namespace kiosk::model
