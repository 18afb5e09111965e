// shape_grid.hpp: a coarse grid over a country's bounding box that answers most point-in-country questions with one
// lookup. Each cell is wholly outside, wholly inside, or crossed by the outline; only there is the exact test run,
// and then over the edges of that cell's row alone.
#pragma once
#include <optional>

#include "model/catalog.hpp"

namespace kiosk::model {

// Cells along each side of the box.
inline constexpr int kShapeGridSize = 64;
enum class GridAnswer : uint8_t { Outside = 0, Inside = 1, Unsure = 2 };

// Fills shape.insideIndex from its outline rings (the rings shapeContains tests, from firstOutlineRing on).
void indexShapeInside(CountryShape& shape);
// What the grid says about a point inside the bounding box; Unsure when not indexed or on the outline's cells.
GridAnswer gridAnswer(const CountryShape& shape, double lon, double lat);
// Whether the point (inside the bounding box) is inside the outline, by the grid or by the even-odd rule over its
// row's edges; nothing when the shape is not indexed.
std::optional<bool> indexedContains(const CountryShape& shape, double lon, double lat);

}  // namespace kiosk::model
