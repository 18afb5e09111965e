// topojson_test.cpp: decoding quantised, delta-encoded TopoJSON arcs into country rings and triangles.
#include <catch2/catch.hpp>

#include <cmath>

#include "content/topojson.hpp"
#include "model/triangulate.hpp"

using kiosk::content::decodeTopoJsonCountries;
using kiosk::model::CountryShape;

namespace {

// Two countries sharing one border arc. Quantised: x = q * 0.5 + 10, y = q * 0.25 + 20.
//   arc 0: the shared border (10,20) -> (12,20)
//   arc 1: the rest of the north country (12,20) -> (12,21) -> (10,21) -> (10,20)
//   arc 2: the rest of the south country (10,20) -> (11,19) -> (12,20)
// North is [0, 1]; south walks the border backwards: [~0, 2] (~0 == -1). Null geometries (valid TopoJSON) and
// points are skipped.
const char* kTwoCountries = R"json({
  "type": "Topology",
  "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
  "objects": {"countries": {"type": "GeometryCollection", "geometries": [
    {"type": "Polygon", "id": "586", "properties": {"name": "North"}, "arcs": [[0, 1]]},
    {"type": "Polygon", "id": "004", "properties": null, "arcs": [[-1, 2]]},
    {"type": null, "id": "999"},
    {"type": "Point", "coordinates": [1, 2]}
  ]}},
  "arcs": [
    [[0, 0], [4, 0]],
    [[4, 0], [0, 4], [-4, 0], [0, -4]],
    [[0, 0], [2, -4], [2, 4]]
  ]
})json";

std::vector<float> ringOf(const CountryShape& shape, size_t ring) {
    const size_t from = shape.ringStarts[ring];
    const size_t to = ring + 1 < shape.ringStarts.size() ? shape.ringStarts[ring + 1] : shape.lonLat.size() / 2;
    return std::vector<float>(shape.lonLat.begin() + static_cast<std::ptrdiff_t>(2 * from), shape.lonLat.begin() + static_cast<std::ptrdiff_t>(2 * to));
}

double trianglesArea(const CountryShape& s) {
    double total = 0;
    for (size_t t = 0; t < s.triangles.size(); t += 3) {
        const float* a = &s.lonLat[2 * s.triangles[t]];
        const float* b = &s.lonLat[2 * s.triangles[t + 1]];
        const float* c = &s.lonLat[2 * s.triangles[t + 2]];
        total += std::fabs((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])) / 2;
    }
    return total;
}

}  // namespace

TEST_CASE("a quantised topology decodes to absolute coordinates", "[topojson]") {
    std::string error;
    auto shapes = decodeTopoJsonCountries(kTwoCountries, "countries", &error);
    INFO(error);
    REQUIRE(shapes);
    REQUIRE(shapes->size() == 2);  // the null and Point geometries are skipped

    const CountryShape& north = (*shapes)[0];
    CHECK(north.isoNumeric == "586");
    CHECK(north.name == "North");
    CHECK(north.ringStarts == std::vector<uint32_t>{0});
    // The closing point (10,20) is dropped; shared joins appear once.
    CHECK(north.lonLat == std::vector<float>{10, 20, 12, 20, 12, 21, 10, 21});
    CHECK(north.triangles.size() == 6);
    CHECK(trianglesArea(north) == Approx(2.0));
    CHECK(north.minLon == 10);
    CHECK(north.maxLon == 12);
    CHECK(north.minLat == 20);
    CHECK(north.maxLat == 21);
}

TEST_CASE("a reversed arc ~i runs backwards", "[topojson]") {
    auto shapes = decodeTopoJsonCountries(kTwoCountries, "countries", nullptr);
    REQUIRE(shapes);
    const CountryShape& south = (*shapes)[1];
    CHECK(south.isoNumeric == "004");
    CHECK(south.name.empty());  // "properties": null is allowed
    CHECK(south.lonLat == std::vector<float>{12, 20, 10, 20, 11, 19});
    CHECK(south.triangles.size() == 3);
    CHECK(trianglesArea(south) == Approx(1.0));
    CHECK(south.minLat == 19);
    CHECK(south.maxLat == 20);
}

TEST_CASE("MultiPolygons keep every ring, and only outer rings are filled", "[topojson]") {
    // Not quantised: positions are absolute. An island (arc 1) and a square with a hole (arcs 0 and 2).
    const char* json = R"json({
      "type": "Topology",
      "objects": {"countries": {"type": "GeometryCollection", "geometries": [
        {"type": "MultiPolygon", "id": "050", "properties": {"name": "Islands"}, "arcs": [[[0], [2]], [[1]]]}
      ]}},
      "arcs": [
        [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]],
        [[10, 10], [11, 10], [11, 11], [10, 10]],
        [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]]
      ]
    })json";
    std::string error;
    auto shapes = decodeTopoJsonCountries(json, "countries", &error);
    INFO(error);
    REQUIRE(shapes);
    REQUIRE(shapes->size() == 1);
    const CountryShape& s = (*shapes)[0];
    REQUIRE(s.ringStarts == std::vector<uint32_t>{0, 4, 8});
    CHECK(ringOf(s, 0) == std::vector<float>{0, 0, 4, 0, 4, 4, 0, 4});
    CHECK(ringOf(s, 1) == std::vector<float>{1, 1, 1, 2, 2, 2, 2, 1});
    CHECK(ringOf(s, 2) == std::vector<float>{10, 10, 11, 10, 11, 11});
    CHECK(s.triangles.size() == (2 + 1) * 3);  // the hole gets no triangles of its own
    for (uint32_t t : s.triangles) CHECK((t < 4 || t >= 8));
    CHECK(trianglesArea(s) == Approx(16.0 + 0.5));
    CHECK(s.maxLon == 11);
}

TEST_CASE("malformed input returns nullopt and says why", "[topojson]") {
    const char* bad[] = {
        "{not json",
        "",
        "[]",
        R"({"type": "FeatureCollection", "features": []})",
        R"({"type": "Topology", "objects": {}, "arcs": []})",
        R"({"type": "Topology", "objects": {"countries": {"geometries": [{"type": "Polygon", "arcs": [[5]]}]}}, "arcs": [[[0,0],[1,0],[1,1]]]})",
        R"({"type": "Topology", "objects": {"countries": {"geometries": [{"type": "Polygon", "arcs": [[-7]]}]}}, "arcs": [[[0,0],[1,0],[1,1]]]})",
        R"({"type": "Topology", "objects": {"countries": {"geometries": [{"type": "Polygon", "arcs": [[0]]}]}}, "arcs": [[["a",0],[1,0],[1,1]]]})",
        R"({"type": "Topology", "objects": {"countries": {"geometries": []}}, "arcs": []})",
        R"({"type": "Topology", "transform": {"scale": [1]}, "objects": {"countries": {"geometries": []}}, "arcs": []})",
    };
    for (const char* json : bad) {
        INFO("input: " << json);
        std::string error;
        CHECK_FALSE(decodeTopoJsonCountries(json, "countries", &error));
        CHECK_FALSE(error.empty());
    }
    CHECK_FALSE(decodeTopoJsonCountries(kTwoCountries, "land", nullptr));  // no such object; null error is fine
}
