// shape_grid.cpp: the grid is filled by scanlines: a row's centre line crosses the outline at known longitudes, and
// a cell the outline does not pass through is inside exactly when its centre has an odd number of crossings to its
// left (the even-odd rule shapeContains applies ring by ring, which gives the same parity). A horizontal ray from a
// point meets only edges whose latitudes reach the point's, and those are all in its row's list.
#include "model/shape_grid.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::model {

namespace {

constexpr int G = kShapeGridSize;

// Clamped before it becomes an int: a damaged database can hold coordinates far outside any box (and NaN).
int cellOf(double value, double origin, double cell) {
    const double at = std::floor((value - origin) / cell);
    if (!(at > 0)) return 0;
    return at >= G - 1 ? G - 1 : static_cast<int>(at);
}

struct Cells {
    double w, h;
};

Cells cellsOf(const CountryShape& shape) {
    return {(static_cast<double>(shape.maxLon) - shape.minLon) / G, (static_cast<double>(shape.maxLat) - shape.minLat) / G};
}

}  // namespace

void indexShapeInside(CountryShape& shape) {
    CountryShape::InsideIndex index;
    shape.insideIndex = {};
    const Cells cell = cellsOf(shape);
    if (!(cell.w > 0) || !(cell.h > 0) || !std::isfinite(cell.w) || !std::isfinite(cell.h)) return;
    const size_t vertices = shape.lonLat.size() / 2;
    index.cells.assign(static_cast<size_t>(G) * G, static_cast<uint8_t>(GridAnswer::Outside));
    std::vector<std::vector<double>> crossings(G);
    std::vector<std::vector<uint32_t>> rowEdges(G);
    const auto& xy = shape.lonLat;
    for (size_t r = shape.firstOutlineRing; r < shape.ringStarts.size(); ++r) {
        const size_t from = shape.ringStarts[r];
        const size_t to = r + 1 < shape.ringStarts.size() ? shape.ringStarts[r + 1] : vertices;
        if (to <= from + 2 || to > vertices) continue;
        for (size_t i = from, j = to - 1; i < to; j = i++) {
            const double xi = xy[2 * i], yi = xy[2 * i + 1], xj = xy[2 * j], yj = xy[2 * j + 1];
            // Every cell the edge's box touches (widened by a hair, for edges on a cell's border) is Unsure.
            const double slack = 1e-6;
            const int c0 = cellOf(std::min(xi, xj) - slack * cell.w, shape.minLon, cell.w), c1 = cellOf(std::max(xi, xj) + slack * cell.w, shape.minLon, cell.w);
            const int r0 = cellOf(std::min(yi, yj) - slack * cell.h, shape.minLat, cell.h), r1 = cellOf(std::max(yi, yj) + slack * cell.h, shape.minLat, cell.h);
            for (int row = r0; row <= r1; ++row) {
                for (int col = c0; col <= c1; ++col) index.cells[static_cast<size_t>(row) * G + static_cast<size_t>(col)] = static_cast<uint8_t>(GridAnswer::Unsure);
                rowEdges[static_cast<size_t>(row)].insert(rowEdges[static_cast<size_t>(row)].end(), {static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
                // Where it crosses the row's centre line, by the same rule as the exact test.
                const double y = shape.minLat + (row + 0.5) * cell.h;
                if ((yi > y) != (yj > y)) crossings[static_cast<size_t>(row)].push_back((xj - xi) * (y - yi) / (yj - yi) + xi);
            }
        }
    }
    index.rowStarts.reserve(G + 1);
    for (int row = 0; row < G; ++row) {
        index.rowStarts.push_back(static_cast<uint32_t>(index.rowEdges.size()));
        index.rowEdges.insert(index.rowEdges.end(), rowEdges[static_cast<size_t>(row)].begin(), rowEdges[static_cast<size_t>(row)].end());
        std::vector<double>& xs = crossings[static_cast<size_t>(row)];
        std::sort(xs.begin(), xs.end());
        size_t left = 0;
        for (int col = 0; col < G; ++col) {
            const double x = shape.minLon + (col + 0.5) * cell.w;
            while (left < xs.size() && xs[left] <= x) ++left;
            uint8_t& answer = index.cells[static_cast<size_t>(row) * G + static_cast<size_t>(col)];
            if (answer != static_cast<uint8_t>(GridAnswer::Unsure) && left % 2 == 1) answer = static_cast<uint8_t>(GridAnswer::Inside);
        }
    }
    index.rowStarts.push_back(static_cast<uint32_t>(index.rowEdges.size()));
    shape.insideIndex = std::move(index);
}

GridAnswer gridAnswer(const CountryShape& shape, double lon, double lat) {
    if (shape.insideIndex.cells.size() != static_cast<size_t>(G) * G) return GridAnswer::Unsure;
    const Cells cell = cellsOf(shape);
    const int col = cellOf(lon, shape.minLon, cell.w), row = cellOf(lat, shape.minLat, cell.h);
    return static_cast<GridAnswer>(shape.insideIndex.cells[static_cast<size_t>(row) * G + static_cast<size_t>(col)]);
}

std::optional<bool> indexedContains(const CountryShape& shape, double lon, double lat) {
    const CountryShape::InsideIndex& index = shape.insideIndex;
    if (index.cells.size() != static_cast<size_t>(G) * G || index.rowStarts.size() != static_cast<size_t>(G) + 1) return std::nullopt;
    const GridAnswer quick = gridAnswer(shape, lon, lat);
    if (quick != GridAnswer::Unsure) return quick == GridAnswer::Inside;
    const int row = cellOf(lat, shape.minLat, cellsOf(shape).h);
    const auto& xy = shape.lonLat;
    bool inside = false;
    const uint32_t end = index.rowStarts[static_cast<size_t>(row) + 1];
    for (uint32_t e = index.rowStarts[static_cast<size_t>(row)]; e + 1 < end; e += 2) {
        const size_t i = index.rowEdges[e], j = index.rowEdges[e + 1];
        const double xi = xy[2 * i], yi = xy[2 * i + 1], xj = xy[2 * j], yj = xy[2 * j + 1];
        if (((yi > lat) != (yj > lat)) && (lon < (xj - xi) * (lat - yi) / (yj - yi) + xi)) inside = !inside;
    }
    return inside;
}

}  // namespace kiosk::model
