// map_labels.cpp: point-in-country and greedy collision-free label placement.
#include "model/map_labels.hpp"
#include "model/shape_grid.hpp"

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
    if (const std::optional<bool> indexed = indexedContains(k, lon, lat)) return *indexed;
    const size_t vertices = k.lonLat.size() / 2;
    bool inside = false;
    for (size_t r = k.firstOutlineRing; r < k.ringStarts.size(); ++r) {
        const size_t from = k.ringStarts[r];
        const size_t to = r + 1 < k.ringStarts.size() ? k.ringStarts[r + 1] : vertices;
        if (to > from + 2 && ringContains(k.lonLat, from, to, lon, lat)) inside = !inside;
    }
    return inside;
}


std::vector<ScreenPoint> labelPointsInside(const CountryShape& shape, float x0, float y0, float x1, float y1, ScreenPoint preferred,
                                           const MapView& view, const MapViewport& viewport, int columns, int rows, size_t limit) {
    std::vector<ScreenPoint> points;
    if (!(x0 <= x1 && y0 <= y1) || columns < 1 || rows < 1) return points;
    for (int i = 0; i < columns; ++i)
        for (int j = 0; j < rows; ++j) {
            const ScreenPoint p{columns == 1 ? (x0 + x1) / 2 : x0 + (x1 - x0) * static_cast<float>(i) / static_cast<float>(columns - 1),
                                rows == 1 ? (y0 + y1) / 2 : y0 + (y1 - y0) * static_cast<float>(j) / static_cast<float>(rows - 1)};
            const GeoPoint at = unproject(p, view, viewport);
            if (shapeContains(shape, at.lon, at.lat)) points.push_back(p);
        }
    auto distance2 = [&](const ScreenPoint& p) { return (p.x - preferred.x) * (p.x - preferred.x) + (p.y - preferred.y) * (p.y - preferred.y); };
    std::stable_sort(points.begin(), points.end(), [&](const ScreenPoint& a, const ScreenPoint& b) { return distance2(a) < distance2(b); });
    if (points.size() > limit) points.resize(limit);
    return points;
}

float shareInside(const CountryShape& shape, float x0, float y0, float x1, float y1, const MapView& view, const MapViewport& viewport,
                  int columns, int rows) {
    if (!(x0 <= x1 && y0 <= y1) || columns < 1 || rows < 1) return 0;
    int inside = 0;
    for (int i = 0; i < columns; ++i)
        for (int j = 0; j < rows; ++j) {
            // Cell centres: the box's edges themselves are where a neighbour's name or a border may start.
            const ScreenPoint p{x0 + (x1 - x0) * (static_cast<float>(i) + 0.5f) / static_cast<float>(columns),
                                y0 + (y1 - y0) * (static_cast<float>(j) + 0.5f) / static_cast<float>(rows)};
            const GeoPoint at = unproject(p, view, viewport);
            inside += shapeContains(shape, at.lon, at.lat);
        }
    return static_cast<float>(inside) / static_cast<float>(columns * rows);
}

std::vector<bool> placeLabels(const std::vector<LabelBox>& labels, float gap) {
    std::vector<size_t> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return labels[a].priority > labels[b].priority; });
    std::vector<bool> shown(labels.size(), false);
    std::vector<size_t> accepted;
    // Obstacles overlapping one another (a marker under a button) are still both drawn: each keeps names off.
    for (size_t i = 0; i < labels.size(); ++i)
        if (labels[i].fixed) {
            shown[i] = true;
            accepted.push_back(i);
        }
    std::vector<int> groups;  // groups with a label shown
    for (size_t i : order) {
        const LabelBox& l = labels[i];
        if (l.fixed) continue;
        if (l.group >= 0 && std::find(groups.begin(), groups.end(), l.group) != groups.end()) continue;
        const bool clash = std::any_of(accepted.begin(), accepted.end(), [&](size_t j) {
            const LabelBox& o = labels[j];
            return l.x0 < o.x1 + gap && o.x0 < l.x1 + gap && l.y0 < o.y1 + gap && o.y0 < l.y1 + gap;
        });
        if (!clash) {
            shown[i] = true;
            accepted.push_back(i);
            if (l.group >= 0) groups.push_back(l.group);
        }
    }
    return shown;
}

}  // namespace kiosk::model
