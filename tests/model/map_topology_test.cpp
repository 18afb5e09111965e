// map_topology_test.cpp: countries merged along the arcs they share, and which countries the map shows when.
#include <catch2/catch.hpp>

#include <set>

#include "model/historical_map.hpp"
#include "model/map_mesh.hpp"
#include "model/map_topology.hpp"

using namespace kiosk::model;

namespace {

// Three unit squares in a row, A [0,1], B [1,2], C [2,3] (y from 0 to 1), sharing the arcs x = 1 and x = 2.
//   arc 0: x = 1, (1,0) -> (1,1)        arc 3: x = 2, (2,0) -> (2,1)
//   arc 1: A's rest, (1,1) -> (0,1) -> (0,0) -> (1,0)
//   arc 2: B's bottom, (1,0) -> (2,0)   arc 4: B's top, (2,1) -> (1,1)
//   arc 5: C's rest, (2,0) -> (3,0) -> (3,1) -> (2,1)
// Neighbours walk a shared arc in opposite directions: A [1, 0], B [2, 3, 4, ~0], C [~3, 5].
MapTopology threeSquares() {
    MapTopology t;
    t.arcs = {{1, 0, 1, 1}, {1, 1, 0, 1, 0, 0, 1, 0}, {1, 0, 2, 0}, {2, 0, 2, 1}, {2, 1, 1, 1}, {2, 0, 3, 0, 3, 1, 2, 1}};
    t.geometries = {{"001", "A", {{{1, 0}}}}, {"002", "B", {{{2, 3, 4, ~0}}}}, {"003", "C", {{{~3, 5}}}}};
    return t;
}

struct Segment {
    float x0, y0, x1, y1;
};
std::vector<Segment> outlineSegments(const CountryShape& s) {
    std::vector<Segment> out;
    const size_t n = s.lonLat.size() / 2;
    for (size_t r = s.firstOutlineRing; r < s.ringStarts.size(); ++r) {
        const size_t from = s.ringStarts[r], to = r + 1 < s.ringStarts.size() ? s.ringStarts[r + 1] : n;
        for (size_t i = from; i < to; ++i) {
            const size_t j = i + 1 < to ? i + 1 : from;
            out.push_back({s.lonLat[2 * i], s.lonLat[2 * i + 1], s.lonLat[2 * j], s.lonLat[2 * j + 1]});
        }
    }
    return out;
}
bool onLine(const Segment& g, float x) { return g.x0 == x && g.x1 == x; }

HistoricalCountry country(std::string id, std::string name, double from, double to, std::vector<std::string> members,
                          std::vector<std::string> labels = {}) {
    HistoricalCountry h;
    h.id = std::move(id);
    h.name = std::move(name);
    h.from = from;
    h.to = to;
    h.members = std::move(members);
    h.memberLabels = labels.empty() ? std::vector<std::string>(h.members.size()) : std::move(labels);
    return h;
}

}  // namespace

TEST_CASE("two squares sharing an arc merge into one outline without the shared border", "[topology]") {
    const MapTopology t = threeSquares();
    const std::vector<CountryShape> shapes = countryShapes(t);
    REQUIRE(shapes.size() == 3);
    const auto rings = mergedOutline(t, {0, 1});
    REQUIRE(rings.size() == 1);
    const CountryShape merged = mergedCountryShape(t, shapes, {0, 1}, "ab", "AB");
    CHECK(merged.isoNumeric == "ab");
    CHECK(merged.name == "AB");
    // The members' rings come first, for filling only: two squares, two triangles each.
    CHECK(merged.firstOutlineRing == 2);
    CHECK(merged.triangles.size() == 12);
    REQUIRE(merged.ringStarts.size() == 3);
    // The outline: the 2 x 1 rectangle, with a point where the inner border met each long side (6 segments).
    const auto segments = outlineSegments(merged);
    CHECK(segments.size() == 6);
    for (const Segment& g : segments) CHECK_FALSE(onLine(g, 1));  // the inner border is gone
    CHECK(std::count_if(segments.begin(), segments.end(), [](const Segment& g) { return onLine(g, 2); }) == 1);  // B's border with C
    CHECK(merged.minLon == 0);
    CHECK(merged.maxLon == 2);
    // Each member alone keeps its whole outline.
    CHECK(outlineSegments(shapes[0]).size() == 4);
    CHECK(outlineSegments(mergedCountryShape(t, shapes, {0}, "a", "A")).size() == 4);
}

TEST_CASE("three squares merge into one, and two that do not touch stay two rings", "[topology]") {
    const MapTopology t = threeSquares();
    const std::vector<CountryShape> shapes = countryShapes(t);
    const CountryShape all = mergedCountryShape(t, shapes, {0, 1, 2}, "abc", "ABC");
    const auto segments = outlineSegments(all);
    CHECK(mergedOutline(t, {0, 1, 2}).size() == 1);
    for (const Segment& g : segments) {
        CHECK_FALSE(onLine(g, 1));
        CHECK_FALSE(onLine(g, 2));
    }
    const auto apart = mergedOutline(t, {0, 2});
    CHECK(apart.size() == 2);
    CHECK(outlineSegments(mergedCountryShape(t, shapes, {0, 2}, "ac", "AC")).size() == 8);
}

