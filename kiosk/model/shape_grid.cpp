// shape_grid.cpp: the grid is filled by scanlines: a row's centre line crosses the outline at known longitudes, and
// a cell the outline does not pass through is inside exactly when its centre has an odd number of crossings to its
// left (the even-odd rule shapeContains applies ring by ring, which gives the same parity).
#include "model/shape_grid.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::model {

namespace {

constexpr int G = kShapeGridSize;

int cellOf(double value, double origin, double cell) {
    return std::clamp(static_cast<int>(std::floor((value - origin) / cell)), 0, G - 1);
}

}  // namespace

void indexShapeInside(CountryShape& shape) {
    shape.insideGrid.clear();
    const double cellW = (static_cast<double>(shape.maxLon) - shape.minLon) / G, cellH = (static_cast<double>(shape.maxLat) - shape.minLat) / G;
    if (!(cellW > 0) || !(cellH > 0) || !std::isfinite(cellW) || !std::isfinite(cellH)) return;
    const size_t vertices = shape.lonLat.size() / 2;
    std::vector<uint8_t> grid(static_cast<size_t>(G) * G, static_cast<uint8_t>(GridAnswer::Outside));
    std::vector<std::vector<double>> crossings(G);
    const auto& xy = shape.lonLat;
    for (size_t r = shape.firstOutlineRing; r < shape.ringStarts.size(); ++r) {
        const size_t from = shape.ringStarts[r];
        const size_t to = r + 1 < shape.ringStarts.size() ? shape.ringStarts[r + 1] : vertices;
        if (to <= from + 2 || to > vertices) continue;
        for (size_t i = from, j = to - 1; i < to; j = i++) {
            const double xi = xy[2 * i], yi = xy[2 * i + 1], xj = xy[2 * j], yj = xy[2 * j + 1];
            // Every cell the edge's box touches (widened by a hair, for edges on a cell's border) is Unsure.
            const double slack = 1e-6;
            const int c0 = cellOf(std::min(xi, xj) - slack * cellW, shape.minLon, cellW), c1 = cellOf(std::max(xi, xj) + slack * cellW, shape.minLon, cellW);
            const int r0 = cellOf(std::min(yi, yj) - slack * cellH, shape.minLat, cellH), r1 = cellOf(std::max(yi, yj) + slack * cellH, shape.minLat, cellH);
            for (int row = r0; row <= r1; ++row)
                for (int col = c0; col <= c1; ++col) grid[static_cast<size_t>(row) * G + static_cast<size_t>(col)] = static_cast<uint8_t>(GridAnswer::Unsure);
            // Where it crosses the centre lines of the rows it spans, by the same rule as the exact test.
            for (int row = r0; row <= r1; ++row) {
                const double y = shape.minLat + (row + 0.5) * cellH;
                if ((yi > y) != (yj > y)) crossings[static_cast<size_t>(row)].push_back((xj - xi) * (y - yi) / (yj - yi) + xi);
            }
        }
    }
    for (int row = 0; row < G; ++row) {
        std::vector<double>& xs = crossings[static_cast<size_t>(row)];
        std::sort(xs.begin(), xs.end());
        size_t left = 0;
        for (int col = 0; col < G; ++col) {
            const double x = shape.minLon + (col + 0.5) * cellW;
            while (left < xs.size() && xs[left] <= x) ++left;
            uint8_t& cell = grid[static_cast<size_t>(row) * G + static_cast<size_t>(col)];
            if (cell != static_cast<uint8_t>(GridAnswer::Unsure) && left % 2 == 1) cell = static_cast<uint8_t>(GridAnswer::Inside);
        }
    }
    shape.insideGrid = std::move(grid);
}

GridAnswer gridAnswer(const CountryShape& shape, double lon, double lat) {
    if (shape.insideGrid.size() != static_cast<size_t>(G) * G) return GridAnswer::Unsure;
    const double cellW = (static_cast<double>(shape.maxLon) - shape.minLon) / G, cellH = (static_cast<double>(shape.maxLat) - shape.minLat) / G;
    const int col = cellOf(lon, shape.minLon, cellW), row = cellOf(lat, shape.minLat, cellH);
    return static_cast<GridAnswer>(shape.insideGrid[static_cast<size_t>(row) * G + static_cast<size_t>(col)]);
}

}  // namespace kiosk::model
