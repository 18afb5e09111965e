// triangulate.hpp: ear-clipping triangulation of simple polygons, used once at content build time for the map.
#pragma once
#include <cstdint>
#include <vector>

namespace kiosk::model {

// Triangulates one simple polygon ring given as x,y pairs (either winding; the closing point may repeat the
// first). Returns indices into the ring, three per triangle, always n-2 triangles for n distinct points; for a
// degenerate ring (self-touching, collinear) it still terminates and covers the ring as well as it can.
std::vector<uint32_t> triangulateRing(const std::vector<float>& xy);

double signedArea(const std::vector<float>& xy);

}  // namespace kiosk::model