TEST_CASE("the map mesh outlines a merged country only along its outline", "[topology]") {
    const MapTopology t = threeSquares();
    const std::vector<CountryShape> shapes = countryShapes(t);
    const CountryShape merged = mergedCountryShape(t, shapes, {0, 1}, "ab", "AB");
    const MapViewport vp{0, 0, 1000, 600};
    const MapView view{1.5, 0.5, 20};
    MapMeshOptions options;
    options.tolerancePx = 0.01f;
    MapMesh mesh;
    MapMeshScratch scratch;
    // Where the inner border x = 1, y = 0.5 lands on screen: no border strip comes near it once A and B are merged.
    const ScreenPoint inner = project({1.0, 0.5}, view, vp);
    // Whether a border triangle covers that point.
    auto bordersNear = [&](const MapMesh& m) {
        int covering = 0;
        auto cross = [](ScreenPoint a, ScreenPoint b, ScreenPoint c) { return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x); };
        for (const MapMesh::Part& p : m.parts)
            if (p.kind == MapMesh::Kind::Border)
                for (uint32_t i = 0; i + 2 < p.indexCount; i += 3) {
                    const ScreenPoint a = m.vertices[p.firstVertex + m.indices[p.firstIndex + i]];
                    const ScreenPoint b = m.vertices[p.firstVertex + m.indices[p.firstIndex + i + 1]];
                    const ScreenPoint c = m.vertices[p.firstVertex + m.indices[p.firstIndex + i + 2]];
                    const float d1 = cross(a, b, inner), d2 = cross(b, c, inner), d3 = cross(c, a, inner);
                    if ((d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0)) ++covering;
                }
        return covering;
    };
    buildMapMesh(std::vector<const CountryShape*>{&shapes[0], &shapes[1]}, view, vp, options, mesh, scratch);
    CHECK(bordersNear(mesh) > 0);
    buildMapMesh(std::vector<const CountryShape*>{&merged}, view, vp, options, mesh, scratch);
    CHECK(bordersNear(mesh) == 0);
    size_t fillTriangles = 0;
    for (const MapMesh::Part& p : mesh.parts)
        if (p.kind == MapMesh::Kind::Fill) fillTriangles += p.indexCount / 3;
    CHECK(fillTriangles == 4);  // both squares still filled
}

TEST_CASE("historical countries stand from their start until their end, in place of their members", "[topology]") {
    const std::vector<HistoricalCountry> history = {
        country("ab", "Old AB", 1950.0, 1991.5, {"A", "B"}, {"", "Old B"}),
        country("c", "Old C", 1960.0, 1970.0, {"C"}),
    };
    CHECK(historicalCountriesAt(history, 1949.99).empty());
    CHECK(historicalCountriesAt(history, 1950.0) == std::vector<Index>{0});
    CHECK(historicalCountriesAt(history, 1965.0) == std::vector<Index>{0, 1});
    CHECK(historicalCountriesAt(history, 1991.49) == std::vector<Index>{0});
    CHECK(historicalCountriesAt(history, 1991.5).empty());

    const std::vector<Index> standing = {0};
    CHECK(nameOfMember("A", history, standing).standingIn == 0);
    CHECK(nameOfMember("A", history, standing).label.empty());
    CHECK(nameOfMember("B", history, standing).label == "Old B");
    CHECK(nameOfMember("C", history, standing).standingIn == kNone);

    const MapTopology t = threeSquares();
    const std::vector<CountryShape> modern = countryShapes(t);
    const std::vector<CountryShape> merged = {mergedCountryShape(t, modern, {0, 1}, "ab", "Old AB"), CountryShape{}};
    const auto drawn = shapesStanding(modern, merged, history, standing);
    REQUIRE(drawn.size() == 2);
    CHECK(drawn[0] == &modern[2]);  // C, today's
    CHECK(drawn[1] == &merged[0]);
    CHECK(shapesStanding(modern, merged, history, {}).size() == 3);
    // A standing country without a shape at this scale (its members too small for it) draws nothing of its own.
    CHECK(shapesStanding(modern, merged, history, {1}).size() == 2);
}

TEST_CASE("the map's data note says which moment its borders are of", "[topology]") {
    CHECK(bordersNote({1971, 12, 16}, Precision::Day, true) == "Borders of 16 December 1971 (main changes)");
    CHECK(bordersNote({1966, 1, 0}, Precision::Month, true) == "Borders of January 1966 (main changes)");
    CHECK(bordersNote({2015, 0, 0}, Precision::Year, false) == "Borders at the end of 2015");
    CHECK(bordersNote({1995, 0, 0}, Precision::Approximate, false) == "Borders of 1995");
    CHECK(bordersNote({1950, 0, 0}, Precision::Decade, true) == "Borders of 1950 (main changes)");
    const std::vector<HistoricalCountry> history = {country("x", "X", 1950.0, 2011.5, {"A"})};
    CHECK(bordersChangeAfter(history, 2011.0));
    CHECK_FALSE(bordersChangeAfter(history, 2011.5));
}
