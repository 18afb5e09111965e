// map_topology.cpp: rings from arcs, per-country triangulation, and merging countries by their shared arcs.
#include "model/map_topology.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <utility>

#include "model/triangulate.hpp"

namespace kiosk::model {
namespace {

size_t arcIndex(int32_t reference, size_t arcCount) {
    const size_t index = static_cast<size_t>(reference < 0 ? ~reference : reference);
    if (index >= arcCount) throw std::out_of_range("arc index out of range");
    return index;
}

// The ring's points as x,y pairs: consecutive arcs share their joining point, which is kept once; the closing
// point is dropped; a ring that crosses the antimeridian (a jump from +180 to -180) is unwrapped, so that every
// edge stays short (the part past 180 degrees simply lies off the east edge of the map).
std::vector<float> ringPoints(const std::vector<int32_t>& ring, const MapTopology& topology) {
    std::vector<float> xy;
    for (int32_t reference : ring) {
        const std::vector<double>& arc = topology.arcs[arcIndex(reference, topology.arcs.size())];
        const size_t points = arc.size() / 2;
        for (size_t k = xy.empty() ? 0 : 1; k < points; ++k) {
            const size_t at = reference < 0 ? points - 1 - k : k;
            xy.push_back(static_cast<float>(arc[2 * at]));
            xy.push_back(static_cast<float>(arc[2 * at + 1]));
        }
    }
    if (xy.size() >= 2 && xy[0] == xy[xy.size() - 2] && xy[1] == xy[xy.size() - 1]) xy.resize(xy.size() - 2);
    for (size_t i = 2; i < xy.size(); i += 2) {
        while (xy[i] - xy[i - 2] > 180.0f) xy[i] -= 360.0f;
        while (xy[i] - xy[i - 2] < -180.0f) xy[i] += 360.0f;
    }
    return xy;
}

// Appends a ring to `shape`, triangulated when `fill`. Rings of fewer than three points are skipped.
bool addRing(CountryShape& shape, std::vector<float> xy, bool fill) {
    if (xy.size() < 6) return false;
    const uint32_t base = static_cast<uint32_t>(shape.lonLat.size() / 2);
    shape.ringStarts.push_back(base);
    if (fill)
        for (uint32_t i : triangulateRing(xy)) shape.triangles.push_back(base + i);
    shape.lonLat.insert(shape.lonLat.end(), xy.begin(), xy.end());
    return true;
}

void computeBounds(CountryShape& shape) {
    if (shape.lonLat.empty()) return;
    shape.minLon = shape.maxLon = shape.lonLat[0];
    shape.minLat = shape.maxLat = shape.lonLat[1];
    for (size_t i = 0; i < shape.lonLat.size(); i += 2) {
        shape.minLon = std::min(shape.minLon, shape.lonLat[i]);
        shape.maxLon = std::max(shape.maxLon, shape.lonLat[i]);
        shape.minLat = std::min(shape.minLat, shape.lonLat[i + 1]);
        shape.maxLat = std::max(shape.maxLat, shape.lonLat[i + 1]);
    }
}

using Point = std::pair<double, double>;

Point arcEnd(const MapTopology& topology, int32_t reference, bool start) {
    const std::vector<double>& arc = topology.arcs[arcIndex(reference, topology.arcs.size())];
    if (arc.size() < 2) return {0, 0};
    const bool first = start != (reference < 0);  // a reversed arc starts at its stored end
    const size_t at = first ? 0 : arc.size() / 2 - 1;
    return {arc[2 * at], arc[2 * at + 1]};
}

}  // namespace

std::vector<CountryShape> countryShapes(const MapTopology& topology) {
    std::vector<CountryShape> shapes;
    shapes.reserve(topology.geometries.size());
    for (const MapTopology::Geometry& g : topology.geometries) {
        CountryShape shape;
        shape.isoNumeric = g.isoNumeric;
        shape.name = g.name;
        for (const auto& polygon : g.polygons) {
            bool outer = true;
            for (const auto& ring : polygon) {
                addRing(shape, ringPoints(ring, topology), outer);
                outer = false;
            }
        }
        computeBounds(shape);
        shapes.push_back(std::move(shape));
    }
    return shapes;
}

std::vector<std::vector<int32_t>> mergedOutline(const MapTopology& topology, const std::vector<size_t>& members) {
    // How often each arc is used by the members: once on the outside, twice (once each way) between two of them.
    std::vector<int32_t> references;
    std::map<size_t, int> uses;
    for (size_t m : members) {
        if (m >= topology.geometries.size()) throw std::out_of_range("member out of range");
        for (const auto& polygon : topology.geometries[m].polygons)
            for (const auto& ring : polygon)
                for (int32_t reference : ring) {
                    references.push_back(reference);
                    ++uses[arcIndex(reference, topology.arcs.size())];
                }
    }
    std::vector<int32_t> outside;
    for (int32_t reference : references)
        if (uses[arcIndex(reference, topology.arcs.size())] == 1) outside.push_back(reference);
    // Chain them: each ends where another starts. Where more than two meet (countries touching at a corner), any
    // continuation gives closed rings that cover the same outline.
    std::multimap<Point, size_t> byStart;
    for (size_t i = 0; i < outside.size(); ++i) byStart.emplace(arcEnd(topology, outside[i], true), i);
    std::vector<bool> used(outside.size(), false);
    std::vector<std::vector<int32_t>> rings;
    for (size_t first = 0; first < outside.size(); ++first) {
        if (used[first]) continue;
        std::vector<int32_t> ring;
        const Point home = arcEnd(topology, outside[first], true);
        size_t at = first;
        while (true) {
            used[at] = true;
            ring.push_back(outside[at]);
            const Point end = arcEnd(topology, outside[at], false);
            if (end == home) break;
            size_t next = outside.size();
            for (auto [it, last] = byStart.equal_range(end); it != last; ++it)
                if (!used[it->second]) {
                    next = it->second;
                    break;
                }
            if (next == outside.size()) break;  // an open chain (damaged data): close it where it stops
            at = next;
        }
        rings.push_back(std::move(ring));
    }
    return rings;
}

CountryShape mergedCountryShape(const MapTopology& topology, const std::vector<CountryShape>& shapes, const std::vector<size_t>& members,
                                const std::string& id, const std::string& name) {
    CountryShape out;
    out.isoNumeric = id;
    out.name = name;
    for (size_t m : members) {
        const CountryShape& member = shapes.at(m);
        const uint32_t base = static_cast<uint32_t>(out.lonLat.size() / 2);
        out.lonLat.insert(out.lonLat.end(), member.lonLat.begin(), member.lonLat.end());
        for (uint32_t t : member.triangles) out.triangles.push_back(base + t);
        for (uint32_t r : member.ringStarts) out.ringStarts.push_back(base + r);
    }
    out.firstOutlineRing = static_cast<uint32_t>(out.ringStarts.size());
    for (const auto& ring : mergedOutline(topology, members)) addRing(out, ringPoints(ring, topology), false);
    computeBounds(out);
    return out;
}

}  // namespace kiosk::model
