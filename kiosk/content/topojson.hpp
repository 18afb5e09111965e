// topojson.hpp: decodes TopoJSON country polygons (world-atlas) into triangulated shapes.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/catalog.hpp"
#include "model/map_topology.hpp"

namespace kiosk::content {

// Decodes the named object's Polygon and MultiPolygon geometries as a topology (arcs and arc references), in order.
// On malformed input (including an arc reference outside the arcs) returns nullopt and says why.
std::optional<model::MapTopology> decodeTopoJson(std::string_view json, const std::string& object, std::string* error);

// Decodes the named object's Polygon and MultiPolygon geometries. Each polygon's outer ring is triangulated
// (holes are drawn over by the countries inside them); every ring is kept for outlines. On malformed input
// returns nullopt and says why.
std::optional<std::vector<model::CountryShape>> decodeTopoJsonCountries(std::string_view json, const std::string& object,
                                                                        std::string* error);

}  // namespace kiosk::content
