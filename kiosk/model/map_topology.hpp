// map_topology.hpp: the world atlas as a topology (neighbours share arcs), and the country shapes made from it:
// today's countries, and historical ones merged from several of them without any polygon clipping.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "model/catalog.hpp"

namespace kiosk::model {

struct MapTopology {
    // Each arc as x,y pairs (longitude, latitude). Arcs meeting at a point end and start on exactly equal values.
    std::vector<std::vector<double>> arcs;
    struct Geometry {
        std::string isoNumeric, name;
        // Polygons, each a list of rings (the first outer, the rest holes), each a list of arc references: i is
        // arc i as stored, ~i (negative) arc i reversed.
        std::vector<std::vector<std::vector<int32_t>>> polygons;
    };
    std::vector<Geometry> geometries;
};

// One shape per geometry, in order (empty lonLat for a geometry without a ring of three points): every ring kept
// for outlines, each polygon's outer ring triangulated (holes are drawn over by the countries inside them).
// Throws std::out_of_range on an arc reference outside the topology.
std::vector<CountryShape> countryShapes(const MapTopology& topology);

// The outline of several geometries as one country: the arcs used by exactly one of them (an arc two members
// share is an inner border, and is dropped), chained into closed rings of arc references.
std::vector<std::vector<int32_t>> mergedOutline(const MapTopology& topology, const std::vector<size_t>& members);

// The merged country's shape: the members' fills (their rings kept for filling only, before firstOutlineRing) and
// the merged outline as its rings. `shapes` are countryShapes(topology); the result carries `id` and `name`.
CountryShape mergedCountryShape(const MapTopology& topology, const std::vector<CountryShape>& shapes, const std::vector<size_t>& members,
                                const std::string& id, const std::string& name);

}  // namespace kiosk::model
