// map_labels.cpp: point-in-country and greedy collision-free label placement.
#include "model/map_labels.hpp"

#include <algorithm>
#include <numeric>

namespace kiosk::model {

namespace {
bool ringContains(const std::vector<float>& xy, size_t from, size_t to, double x, double y) {
    bool inside = false;
    for (size_t i = from, j = to - 1; i < to; j = i++) {
        const double xi = xy[2 * i], yi = xy[2 * i + 1], xj = xy[2 * j], yj = xy[2 * j + 1];
        if (((yi > y) != (yj > y)) && (x < (xj - xi) * (y - yi) / (yj - yi) + xi)) inside = !inside;
    }
    return inside;
}

}  // namespace

bool shapeContains(const CountryShape& k, double lon, double lat) {
    if (lon < k.minLon || lon > k.maxLon || lat < k.minLat || lat > k.maxLat) return false;
    const size_t vertices = k.lonLat.size() / 2;
    bool inside = false;
    for (size_t r = k.firstOutlineRing; r < k.ringStarts.size(); ++r) {
        const size_t from = k.ringStarts[r];
        const size_t to = r + 1 < k.ringStarts.size() ? k.ringStarts[r + 1] : vertices;
        if (to > from + 2 && ringContains(k.lonLat, from, to, lon, lat)) inside = !inside;
    }
    return inside;
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
