// shape_grid.hpp: a coarse grid over a country's bounding box that answers most point-in-country questions with one
// lookup. Each cell is wholly outside, wholly inside, or crossed by the outline (only there is the exact test run).
#pragma once
#include "model/catalog.hpp"

namespace kiosk::model {

// Cells along each side of the box.
inline constexpr int kShapeGridSize = 32;
enum class GridAnswer : uint8_t { Outside = 0, Inside = 1, Unsure = 2 };

// Fills shape.insideGrid from its outline rings (the rings shapeContains tests, from firstOutlineRing on).
void indexShapeInside(CountryShape& shape);
// What the grid says about a point inside the bounding box; Unsure when not indexed or on the outline's cells.
GridAnswer gridAnswer(const CountryShape& shape, double lon, double lat);

}  // namespace kiosk::model
